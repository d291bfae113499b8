/**
 * The dialog opens at once and the outbox answers after: a report about the
 * same subject still waiting shows when it arrives, unless the reporter has
 * started on the form by then. The outbox is held busy by a read-write
 * transaction on its own store, so "before" and "after" are the test's to
 * choose, not the machine's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { inDialog, maybeInDialog, openFrom, resetPage, statusText, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, uniqueBucket } from '../support/endpoint.js';
import { queueWaiting } from '../support/waiting.js';
import { configure } from '../../src/config.js';
import { outbox } from '../../src/outbox/page.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

const SUBJECT = 'content:answer:op-1';

async function flagButton(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en"><flag-button content-id="op-1" content-type="answer"></flag-button></div>`);
  return wrap.querySelector('flag-button')!;
}

/**
 * Holds the outbox's store in a read-write transaction (kept alive by a
 * chain of reads) until `release()`: the outbox's own reads wait behind it.
 */
async function holdOutbox(): Promise<{ release(): Promise<void> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('report-concern');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('outbox', 'readwrite');
  const store = tx.objectStore('outbox');
  let holding = true;
  const spin = () => {
    const r = store.count();
    r.onsuccess = () => holding && spin();
  };
  spin();
  const done = new Promise<void>((resolve) => (tx.oncomplete = tx.onabort = () => resolve()));
  return {
    async release() {
      holding = false;
      await done;
      db.close();
    },
  };
}

describe('opening the dialog does not wait for the outbox', () => {
  let endpoint: string;
  beforeEach(async () => {
    endpoint = bucketUrl(uniqueBucket());
    // The database and its store exist before the hold, as on any page that queued a report once.
    await outbox().entries();
  });
  afterEach(resetPage);

  it('opens with focus in the form while the outbox is still busy', async () => {
    const el = await flagButton(endpoint);
    await queueWaiting(SUBJECT, endpoint);
    const hold = await holdOutbox();
    try {
      await openFrom(el);
      expect(inDialog('dialog').matches('[open]')).to.equal(true);
      expect(theFocus()?.getAttribute('name')).to.equal('category');
      expect(Boolean(maybeInDialog('.queued')), 'nothing from the outbox yet').to.equal(false);
    } finally {
      await hold.release();
    }
    await waitFor(() => maybeInDialog('.queued'), 'the waiting report, once the outbox answers');
    expect(statusText()).to.contain('Saved on this device');
    await waitFor(() => theFocus()?.classList.contains('status'), 'focus on what it says');
  });

  it('keeps what the reporter typed before the outbox answered', async () => {
    const el = await flagButton(endpoint);
    const id = await queueWaiting(SUBJECT, endpoint);
    const hold = await holdOutbox();
    try {
      await openFrom(el);
      await typeInto('#details', 'Another post, another shop');
    } finally {
      await hold.release();
    }
    // The form's own read was asked before this one, so it has been answered by now.
    expect((await outbox().forSubject(SUBJECT)).map((e) => e.id)).to.deep.equal([id]);
    await new Promise((r) => requestAnimationFrame(r));
    expect(Boolean(maybeInDialog('.queued')), 'the queued view').to.equal(false);
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Another post, another shop');
  });
});

function theFocus(): HTMLElement | null {
  return (document.querySelector('report-concern-dialog')?.shadowRoot?.activeElement as HTMLElement | null) ?? null;
}
