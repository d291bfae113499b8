/**
 * The form looked at in one state (test/visual/<state>.test.ts each call
 * `lookAt`, so that two states run at once): in English and Arabic, at 1280
 * and 360 px wide, light and dark, each picture is compared with its reviewed
 * reference (test/visual/references/), and in each nothing in the dialog may
 * stick out of the screen sideways; the thank-you must hold together.
 *
 * One test per language: the state is reached once and then photographed at
 * both widths in both themes. A test fails naming every picture that differs
 * or does not fit; `npm run test:visual -- --update` records new references
 * (look at them before committing).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { resetPage, theDialog } from '../support/dom.js';
import { uniqueBucket } from '../support/endpoint.js';
import { ENGLISH as en } from '../../src/i18n/english.js';
import ar from '../../src/i18n/locales/ar.js';
import { REFERENCE, STATES, type Setup } from './states.js';
import { activeWhileSending, footerWraps, labelsOutOfButtons, offCentre, sidewaysOverflow, thanksApart } from './geometry.js';

/** Where each picture is taken: a laptop and a small phone. */
const SCREENS = [
  { width: 1280, height: 900 },
  { width: 360, height: 640 },
] as const;
const THEMES = ['light', 'dark'] as const;
const LOCALES = { en, ar } as const;

/** The README's pictures, taken from the same run (written only when references are updated). */
const README_PICTURES: Record<string, string> = {
  'scam-en-1280-light': 'dialog-en.png',
  'scam-ar-1280-light': 'dialog-ar.png',
  'urgent-en-1280-dark': 'dialog-dark.png',
};

interface Verdict {
  ok: boolean;
  name: string;
  why?: string;
}

/**
 * One font for every machine: DejaVu Sans (Debian's fonts-dejavu-core, which
 * scripts/test-visual.mjs makes sure of) has Latin and Arabic, so no picture
 * depends on which fallback a machine picks.
 */
function pinFont(): void {
  const root = document.documentElement.style;
  root.setProperty('--report-concern-font', "'DejaVu Sans'");
  root.setProperty('font-family', "'DejaVu Sans'");
  root.setProperty('color-scheme', 'light dark');
}

/** Waits until layout and paint have caught up with the last change. */
async function painted(): Promise<void> {
  await theDialog().updateComplete;
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
}

/**
 * Scrolls `focus` into the middle of the form, vertically only: scrolling
 * sideways as well would hide the very overflow the geometry looks for.
 * Boxes a person cannot scroll (overflow hidden, such as the dialog itself)
 * are put back where they were: scrollIntoView moves them too.
 */
function showOnly(focus: Element | undefined): void {
  focus?.scrollIntoView({ block: 'center', inline: 'nearest' });
  for (const el of theDialog().shadowRoot!.querySelectorAll('*')) {
    if (el.scrollLeft !== 0) el.scrollLeft = 0;
    if (el.scrollTop !== 0 && /hidden|clip/.test(getComputedStyle(el).overflowY)) el.scrollTop = 0;
  }
}

/** Everything wrong with the picture in front of us besides its pixels. */
function geometry(state: string, strings: Setup['strings']): string[] {
  const root = theDialog().shadowRoot!;
  const problems = [
    ...sidewaysOverflow(root).map((p) => `sticks out: ${p}`),
    ...labelsOutOfButtons(root).map((p) => `label out of its button: ${p}`),
    ...footerWraps(root).map((p) => `footer wraps: ${p}`),
    ...offCentre(root).map((p) => `off-centre: ${p}`),
  ];
  if (state === 'sending') problems.push(...activeWhileSending(root).map((p) => `active while sending: ${p}`));
  if (state === 'thanks') {
    problems.push(...thanksApart(root, { heading: strings.thankYou, reference: REFERENCE, last: strings.whatNext }));
  }
  return problems;
}

/**
 * Takes the four pictures of a state already on screen (two widths, two
 * themes); returns everything wrong with them, each line named by picture.
 */
async function photograph(state: string, locale: string, strings: Setup['strings'], focus: Element | undefined): Promise<string[]> {
  const failures: string[] = [];
  for (const screen of SCREENS) {
    await setViewport(screen);
    for (const theme of THEMES) {
      await emulateMedia({ colorScheme: theme });
      await painted();
      showOnly(focus);
      await painted();
      const name = `${state}-${locale}-${screen.width}-${theme}`;
      const problems = geometry(state, strings);
      // The first few say where to look; the count says how much.
      failures.push(...problems.slice(0, 3).map((p) => `${name}: ${p}`));
      if (problems.length > 3) failures.push(`${name}: and ${problems.length - 3} more`);
      const verdict = (await executeServerCommand('visual-compare', { name })) as Verdict;
      if (!verdict.ok) failures.push(`${name}: ${verdict.why}`);
      const readme = README_PICTURES[name];
      if (readme) await executeServerCommand('visual-readme', { file: readme });
    }
  }
  return failures;
}

/** Defines the tests of the state named `name` (one of STATES). */
export function lookAt(name: string): void {
  const state = STATES.find((s) => s.name === name);
  if (!state) throw new Error(`no state named ${name}`);
  describe(`the form, looked at: ${name}`, () => {
    before(pinFont);
    afterEach(async () => {
      await resetPage();
      await emulateMedia({ colorScheme: 'light' });
      await setViewport({ width: 800, height: 600 });
    });

    for (const [locale, strings] of Object.entries(LOCALES) as [Setup['locale'], Setup['strings']][]) {
      it(`${name} (${locale}): every picture as reviewed, nothing sideways off screen`, async () => {
        await emulateMedia({ colorScheme: 'light' });
        await setViewport(SCREENS[0]);
        const focus = await state.enter({ strings, locale, bucket: uniqueBucket() });
        const failures = await photograph(name, locale, strings, focus);
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });
    }
  });
}
