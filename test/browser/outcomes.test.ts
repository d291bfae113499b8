/**
 * What became of a report (docs/PROTOCOL.md §9), in the dialog: with
 * `receipts: "device"` or `"session"`, reopening the dialog for a subject
 * already reported shows its status above the form, the decision with its
 * statement of reasons, **Contest this decision**, the pending appeal and
 * its outcome; all against the real handler and the real moderation API.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { animationsDone, chooseCategory, inDialog, maybeInDialog, nativeDialog, openFrom, resetPage, submit, theDialog, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, decideNewest, decideNewestAppeal, queueFaults, readLog, signIn, uniqueBucket, type DecisionInput } from '../support/endpoint.js';
import { configure, pageConfig, type PartialConfig } from '../../src/config.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { outcomeWords } from '../../src/outcomes/words.js';
import enOutcome from '../../src/outcomes/en.js';

const REMOVED: DecisionInput = {
  action: 'removed',
  ground: 'terms',
  groundDetail: 'Rule 4: no advertising',
  explanation: 'The answer advertises a paid essay service.',
  automated: false,
};

async function flag(bucket: string, config: PartialConfig, locale = 'en', theme = 'light'): Promise<HTMLElement> {
  configure({ endpoint: bucketUrl(bucket), ...config });
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<flag-button content-id="a-${bucket}" content-type="answer" author-id="u-author" locale="${locale}" theme="${theme}"></flag-button>`;
  return wrap.firstElementChild as HTMLElement;
}

/**
 * Sends a spam report from `el` and closes the thank-you. With `receipts:
 * "device"` it also waits for the receipt to be kept: the widget writes it
 * after `report-success`, once the status view's code has loaded, and a
 * dialog opened before that finds no earlier report (seen in WebKit on a
 * loaded machine).
 */
async function reportFrom(el: HTMLElement): Promise<void> {
  await openFrom(el);
  await chooseCategory('spam');
  await typeInto('#details', 'Advertises an essay shop in every answer');
  const delivered = oneEvent(el, 'report-success');
  await submit();
  await delivered;
  if (pageConfig().receipts === 'device') await receiptKept(`content:answer:${el.getAttribute('content-id')}`);
  await closeDialog();
}

/** Closes the dialog and waits until it has closed (`report-close` fires on the button). */
async function closeDialog(): Promise<void> {
  nativeDialog().close();
  await waitFor(() => !theDialog().isOpen, 'the dialog to close');
}

const panel = () => maybeInDialog('.follow-up');
const panelText = () => panel()?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function reopen(el: HTMLElement, what: string, check: () => boolean = () => Boolean(panel())): Promise<void> {
  await openFrom(el);
  await waitFor(check, what);
  await theDialog().updateComplete;
}

/** Kept receipts of this page: the database the widget keeps them in, read directly. */
async function keptReceipts(): Promise<unknown[]> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('report-concern-receipts')) return [];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('report-concern-receipts');
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('receipts').objectStore('receipts').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
    open.onerror = () => reject(open.error);
  });
}

interface KeptReceipt {
  subjectKey: string;
  receipt: string;
  reference: string;
}

/** The receipt kept for `subjectKey`, once the widget has written it (within five seconds). */
async function receiptKept(subjectKey: string): Promise<KeptReceipt> {
  for (let tries = 0; ; tries++) {
    const mine = ((await keptReceipts()) as KeptReceipt[]).find((r) => r.subjectKey === subjectKey);
    if (mine) return mine;
    if (tries === 250) throw new Error(`no receipt kept for ${subjectKey}`);
    await aTimeout(20);
  }
}

async function contest(text: string): Promise<void> {
  inDialog<HTMLButtonElement>('.contest').click();
  await theDialog().updateComplete;
  await waitFor(() => theDialog().shadowRoot!.activeElement?.id === 'appeal-text', 'focus in the appeal box');
  await typeInto('#appeal-text', text);
  inDialog<HTMLButtonElement>('[part="appeal-submit-button"]').click();
}

