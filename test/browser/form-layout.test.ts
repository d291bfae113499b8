/**
 * Layout faults seen in the visual suite's pictures, measured in the page:
 * focusing the hidden file input must not scroll the dialog itself (only its
 * body scrolls), and a field's focus ring must not cover its hint.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { chooseCategory, inDialog, nativeDialog, openFrom, resetPage } from '../support/dom.js';
import { bucketUrl, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';

async function openForm(): Promise<void> {
  configure({ endpoint: bucketUrl(uniqueBucket()) });
  const wrap = await fixture(html`<div lang="en">
    <report-user-button user-id="u-5" user-name="Marco T."></report-user-button>
  </div>`);
  await openFrom(wrap.querySelector('report-user-button')!);
}

/** The bottom of the last line of text in `el`. */
function textBottom(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const lines = [...range.getClientRects()].filter((r) => r.width > 0);
  return Math.max(...lines.map((r) => r.bottom));
}

describe('the form’s layout', () => {
  afterEach(async () => {
    await resetPage();
    await setViewport({ width: 800, height: 600 });
  });

  it('focusing the hidden file input at 360×640 scrolls the form’s body, never the dialog itself', async () => {
    await setViewport({ width: 360, height: 640 });
    await openForm();
    const input = inDialog<HTMLInputElement>('#files');
    input.focus();
    await new Promise((r) => requestAnimationFrame(r));
    expect(nativeDialog().scrollTop, 'the dialog scrolled').to.equal(0);
    const zone = inDialog('.drop-zone').getBoundingClientRect();
    const box = input.getBoundingClientRect();
    expect(box.top >= zone.top - 0.5 && box.bottom <= zone.bottom + 0.5, 'the input lies in its drop zone').to.equal(true);
  });

  it('a focused field’s ring leaves its hint’s descenders uncovered', async () => {
    await openForm();
    await chooseCategory('other');
    for (const id of ['details', 'links', 'messageText']) {
      const field = inDialog<HTMLElement>(`#${id}`);
      field.focus();
      const ring = getComputedStyle(field);
      const reach = parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth);
      const hint = inDialog(`#${id}-hint`);
      const gap = field.getBoundingClientRect().top - reach - textBottom(hint);
      expect(gap, `${id}: the ring’s top edge against the hint's last line`).to.be.at.least(0);
    }
  });
});
