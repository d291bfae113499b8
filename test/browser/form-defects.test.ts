/**
 * What a person sees of the form, as they would see it: the thank-you holds
 * together, nothing sticks out of a narrow screen, people's text keeps its
 * own direction in a right-to-left form, a name ending in a full stop gets
 * no second one, and the screenshots control speaks the form's language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  chooseCategory,
  choosePlace,
  inDialog,
  maybeInDialog,
  openFrom,
  resetPage,
  settle,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import { loadStrings } from '../../src/i18n/resolve.js';

const EXCERPT = 'How do I use the subjunctive after “espero que”?';
/** One unbroken word longer than a phone is wide. */
const LONG_WORD = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

async function button(markup: string): Promise<HTMLElement> {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = markup;
  return wrap.firstElementChild as HTMLElement;
}

/** Every box in the dialog that a person can see, with the ones past the screen's left or right edge. */
function sticksOut(): string[] {
  const root = theDialog().shadowRoot!;
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('dialog *')) {
    if (el.closest('.visually-hidden, [popover]') || el.matches('.file-input')) continue;
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      out.push(`${el.localName}${el.id ? `#${el.id}` : ''}.${el.className} ${Math.round(box.left)}…${Math.round(box.right)}`);
    }
  }
  const body = root.querySelector<HTMLElement>('.body')!;
  if (body.scrollWidth > body.clientWidth) out.push(`.body scrolls sideways (${body.scrollWidth} > ${body.clientWidth})`);
  return out;
}

