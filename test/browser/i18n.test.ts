import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  chooseCategory,
  inDialog,
  innerButton,
  maybeInDialog,
  nativeDialog,
  openFrom,
  resetPage,
  settle,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, uniqueBucket } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import { ENGLISH as en } from '../../src/i18n/english.js';
import enOutcome from '../../src/outcomes/en.js';
import { outcomeWords } from '../../src/outcomes/words.js';
import { BUTTON_NAMES } from '../../src/i18n/button-locales.js';
import { LOCALES, matchLocale, pickLocale, type Locale } from '../../src/i18n/locale.js';
import { loadStrings } from '../../src/i18n/resolve.js';
import type { Strings } from '../../src/i18n/strings.js';

const FOREIGN = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/**
 * Where a locale's shape differs from English: keys missing or extra, or a
 * text where English has a function (or the reverse), path by path.
 */
function shapeDiff(reference: unknown, candidate: unknown, path = ''): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : typeof v);
  if (kind(reference) !== kind(candidate)) return [`${path || '(root)'}: ${kind(candidate)} instead of ${kind(reference)}`];
  if (typeof reference !== 'object' || reference === null) return [];
  const a = reference as Record<string, unknown>;
  const b = candidate as Record<string, unknown>;
  const out: string[] = [];
  for (const key of Object.keys(a)) {
    if (!(key in b)) out.push(`missing ${path}${key}`);
    else out.push(...shapeDiff(a[key], b[key], `${path}${key}.`));
  }
  for (const key of Object.keys(b)) if (!(key in a)) out.push(`extra ${path}${key}`);
  return out;
}

/** Every text a person or a screen reader meets in the dialog: text nodes and naming attributes. */
function textsIn(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text) out.push(text);
    } else {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = (node as Element).getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
  }
  return out;
}

/** Words that are the same in English and this language (checked by hand, not fallbacks). */
const SAME_AS_ENGLISH: Partial<Record<Locale, string[]>> = { de: ['Links'], 'pt-BR': ['Links'] };

