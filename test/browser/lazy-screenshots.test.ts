/**
 * A text report never handles a screenshot, so the form's chunk leaves out
 * the list of screenshots, its words and its styles: they load with the
 * first file (controllers/evidence-work.ts). This file imports nothing that
 * reaches them, so the resource timings show when the dialog fetched them.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { chooseCategory, chooseFiles, fetchedPaths, inDialog, makePng, openFrom, resetPage, submit, waitFor } from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import { SHOTS_PREFIX } from '../../src/internal/drafts.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';
import { closeAllPages, inPageDialog, openPage, openPageDialog } from '../support/pages.js';

const SCREENSHOT_MODULES = ['/form/controllers/evidence-work.ts', '/form/templates/screenshot-list.ts', '/i18n/en-screenshots.ts'];

const fetchedScreenshotCode = () => fetchedPaths().filter((path) => SCREENSHOT_MODULES.some((m) => path.endsWith(m)));

describe('the screenshots code loads only with a screenshot', () => {
  afterEach(resetPage);

  it('a text report is sent and thanked without it; the first file brings it, and the thumbnail shows in its styles', async () => {
    const bucket = uniqueBucket();
    configure({ endpoint: bucketUrl(bucket) });
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="s-1" content-type="answer"></flag-button></div>`);
    const el = wrap.querySelector<FlagButton>('flag-button')!;

    await openFrom(el);
    await chooseCategory('spam');
    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    await waitFor(() => inDialog('.status').textContent?.includes('Thank you'), 'the thank-you');
    expect(fetchedScreenshotCode(), 'screenshot code fetched for a text report').to.deep.equal([]);
    expect(await readLog(bucket)).to.have.length(1);

    const closed = oneEvent(el, 'report-close');
    inDialog<HTMLButtonElement>('[part="close-button"]').click();
    await closed;
    const other = await fixture<FlagButton>(html`<flag-button lang="en" content-id="s-2" content-type="answer"></flag-button>`);
    await openFrom(other);
    await chooseFiles([await makePng(40, 30, 'chat.png')]);
    const thumb = await waitFor(() => inDialog('ul.files li img'), 'the thumbnail', 10_000);
    expect(fetchedScreenshotCode()).to.have.length(SCREENSHOT_MODULES.length);
    // The list's own styles (a 64 × 48 thumbnail) came with it.
    expect(thumb.getBoundingClientRect().width).to.equal(64);
    expect(inDialog('[part="drop-zone"] + ul.files .remove').getAttribute('aria-label')).to.equal('Remove chat.png');
  });

  it('a draft whose screenshots storage could not keep says so on opening, in the words that come with them', async () => {
    configure({ endpoint: bucketUrl(uniqueBucket()) });
    sessionStorage.setItem(`${SHOTS_PREFIX}content:answer:s-3`, JSON.stringify({ kept: [], missing: 2 }));
    const el = await fixture<FlagButton>(html`<flag-button lang="en" content-id="s-3" content-type="answer"></flag-button>`);
    await openFrom(el);
    expect(inDialog('#files-error').textContent).to.include('2 screenshots were too large to keep when the page reloaded.');
  });

  it('offline before the screenshots code ever loaded, a chosen file is refused in words, and the form stays', async () => {
    // A fresh page (iframe) that has not loaded the screenshots' chunk; then the connection goes for it.
    const page = await openPage(bucketUrl(uniqueBucket()));
    await openPageDialog(page);
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const pattern = '**/form/controllers/evidence-work.ts*';
    await executeServerCommand('cut-network', { pattern, cut: true });
    try {
      const input = inPageDialog<HTMLInputElement>(page, '#files')!;
      // The page's own constructors: a file chosen in that page.
      const inPage = page as unknown as typeof globalThis;
      const transfer = new inPage.DataTransfer();
      transfer.items.add(new inPage.File([await (await makePng()).arrayBuffer()], 'chat.png', { type: 'image/png' }));
      input.files = transfer.files;
      input.dispatchEvent(new inPage.Event('change', { bubbles: true }));
      const error = await waitFor(() => inPageDialog(page, '#files-error')?.textContent?.trim(), 'the refusal', 10_000);
      expect(error).to.equal('The screenshots could not be added. Check your connection and try again.');
      expect(inPageDialog(page, 'ul.files')).to.equal(null);
      expect(inPageDialog(page, 'dialog[open]')).to.not.equal(null);
      expect(page.rejections).to.deep.equal([]);
    } finally {
      await executeServerCommand('cut-network', { pattern, cut: false });
      closeAllPages();
    }
  });
});