describe('outcomes in the dialog', function () {
  // Each test reports, closes and reopens the dialog several times against the real receiver.
  this.timeout(30_000);
  let bucket: string;
  beforeEach(() => {
    bucket = uniqueBucket();
  });
  afterEach(async () => {
    signIn(undefined);
    await resetPage();
  });

  it('by default keeps nothing on the device and asks nothing when the dialog opens again', async () => {
    const el = await flag(bucket, {});
    const before = (await keptReceipts()).length;
    await reportFrom(el);
    await openFrom(el);
    // Without `receipts` the dialog decides not to ask before its first render: nothing can arrive later.
    await theDialog().updateComplete;
    expect(panel() === null, 'no status view').to.equal(true);
    expect((await readLog(bucket)).map((r) => new URL(r.url).pathname.split('/').pop())).to.deep.equal([bucket]);
    expect((await keptReceipts()).length).to.equal(before);
  });

  it('with receipts: "device", shows the status, the decision, contests it, and shows the appeal pending then decided', async () => {
    const el = await flag(bucket, { receipts: 'device' });
    await reportFrom(el);
    const mine = await receiptKept(`content:answer:a-${bucket}`);
    expect(mine.receipt).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(mine.reference).to.match(/^RC-/);

    await reopen(el, 'the status of the earlier report');
    expect(panelText()).to.contain('You reported this before').and.contain(mine.reference).and.contain('waiting for a moderator');
    expect(maybeInDialog('.contest') === null, 'no Contest button').to.equal(true);
    const statusAsk = (await readLog(bucket)).find((r) => r.url.endsWith('/status'))!;
    expect(statusAsk.headers.authorization).to.equal(`Receipt ${mine.receipt}`);
    await closeDialog();

    await decideNewest(bucket, REMOVED);
    await reopen(el, 'the decision', () => Boolean(maybeInDialog('.decision')));
    const decision = inDialog('.decision').textContent!.replace(/\s+/g, ' ');
    expect(decision).to.contain('The content was removed.').and.contain('Rule 4: no advertising').and.contain(REMOVED.explanation);
    expect(decision).to.contain('Decided by a person.').and.contain('You can contest this decision until');

    await contest('It was a joke between friends, not an advert.');
    await waitFor(() => maybeInDialog('.appeal-outcome'), 'the pending appeal');
    expect(inDialog('.appeal-outcome').textContent).to.match(/Your appeal AP-[0-9A-Z-]+ is waiting for a moderator/);
    expect(maybeInDialog('.contest') === null, 'no Contest button').to.equal(true);
    await closeDialog();

    expect(await decideNewestAppeal(bucket, true, 'On a second look the answer is fine; restored.')).to.equal('It was a joke between friends, not an advert.');
    await reopen(el, 'the appeal decided', () => /accepted/.test(maybeInDialog('.appeal-outcome')?.textContent ?? ''));
    expect(inDialog('.appeal-outcome').textContent).to.contain('On a second look the answer is fine; restored.');
  });

  it('with receipts: "session", follows a signed-in reporter and nobody else', async () => {
    signIn('u-reporter');
    const el = await flag(bucket, { receipts: 'session' });
    const before = (await keptReceipts()).length;
    await reportFrom(el);
    expect((await keptReceipts()).length, 'nothing kept on the device').to.equal(before);
    await decideNewest(bucket, { ...REMOVED, ground: 'law', groundDetail: 'Consumer protection act, s. 3', automated: true });
    await reopen(el, 'the decision through the session', () => Boolean(maybeInDialog('.decision')));
    expect(inDialog('.decision').textContent).to.contain('Under the law:').and.contain('Decided by automated means.');
    const asked = (await readLog(bucket)).filter((r) => r.url.includes('/status'));
    expect(asked[0].url).to.contain(`subject=content%3Aanswer%3Aa-${bucket}`);
    expect(asked[0].headers.authorization).to.equal(undefined);
    await closeDialog();

    signIn('u-someone-else');
    await openFrom(el);
    // Until the receiver has answered the other member's ask (polled: `waitFor` takes no promise).
    let answered = false;
    while (!answered) {
      answered = (await readLog(bucket)).filter((r) => r.url.includes('/status'))[1]?.status === 200;
      if (!answered) await new Promise((r) => setTimeout(r, 50));
    }
    // The answer held no report: give the page a moment to have rendered it, if it were to.
    await new Promise((r) => setTimeout(r, 200));
    expect(panel() === null, 'another member sees nothing').to.equal(true);
  });

  it('checks the appeal before it is sent: empty, and over 2000 characters', async () => {
    const el = await flag(bucket, { receipts: 'device' });
    await reportFrom(el);
    await decideNewest(bucket, REMOVED);
    await reopen(el, 'the decision', () => Boolean(maybeInDialog('.contest')));
    await contest('   ');
    await waitFor(() => inDialog('#appeal-error').textContent?.trim(), 'the empty error');
    expect(inDialog('#appeal-error').textContent).to.contain('Say why the decision is wrong.');
    expect(inDialog('#appeal-text').getAttribute('aria-invalid')).to.equal('true');
    await typeInto('#appeal-text', '😀'.repeat(2001));
    inDialog<HTMLButtonElement>('[part="appeal-submit-button"]').click();
    await waitFor(() => /2000/.test(inDialog('#appeal-error').textContent ?? ''), 'the length error');
    expect(inDialog('#appeal-counter').hasAttribute('data-over')).to.equal(true);
    expect((await readLog(bucket)).filter((r) => r.url.endsWith('/appeals'))).to.have.length(0);
  });

  it("says so when the receiver refuses the appeal (the time to contest has passed)", async () => {
    const el = await flag(bucket, { receipts: 'device' });
    await reportFrom(el);
    await decideNewest(bucket, REMOVED);
    await reopen(el, 'the decision', () => Boolean(maybeInDialog('.contest')));
    await queueFaults(bucket, [{ status: 409, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message: 'Too late.', reason: 'too-late' }) }]);
    await contest('Please look again.');
    await waitFor(() => maybeInDialog('.follow-up [role="alert"]'), 'the refusal');
    expect(inDialog('.follow-up [role="alert"]').textContent).to.contain('The time to contest this decision has passed.');
  });

  /** Every text of a group of strings, functions called with sample arguments. */
  const textsOf = (group: object): string[] =>
    Object.values(group).flatMap((v) => (typeof v === 'function' ? [String(v('4 June 2027', 'RC-1'))] : typeof v === 'object' ? textsOf(v) : [String(v)]));

  it('translates every text of the status view in the twelve other locales', async () => {
    const english = new Set(textsOf(enOutcome));
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const words = await outcomeWords(locale);
      expect(words, locale).to.not.equal(enOutcome);
      const same = textsOf(words).filter((t) => english.has(t));
      expect(same, `${locale} texts left in English`).to.deep.equal([]);
    }
  });

  for (const look of [
    { locale: 'en', scheme: 'light' as const },
    { locale: 'en', scheme: 'dark' as const },
    { locale: 'ar', scheme: 'light' as const },
    { locale: 'ar', scheme: 'dark' as const },
  ]) {
    it(`axe finds nothing in the status view and the appeal form (${look.locale}, ${look.scheme})`, async () => {
      // The theme attribute, not an emulated media query: every engine can show it.
      const el = await flag(bucket, { receipts: 'device' }, look.locale, look.scheme);
      await reportFrom(el);
      await decideNewest(bucket, REMOVED);
      await reopen(el, 'the decision', () => Boolean(maybeInDialog('.contest')));
      if (look.locale === 'ar') {
        expect(nativeDialog().getAttribute('dir')).to.equal('rtl');
        expect(panelText()).to.contain('سبق أن أبلغت عن هذا').and.contain('الطعن في هذا القرار');
      }
      await animationsDone(nativeDialog());
      await expect(theDialog()).shadowDom.to.be.accessible();
      inDialog<HTMLButtonElement>('.contest').click();
      await theDialog().updateComplete;
      await expect(theDialog()).shadowDom.to.be.accessible();
      await typeInto('#appeal-text', 'Please look again.');
      inDialog<HTMLButtonElement>('[part="appeal-submit-button"]').click();
      await waitFor(() => maybeInDialog('.appeal-outcome'), 'the pending appeal');
      await expect(theDialog()).shadowDom.to.be.accessible();
    });
  }
});