/** Fills the states that show the most text: advice, urgent help, field errors. */
async function userReportWithErrors(locale: string): Promise<string[]> {
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<report-user-button user-id="u-9" user-name="Sam" locale="${locale}"></report-user-button>`;
  configure({ helpUrl: 'https://help.example/now' });
  await openFrom(wrap.firstElementChild!);
  await chooseCategory('harassment');
  inDialog<HTMLInputElement>('#urgent').click();
  await settle();
  await submit();
  await waitFor(() => inDialog('#place-error').textContent?.trim(), 'the place error');
  return textsIn(theDialog().shadowRoot!);
}

/** Closes the dialog and waits until it can open again (`report-close` has fired). */
async function closeDialog(): Promise<void> {
  if (!maybeInDialog('dialog[open]')) return;
  const closed = oneEvent(document, 'report-close');
  theDialog().close();
  await closed;
}

/** Waits until floating-ui has placed `el` (it sets `left` and shows it). */
async function placed(el: HTMLElement): Promise<DOMRect> {
  await waitFor(() => el.style.left && el.style.visibility !== 'hidden', 'placement');
  return el.getBoundingClientRect();
}

async function contentReportThanked(locale: string): Promise<string[]> {
  await closeDialog();
  configure({ endpoint: bucketUrl(uniqueBucket()) });
  const wrap = await fixture(html`<div></div>`);
  wrap.innerHTML = `<flag-button content-id="c-1" content-type="answer" excerpt="Cheap essays" locale="${locale}"></flag-button>`;
  await openFrom(wrap.firstElementChild!);
  await chooseCategory('scam');
  const form = textsIn(theDialog().shadowRoot!);
  await typeInto('#details', 'Asked me to pay outside');
  await submit();
  await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
  return [...form, ...textsIn(theDialog().shadowRoot!)];
}

describe('languages', () => {
  afterEach(resetPage);

  it('ships twelve languages besides English', () => {
    expect([...FOREIGN].sort()).to.deep.equal(['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'pt-BR', 'ru', 'tr', 'zh-CN']);
  });

  it('finds a missing key, an extra key and a text where a function belongs', () => {
    const broken = { ...en, categories: { ...en.categories, bogus: 'x' }, counter: 'n / m' } as Record<string, unknown>;
    delete broken.submit;
    expect(shapeDiff(en, broken)).to.have.members([
      'missing submit',
      'extra categories.bogus',
      'counter.: string instead of function',
    ]);
  });

  it('does not compile a locale with a key too many or too few (npm run typecheck)', () => {
    // Each line below is a type error, which `@ts-expect-error` requires: were
    // `Strings` to stop catching one, the typecheck would fail on the directive.
    // @ts-expect-error a key English does not have
    const extra: Strings = { ...en, notAKey: 'x' };
    // @ts-expect-error a category that does not exist
    const nested: Strings = { ...en, categories: { ...en.categories, bogus: 'x' } };
    // @ts-expect-error most keys missing
    const missing: Strings = { flagLabel: 'x' };
    // The same three, caught at run time too.
    expect(shapeDiff(en, extra)).to.deep.equal(['extra notAKey']);
    expect(shapeDiff(en, nested)).to.deep.equal(['extra categories.bogus']);
    expect(shapeDiff(en, missing)).to.include('missing submit');
  });

  for (const locale of FOREIGN) {
    it(`${locale} has exactly the keys of English, each of the same kind`, async () => {
      const { locale: loaded, strings } = await loadStrings(locale);
      expect(loaded).to.equal(locale);
      expect(shapeDiff(en, strings)).to.deep.equal([]);
      // The status view's texts load with that view (src/outcomes/): each locale's has English's shape.
      const words = await outcomeWords(locale);
      expect(words, 'its own chunk, not the English fallback').to.not.equal(enOutcome);
      expect(shapeDiff(enOutcome, words)).to.deep.equal([]);
    });
  }

  for (const locale of FOREIGN) {
    it(`renders the whole dialog in ${locale}, with no English left and nothing missing`, async () => {
      const { strings } = await loadStrings(locale);
      const english = new Set([...(await userReportWithErrors('en')), ...(await contentReportThanked('en'))]);
      await resetPage();
      const shown = [...(await userReportWithErrors(locale)), ...(await contentReportThanked(locale))];
      expect(nativeDialog().lang).to.equal(locale);
      // Its own words are there...
      for (const text of [strings.dialogTitle, strings.categoryLegend, strings.placeLegend, strings.threatAdvice === '' ? 'x' : strings.harassmentAdvice, strings.scamAdvice, strings.thankYou, strings.urgentHelpLink, strings.errors.placeRequired, ...Object.values(strings.categories)]) {
        expect(shown, text).to.include(text);
      }
      // ...nothing is blank or a programming word...
      expect(shown.filter((t) => /\bundefined\b|\[object |\bNaN\b/.test(t))).to.deep.equal([]);
      // ...and no text is the English one, unless the word is the same in both languages.
      const allowed = new Set(SAME_AS_ENGLISH[locale] ?? []);
      const leftover = shown.filter((t) => english.has(t) && /\p{L}/u.test(t) && !allowed.has(t) && !/^[\w.-]+\.(png|webp|jpe?g)$/i.test(t));
      expect(leftover.filter((t) => t !== 'Sam' && t !== 'Cheap essays' && !/^RC-/.test(t))).to.deep.equal([]);
    });
  }

  it('names the buttons in the page language, as each locale names them', async () => {
    for (const locale of FOREIGN) {
      const { strings } = await loadStrings(locale);
      expect(BUTTON_NAMES[locale], locale).to.deep.equal([strings.flagLabel, strings.reportUserLabel, strings.openFailed]);
    }
    const wrap = await fixture(html`<div>
      <section lang="de"><flag-button content-id="a"></flag-button></section>
      <section lang="ja-JP"><report-user-button user-id="u"></report-user-button></section>
      <section lang="en-GB"><flag-button content-id="b"></flag-button></section>
      <section lang="fr"><flag-button content-id="c" label="Alerter"></flag-button></section>
    </div>`);
    const [de, ja, enGb, labelled] = [...wrap.querySelectorAll<HTMLElement>('flag-button, report-user-button')];
    await waitFor(() => innerButton(de).textContent === 'Melden', 'the German name');
    await waitFor(() => innerButton(ja).textContent === 'メンバーを報告', 'the Japanese name');
    expect(innerButton(enGb).textContent).to.equal('Flag');
    expect(innerButton(labelled).textContent).to.equal('Alerter');
  });

  it('says in the page language that the form could not load', async () => {
    const wrap = await fixture(html`<div lang="fr"><flag-button content-id="off"></flag-button></div>`);
    const button = wrap.querySelector('flag-button')!;
    await waitFor(() => innerButton(button).textContent === 'Signaler', 'the French name');
    // The form's chunk cannot be fetched (offline before it ever loaded).
    const dialog = document.createElement('report-concern-dialog');
    dialog.open = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    document.body.append(dialog);
    innerButton(button).click();
    const mark = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('.mark'), 'the mark');
    expect(mark.textContent).to.equal('Impossible d’ouvrir le formulaire de signalement. Vérifiez votre connexion et réessayez.');
    expect(mark.lang).to.equal('fr');
  });

  it('writes the buttons’ English as all of English lists it (i18n/english.ts)', async () => {
    const wrap = await fixture(html`<div lang="en">
      <flag-button content-id="off"></flag-button><report-user-button user-id="u-1"></report-user-button>
    </div>`);
    const [flag, member] = [wrap.querySelector('flag-button')!, wrap.querySelector('report-user-button')!];
    expect([innerButton(flag).textContent, innerButton(member).textContent]).to.deep.equal([en.flagLabel, en.reportUserLabel]);
    const dialog = document.createElement('report-concern-dialog');
    dialog.open = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    document.body.append(dialog);
    innerButton(flag).click();
    const mark = await waitFor(() => flag.shadowRoot!.querySelector<HTMLElement>('.mark'), 'the mark');
    expect(mark.textContent).to.equal(en.openFailed);
  });

  it('renames a button when its locale changes', async () => {
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="a"></flag-button></div>`);
    const button = wrap.querySelector('flag-button')!;
    expect(innerButton(button).textContent).to.equal('Flag');
    button.locale = 'ko';
    await waitFor(() => innerButton(button).textContent === '신고', 'the Korean name');
  });

  it('takes the language from the button, the dialog, the page config, the nearest lang, then the browser', async () => {
    const wrap = await fixture(html`<div lang="it">
      <report-concern-dialog locale="fr"></report-concern-dialog>
      <flag-button content-id="a" locale="es"></flag-button>
      <flag-button content-id="b"></flag-button>
    </div>`);
    const [withLocale, plain] = [...wrap.querySelectorAll('flag-button')];
    const langOf = async (el: Element) => {
      await openFrom(el);
      const lang = nativeDialog().lang;
      await closeDialog();
      return lang;
    };
    expect(await langOf(withLocale)).to.equal('es');
    expect(await langOf(plain)).to.equal('fr');
    theDialog().removeAttribute('locale');
    configure({ locale: 'de' });
    expect(await langOf(plain)).to.equal('de');
    configure({ locale: '' });
    expect(await langOf(plain)).to.equal('it');
  });

  it('reads the nearest lang across shadow roots', async () => {
    const host = await fixture(html`<div lang="ru"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<flag-button content-id="s"></flag-button>';
    const button = root.querySelector('flag-button')!;
    await waitFor(() => innerButton(button).textContent === 'Пожаловаться', 'the Russian name');
    await openFrom(button);
    expect(nativeDialog().lang).to.equal('ru');
  });

  it('falls back from a region it lacks to the language, and past languages it lacks', () => {
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('pt-PT')).to.equal('pt-BR');
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('zh-Hans-SG')).to.equal('zh-CN');
    expect(matchLocale('zh-TW')).to.equal(undefined);
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('iw')).to.equal('he');
    expect(matchLocale('fa')).to.equal(undefined);
    expect(pickLocale(['fa', '', 'de-AT'])).to.equal('de');
    expect(pickLocale(['xx'])).to.equal('en');
  });

  it('counts with Intl: plural forms and the locale digits', async () => {
    const ru = (await loadStrings('ru')).strings;
    expect(ru.fixErrors(1)).to.equal('Исправьте 1 ответ ниже.');
    expect(ru.fixErrors(3)).to.equal('Исправьте 3 ответа ниже.');
    expect(ru.fixErrors(5)).to.equal('Исправьте 5 ответов ниже.');
    const ar = (await loadStrings('ar')).strings;
    expect(ar.fixErrors(2)).to.contain('إجابتين');
    // Arabic counts characters in four ways: 10 takes a plural, 100 and 2000 the singular, 11 the accusative.
    expect(ar.errors.detailsTooShort(10)).to.contain('10 أحرف');
    expect(ar.errors.placeDetailTooLong(100)).to.contain('100 حرف ');
    expect(ar.errors.detailsTooShort(11)).to.contain('11 حرفًا');
    expect(ar.errors.detailsTooShort(2)).to.contain('حرفين');
    expect(ar.counter(12, 2000)).to.equal(`${new Intl.NumberFormat('ar').format(12)} / ${new Intl.NumberFormat('ar').format(2000).replace(/\D/g, '')}`);
    // Grouped from five digits, each language its own way (a narrow no-break space in Russian).
    expect((await loadStrings('ru')).strings.counter(12345, 20000).replace(/\s/g, ' ')).to.equal('12 345 / 20 000');
    expect((await loadStrings('de')).strings.counter(12345, 2000)).to.equal('12.345 / 2000');
    expect(en.fixErrors(1)).to.equal('Please fix 1 answer below.');
    expect(en.fixErrors(2)).to.equal('Please fix 2 answers below.');
  });

  it('lays the host overrides over a translation, key by key', async () => {
    configure({ strings: { submit: 'Mandar' } });
    const wrap = await fixture(html`<div lang="es"><flag-button content-id="o"></flag-button></div>`);
    const dialog = document.createElement('report-concern-dialog');
    dialog.strings = { categories: { spam: 'Publicidad' } } as Partial<Strings>;
    document.body.append(dialog);
    await openFrom(wrap.querySelector('flag-button')!);
    expect(inDialog('button[type="submit"]').textContent?.trim()).to.equal('Mandar');
    expect(inDialog('label[for="category-spam"]').textContent?.trim()).to.equal('Publicidad');
    expect(inDialog('label[for="category-scam"]').textContent?.trim()).to.equal('Estafa, phishing o fraude');
  });
});

describe('right to left', () => {
  afterEach(resetPage);

  for (const locale of ['ar', 'he'] as const) {
    it(`mirrors the dialog in ${locale}: direction, header, counter and help`, async () => {
      const wrap = await fixture(html`<div></div>`);
      wrap.innerHTML = `<flag-button content-id="r" locale="${locale}"></flag-button>`;
      await openFrom(wrap.firstElementChild!);
      const dialog = nativeDialog();
      expect(dialog.dir).to.equal('rtl');
      expect(getComputedStyle(dialog).direction).to.equal('rtl');
      const title = inDialog('h2').getBoundingClientRect();
      const close = inDialog('.icon-button[part="close-button"]').getBoundingClientRect();
      expect(close.right, 'Close sits on the left').to.be.lessThan(title.left);
      // The counter ends on the left: its text hugs the left edge of its box.
      const counter = inDialog('#details-counter');
      const range = document.createRange();
      range.selectNodeContents(counter);
      const text = range.getBoundingClientRect();
      const box = counter.getBoundingClientRect();
      expect(text.left - box.left).to.be.lessThan(2);
      expect(box.right - text.right).to.be.greaterThan(20);
      // A category's help opens below its button, reaching back over the label: left edges align.
      const helpButton = inDialog<HTMLButtonElement>('[popovertarget="help-spam"]');
      helpButton.click();
      const popover = inDialog('#help-spam');
      const help = await placed(popover);
      const anchor = helpButton.getBoundingClientRect();
      expect(help.top).to.be.at.least(anchor.bottom);
      expect(Math.abs(help.left - anchor.left)).to.be.lessThan(2);
      expect(help.right).to.be.greaterThan(anchor.right + 100);
    });
  }

  it('aligns the help to the button’s right edge in a left-to-right language', async () => {
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="l"></flag-button></div>`);
    await openFrom(wrap.querySelector('flag-button')!);
    const helpButton = inDialog<HTMLButtonElement>('[popovertarget="help-scam"]');
    helpButton.click();
    const popover = inDialog('#help-scam');
    const help = await placed(popover);
    expect(Math.abs(help.right - helpButton.getBoundingClientRect().right)).to.be.lessThan(2);
    expect(help.left).to.be.lessThan(helpButton.getBoundingClientRect().left - 100);
  });

  it('shows the mark after the button, on its left in a right-to-left page, in the dialog’s language', async () => {
    configure({ endpoint: bucketUrl(uniqueBucket()) });
    const wrap = await fixture(html`<div lang="he" dir="rtl" style="padding: 0 200px">
      <flag-button content-id="m"></flag-button>
    </div>`);
    const button = wrap.querySelector('flag-button')!;
    await openFrom(button);
    await chooseCategory('spam');
    await submit();
    await waitFor(() => maybeInDialog('.thanks'), 'the thank-you');
    theDialog().close();
    const mark = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('.mark'), 'the mark');
    const box = mark.getBoundingClientRect();
    expect(mark.textContent).to.equal('דווח');
    expect(mark.lang).to.equal('he');
    expect(box.right).to.be.at.most(innerButton(button).getBoundingClientRect().left);
  });
});