describe('what a person sees of the form', () => {
  afterEach(async () => {
    await resetPage();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [
    [1280, 900],
    [360, 640],
  ]) {
    it(`holds the thank-you together at ${width}×${height}: heading, reference and last line close`, async () => {
      await setViewport({ width, height });
      configure({ endpoint: bucketUrl(uniqueBucket()) });
      await openFrom(await button('<report-user-button user-id="u-thanks" user-name="Kim"></report-user-button>'));
      await chooseCategory('spam');
      await choosePlace('site');
      inDialog<HTMLInputElement>('#block').click();
      await submit();
      const thanks = await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
      await settle();
      // Where the words are, not the boxes around them (a stretched box hides the gap).
      const lines = [...thanks.querySelectorAll('p')].map((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return range.getBoundingClientRect();
      });
      expect(lines.length, 'heading, reference, what next, block').to.equal(4);
      for (let i = 1; i < lines.length; i++) {
        expect(lines[i].top - lines[i - 1].bottom, `gap above line ${i + 1}`).to.be.below(16);
      }
      // And the sheet ends with them: no empty screen below the last line.
      const footer = inDialog('footer').getBoundingClientRect();
      expect(footer.top - lines[lines.length - 1].bottom, 'space below the last line').to.be.below(48);
    });
  }

  for (const width of [360, 320]) {
    for (const locale of ['en', 'de', 'ar']) {
      it(`fits a ${width} px screen in ${locale}: nothing wider than the screen, long words wrap`, async () => {
        await setViewport({ width, height: 640 });
        const { strings } = await loadStrings(locale as 'en');
        configure({ endpoint: bucketUrl(uniqueBucket()) });
        await openFrom(
          await button(`<report-user-button user-id="u-${width}-${locale}" user-name="${LONG_WORD}" locale="${locale}"></report-user-button>`),
        );
        await chooseCategory('harassment');
        await choosePlace('elsewhere');
        await typeInto('#details', `${LONG_WORD} ${LONG_WORD}`);
        await typeInto('#links', 'not a link');
        inDialog<HTMLInputElement>('#urgent').click();
        await settle();
        await submit();
        await waitFor(() => inDialog('#links-error').textContent, 'the link error');
        expect(sticksOut()).to.deep.equal([]);
        // Each help "?" is whole on screen, and so is the Details box.
        const help = inDialog('[popovertarget="help-other"]').getBoundingClientRect();
        expect(help.right).to.be.at.most(width);
        expect(help.left).to.be.at.least(0);
        expect(inDialog('#details').getBoundingClientRect().right).to.be.at.most(width);
        expect(inDialog('legend').textContent).to.equal(strings.categoryLegend);
      });
    }
  }

  describe('in Arabic, people’s text keeps its own direction', () => {
    it('an English excerpt reads left to right, its question mark at its end', async () => {
      await openFrom(await button(`<flag-button content-id="bidi-1" locale="ar" excerpt="${EXCERPT}"></flag-button>`));
      const quote = inDialog('blockquote');
      expect(quote.matches(':dir(ltr)'), 'the excerpt is left to right').to.equal(true);
      const text = quote.firstChild?.nodeType === Node.TEXT_NODE ? quote.firstChild : [...quote.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect();
      };
      const raw = text.textContent!;
      expect(at(raw.indexOf('?')).left, 'the ? is right of the H').to.be.greaterThan(at(raw.indexOf('H')).right);
    });

    it('a member’s name sits in its own isolate, apart from the sentence’s punctuation', async () => {
      await openFrom(await button('<report-user-button user-id="bidi-2" user-name="Marco T." locale="ar"></report-user-button>'));
      const intro = inDialog('#intro');
      const name = intro.querySelector('bdi');
      expect(name?.textContent).to.equal('Marco T.');
      expect(name!.matches(':dir(ltr)')).to.equal(true);
    });

    it('pasted messages, links and details are typed in their own direction', async () => {
      await openFrom(await button('<report-user-button user-id="bidi-3" locale="ar"></report-user-button>'));
      await chooseCategory('harassment');
      for (const id of ['#details', '#links', '#messageText']) {
        await typeInto(id, 'See https://example.com/a?b=1 — he wrote “pay me first”.');
        expect(inDialog(id).matches(':dir(ltr)'), id).to.equal(true);
      }
    });

    it('a receiver’s message and a refused link are isolated from the form’s words', async () => {
      const bucket = uniqueBucket();
      configure({ endpoint: bucketUrl(bucket) });
      await queueFaults(bucket, [
        { status: 422, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'Too vague?', errors: { details: 'Say more!' } }) },
      ]);
      await openFrom(await button('<report-user-button user-id="bidi-4" locale="ar"></report-user-button>'));
      await chooseCategory('spam');
      await choosePlace('site');
      await typeInto('#links', 'ftp://x.example/?');
      await submit();
      const linkError = await waitFor(() => inDialog('#links-error').querySelector('bdi'), 'the link error');
      expect(linkError.textContent).to.equal('ftp://x.example/?');
      await typeInto('#links', '');
      await submit();
      const status = await waitFor(() => inDialog('.status.problem').querySelector('bdi'), 'the receiver’s message');
      expect(status.textContent).to.equal('Too vague?');
      expect(inDialog('#details-error bdi').textContent).to.equal('Say more!');
    });
  });

  it('gives a name that ends in a full stop no second one', async () => {
    configure({ endpoint: bucketUrl(uniqueBucket()) });
    await openFrom(await button('<report-user-button user-id="dots" user-name="Marco T."></report-user-button>'));
    expect(inDialog('#intro').textContent).to.equal('Tell us what happened with Marco T.');
    await chooseCategory('spam');
    await choosePlace('site');
    inDialog<HTMLInputElement>('#block').click();
    await submit();
    const thanks = await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    expect(thanks.textContent).to.contain('You asked to block Marco T.');
    expect(thanks.textContent).not.to.contain('Marco T..');
  });

  it('counts the answers left to fix down as they are fixed, and drops the message with the last', async () => {
    await openFrom(await button('<report-user-button user-id="fix-count"></report-user-button>'));
    await submit();
    await waitFor(() => inDialog('.status').textContent?.includes('Please fix 2 answers'), 'the count');
    await chooseCategory('spam');
    expect(inDialog('.status').textContent).to.contain('Please fix 1 answer below.');
    await choosePlace('site');
    expect(inDialog('.status').textContent?.trim()).to.equal('');
  });

  it('lets go of the outbox when the dialog leaves the page, so a removed dialog is not kept in memory', async () => {
    const { outbox } = await import('../../src/outbox/page.js');
    // Subscriptions through the outbox's `on`, counted from here on: the only way in from outside.
    const box = outbox();
    const on = box.on;
    let listening = 0;
    box.on = (listener) => {
      const off = on(listener);
      listening++;
      return () => {
        listening--;
        return off();
      };
    };
    try {
      await openFrom(await button('<flag-button content-id="leaks"></flag-button>'));
      expect(listening, 'subscribed while the dialog is in the page').to.equal(1);
      theDialog().close();
      await waitFor(() => !maybeInDialog('dialog[open]'), 'the dialog to close');
      const dialog = theDialog();
      dialog.remove();
      expect(listening, 'released once it is removed').to.equal(0);
      // Put back, it listens again.
      document.body.append(dialog);
      expect(listening).to.equal(1);
    } finally {
      box.on = on;
    }
  });

  describe('the screenshots control', () => {
    for (const locale of ['de', 'ar']) {
      it(`is a button and a drop zone in the form’s language (${locale}), the native picker hidden`, async () => {
        const { strings } = await loadStrings(locale as 'de');
        await openFrom(await button(`<flag-button content-id="files-${locale}" locale="${locale}"></flag-button>`));
        const input = inDialog<HTMLInputElement>('#files');
        const pick = inDialog('label[for="files"]');
        expect(pick.textContent?.trim()).to.equal(`+${strings.screenshotsLabel}`);
        expect(inDialog('.drop-zone').textContent).to.contain(strings.screenshotsHint(5));
        // The browser's own "Choose Files / No file chosen" is not seen...
        const box = input.getBoundingClientRect();
        expect(box.width * box.height, 'the native input takes no room').to.be.at.most(1);
        // ...and the styled button is a real, visible target.
        const target = pick.getBoundingClientRect();
        expect(target.height).to.be.at.least(24);
        expect(target.width).to.be.at.least(24);
        await expect(theDialog()).shadowDom.to.be.accessible();
      });
    }

    it('is still the native input for the keyboard and screen readers: Tab reaches it, its label names it', async () => {
      await openFrom(await button('<flag-button content-id="files-kb"></flag-button>'));
      inDialog<HTMLTextAreaElement>('#details').focus();
      await sendKeys({ press: 'Tab' });
      const input = inDialog<HTMLInputElement>('#files');
      expect(theDialog().shadowRoot!.activeElement).to.equal(input);
      expect(input.labels![0].textContent?.trim()).to.equal('+Add screenshots');
      expect(input.getAttribute('aria-describedby')).to.contain('files-hint');
      // The focus ring shows on the button a person sees.
      const pick = inDialog('label[for="files"]');
      expect(getComputedStyle(pick).outlineStyle).to.equal('solid');
    });
  });
});
