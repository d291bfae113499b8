import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { innerButton, maybeInDialog, openFrom, resetPage, theDialog, waitFor } from '../support/dom.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';
import type { ReportUserButton } from '../../src/elements/report-user-button/report-user-button.js';

describe('<flag-button>', () => {
  afterEach(resetPage);

  it('is a button named "Flag" by default', async () => {
    const el = await fixture<FlagButton>(html`<flag-button content-id="a1"></flag-button>`);
    const button = innerButton(el);
    expect(button.textContent?.trim()).to.equal('Flag');
    expect(button.type).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('takes its name from label, and the slot replaces its content', async () => {
    const labelled = await fixture<FlagButton>(html`<flag-button content-id="a1" label="Report answer"></flag-button>`);
    expect(innerButton(labelled).getAttribute('aria-label')).to.equal('Report answer');
    expect(innerButton(labelled).textContent?.trim()).to.equal('Report answer');
    const slotted = await fixture<FlagButton>(html`<flag-button content-id="a1"><b>⚑ flag</b></flag-button>`);
    const slot = innerButton(slotted).querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('⚑ flag');
  });

  it('describes its subject from the attributes, with the page URL by default', async () => {
    const el = await fixture<FlagButton>(
      html`<flag-button content-id="ans-7" content-type="Answer" author-id="u9" excerpt="  spam text  "></flag-button>`,
    );
    expect(el.subject).to.deep.equal({
      kind: 'content',
      contentId: 'ans-7',
      contentType: 'answer',
      url: location.href,
      authorId: 'u9',
      excerpt: 'spam text',
    });
    el.setAttribute('content-url', '/questions/12#a7');
    await el.updateComplete;
    expect(el.subject!.url).to.equal(new URL('/questions/12#a7', location.href).href);
    el.setAttribute('content-url', 'javascript:alert(1)');
    await el.updateComplete;
    expect(el.subject!.url).to.equal(location.href);
  });

  it('lets a property set from JavaScript win over the attribute', async () => {
    const el = await fixture<FlagButton>(html`<flag-button content-id="from-attr"></flag-button>`);
    el.contentId = 'from-property';
    await el.updateComplete;
    expect(el.subject!.contentId).to.equal('from-property');
    expect(el.getAttribute('content-id')).to.equal('from-attr');
  });

  it('opens nothing without a content-id', async () => {
    const el = await fixture<FlagButton>(html`<flag-button></flag-button>`);
    innerButton(el).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('report-concern-dialog')).to.equal(null);
  });

  it('creates the dialog at the end of <body> on click and fires report-open on itself', async () => {
    const el = await fixture<FlagButton>(html`<flag-button content-id="c1" content-type="comment"></flag-button>`);
    const opened = oneEvent(el, 'report-open');
    await openFrom(el);
    const event = await opened;
    expect(event.detail.subject).to.include({ kind: 'content', contentId: 'c1', contentType: 'comment' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(document.body.lastElementChild?.localName).to.equal('report-concern-dialog');
  });

  it('uses the first dialog already in the document', async () => {
    const wrap = await fixture(html`<div>
      <report-concern-dialog id="mine"></report-concern-dialog>
      <flag-button content-id="c1"></flag-button>
    </div>`);
    await openFrom(wrap.querySelector('flag-button')!);
    expect(theDialog().id).to.equal('mine');
    expect(document.querySelectorAll('report-concern-dialog').length).to.equal(1);
  });

  it('opens with Enter, closes with Escape and gives focus back to the button', async () => {
    const el = await fixture<FlagButton>(html`<flag-button content-id="k1"></flag-button>`);
    innerButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => maybeInDialog('dialog[open]'), 'open');
    const closed = oneEvent(el, 'report-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.outcome).to.equal('cancelled');
    expect(maybeInDialog('dialog[open]')).to.equal(null);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(innerButton(el));
  });

  it('sends focus to <body> when the button is gone on close', async () => {
    const el = await fixture<FlagButton>(html`<flag-button content-id="gone"></flag-button>`);
    await openFrom(el);
    el.remove();
    const closed = oneEvent(document, 'report-close');
    theDialog().close();
    await closed;
    expect(document.activeElement).to.equal(document.body);
  });
});

describe('<report-user-button>', () => {
  afterEach(resetPage);

  it('is a button named "Report Concern" that reports the member', async () => {
    const el = await fixture<ReportUserButton>(
      html`<report-user-button user-id="u42" user-name="Mia" profile-url="/members/u42"></report-user-button>`,
    );
    expect(innerButton(el).textContent?.trim()).to.equal('Report Concern');
    await expect(el).to.be.accessible();
    expect(el.subject).to.deep.equal({
      kind: 'user',
      userId: 'u42',
      userName: 'Mia',
      profileUrl: new URL('/members/u42', location.href).href,
    });
    const opened = oneEvent(el, 'report-open');
    await openFrom(el);
    expect((await opened).detail.subject.kind).to.equal('user');
  });
});
