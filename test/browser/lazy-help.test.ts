/**
 * The categories' English help loads with the first help popover opened
 * (i18n/en-help.ts, beside floating-ui), not with the form. Each test runs
 * in a fresh page (an iframe of the one-tag widget), so nothing is loaded
 * before it asks.
 */
import { expect } from '@open-wc/testing';
import { bucketUrl, uniqueBucket } from '../support/endpoint.js';
import { fetchedPaths, resetPage, waitFor } from '../support/dom.js';
import { closeAllPages, inPageDialog, openPage, openPageDialog, type PageWindow } from '../support/pages.js';

const HELP_WORDS = '/src/i18n/en-help.ts';
const fetchedHelp = (win: PageWindow) => fetchedPaths(win).filter((path) => path === HELP_WORDS).length;
const open = (popover: HTMLElement) => popover.matches(':popover-open');

describe('the help popovers load their English words when first opened', () => {
  afterEach(async () => {
    closeAllPages();
    await resetPage();
  });

  it('an opened form has not fetched them; the first "?" does, and its popover shows them', async () => {
    const page = await openPage(bucketUrl(uniqueBucket()));
    await openPageDialog(page);
    expect(fetchedHelp(page)).to.equal(0);
    inPageDialog<HTMLButtonElement>(page, '[popovertarget="help-scam"]')!.click();
    const popover = inPageDialog<HTMLElement>(page, '#help-scam')!;
    await waitFor(() => open(popover) && popover.style.visibility === '' && popover.textContent!.includes('money'), 'the scam help, shown');
    expect(fetchedHelp(page)).to.equal(1);
  });

  it('offline before they ever loaded, the "?" closes its popover rather than show an empty box', async () => {
    const page = await openPage(bucketUrl(uniqueBucket()));
    await openPageDialog(page);
    const { executeServerCommand } = await import('@web/test-runner-commands');
    const pattern = `**${HELP_WORDS}*`;
    await executeServerCommand('cut-network', { pattern, cut: true });
    try {
      inPageDialog<HTMLButtonElement>(page, '[popovertarget="help-spam"]')!.click();
      const popover = inPageDialog<HTMLElement>(page, '#help-spam')!;
      expect(open(popover), 'open, unseen, while its words load').to.equal(true);
      await waitFor(() => !open(popover), 'the empty popover closed');
      expect(popover.textContent!.trim()).to.equal('');
      // The form is still there to use.
      expect(inPageDialog(page, 'dialog[open]')).to.not.equal(null);
    } finally {
      await executeServerCommand('cut-network', { pattern, cut: false });
    }
  });
});
