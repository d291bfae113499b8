/**
 * The "Reported" / "Saved, will be sent" mark lives in the button's own
 * shadow root and flows beside it: the host page makes room for it, nothing
 * floats over the page's text, and no positioning code loads for it.
 * This file runs in a page of its own, so the resource list below holds only
 * what this text report fetched.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { chooseCategory, fetchedPaths, innerButton, maybeInDialog, openFrom, submit, theDialog, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A text report from the button inside `wrap`, through the thank-you and the dialog's closing. */
async function reportFrom(wrap: HTMLElement): Promise<{ button: HTMLElement; mark: HTMLElement }> {
  configure({ endpoint: bucketUrl(uniqueBucket()) });
  const button = wrap.querySelector<HTMLElement>('flag-button')!;
  await openFrom(button);
  await chooseCategory('spam');
  await typeInto('#details', 'Links to an essay shop in every answer');
  await submit();
  await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
  theDialog().close();
  const mark = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('[part="mark"]'), 'the mark');
  return { button, mark };
}

describe('the mark beside a button', () => {
  it('is in the button’s shadow root, after the button, and pushes the next words aside', async () => {
    const wrap = await fixture<HTMLElement>(html`<p lang="en" style="width: 600px; font: 16px/1.5 sans-serif">
      An answer <flag-button content-id="m-1"></flag-button><span id="after">next words</span>
    </p>`);
    const after = wrap.querySelector('#after')!;
    const before = after.getBoundingClientRect();
    const { button, mark } = await reportFrom(wrap);
    expect(mark.textContent).to.equal('Reported');
    expect(mark.parentNode).to.equal(button.shadowRoot);
    expect(getComputedStyle(mark).position).to.equal('static');
    const markBox = mark.getBoundingClientRect();
    const buttonBox = innerButton(button).getBoundingClientRect();
    const afterBox = after.getBoundingClientRect();
    expect(markBox.left).to.be.at.least(buttonBox.right);
    expect(overlap(markBox, afterBox), 'the mark covers the next words').to.equal(false);
    expect(overlap(markBox, buttonBox), 'the mark covers its button').to.equal(false);
    expect(afterBox.left - before.left, 'the next words moved over by the mark').to.be.at.least(markBox.width);
  });

  it('wraps below its button on a line too narrow for both, still covering nothing', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en" style="width: 80px; font: 16px/1.5 sans-serif">
      <flag-button content-id="m-2"></flag-button>
      <p id="below">The next paragraph</p>
    </div>`);
    const { button, mark } = await reportFrom(wrap);
    const markBox = mark.getBoundingClientRect();
    const host = button.getBoundingClientRect();
    expect(markBox.right).to.be.at.most(host.right + 0.5);
    expect(markBox.bottom).to.be.at.most(host.bottom + 0.5);
    expect(overlap(markBox, wrap.querySelector('#below')!.getBoundingClientRect())).to.equal(false);
  });

  it('loads no placement code (floating-ui) through the thank-you of a text report', () => {
    // Runs after the two reports above, in the same page.
    const fetched = fetchedPaths();
    expect(fetched.some((p) => p.includes('dialog-impl')), 'the form was fetched (the list is real)').to.equal(true);
    expect(fetched.filter((p) => /floating-ui|\/placement\./.test(p))).to.deep.equal([]);
  });
});
