/**
 * The states of the form the visual suite photographs, each reached the way
 * a person reaches it: open the dialog from a button on a small host page,
 * click, type, attach, send to the test receiver. Each setup returns what a
 * person would be looking at (scrolled into view before every picture).
 *
 * Content that would differ between runs is made fixed: the receiver's
 * answers (a set reference, a 503 that asks to wait an hour) come from
 * queued faults, and the images are drawn from constants.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  animationsDone,
  chooseCategory,
  chooseFiles,
  innerButton,
  maybeInDialog,
  settle,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, queueFaults } from '../support/endpoint.js';
import { configure } from '../../src/config.js';
import type { Strings } from '../../src/i18n/strings.js';
import noticeEn from '../../src/i18n/notice/en.js';
import noticeAr from '../../src/i18n/notice/ar.js';
import { outcomeWords } from '../../src/outcomes/words.js';

export interface Setup {
  strings: Strings;
  locale: 'en' | 'ar';
  bucket: string;
}

export interface State {
  /** Lower-case, for file names: `<name>-<locale>-<width>-<theme>.png`. */
  name: string;
  /** Brings the form into this state; returns what to scroll into view, if anything. */
  enter(setup: Setup): Promise<Element | undefined>;
}

/** A made-up reference, so the thank-you reads the same on every run. */
export const REFERENCE = 'RC-7Q4M2KX9';

/** An earlier report about the answer, decided: as the receiver's …/status shows it to its reporter. */
const DECIDED = {
  reference: REFERENCE,
  category: 'spam',
  createdAt: '2026-11-20T09:30:00.000Z',
  status: 'decided',
  decision: {
    action: 'removed',
    ground: 'terms',
    groundDetail: 'Rule 4: no advertising',
    explanation: 'The answer advertises a paid essay service.',
    automated: false,
    decidedAt: '2026-11-21T14:00:00.000Z',
    appealUntil: '2027-05-21T14:00:00.000Z',
  },
};

/** The answer's own address, fixed (the page's carries the test runner's session id); a notice shows it. */
const ANSWER_URL = 'https://answers.example/q/3107#a-8820';
/** Someone else's words, in English whatever the dialog's language. */
const EXCERPT = 'How do I use the subjunctive after “espero que”?';
const DETAILS: Record<Setup['locale'], string> = {
  en: 'Asks learners to pay 150 € by Western Union outside the site.',
  ar: 'يطلب من المتعلمين دفع 150 يورو عبر ويسترن يونيون خارج الموقع.',
};

function shadow(): ShadowRoot {
  return theDialog().shadowRoot!;
}

/** A button of the dialog by its accessible name (`aria-label`, else its text). */
function findButton(name: string): HTMLButtonElement | undefined {
  return [...shadow().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
}

function buttonNamed(name: string): HTMLButtonElement {
  const found = findButton(name);
  if (!found) throw new Error(`no button named "${name}" in the dialog`);
  return found;
}

/** A checkbox of the dialog by the text of its label. */
function checkboxLabelled(label: string): HTMLInputElement {
  const found = [...shadow().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) =>
    [...(input.labels ?? [])].some((l) => l.textContent?.trim() === label),
  );
  if (!found) throw new Error(`no checkbox labelled "${label}" in the dialog`);
  return found;
}

/** The innermost element of the dialog whose text contains `text`, once it is there. */
function showing(text: string, what: string, timeout?: number): Promise<Element> {
  return waitFor(() => {
    const walker = document.createTreeWalker(shadow(), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(text) && node.parentElement?.checkVisibility()) return node.parentElement;
    }
    return undefined;
  }, what, timeout);
}

/**
 * A host page with one button, in the locale's language and direction. The
 * button itself is not drawn: the mark it shows after a send appears on its
 * own schedule, behind the backdrop, and is not what these pictures are of.
 */
async function openFor(kind: 'content' | 'user', { locale, bucket }: Setup): Promise<void> {
  configure({ endpoint: bucketUrl(bucket), helpUrl: 'https://help.example/now' });
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const wrap = await fixture(
    kind === 'content'
      ? html`<main lang=${locale} dir=${dir}>
          <p dir="ltr">${EXCERPT}</p>
          <flag-button content-id="answer-8820" content-type="answer" content-url=${ANSWER_URL} excerpt=${EXCERPT}></flag-button>
        </main>`
      : html`<main lang=${locale} dir=${dir}>
          <h1 dir="ltr">Marco T.</h1>
          <report-user-button user-id="u-4415" user-name="Marco T."></report-user-button>
        </main>`,
  );
  const button = wrap.querySelector<HTMLElement>('flag-button, report-user-button')!;
  button.style.visibility = 'hidden';
  // As openFrom(), with time for the first opening on a busy machine, when
  // the form's code is still being compiled and loaded.
  innerButton(button).click();
  const dialog = await waitFor(() => maybeInDialog('dialog[open]'), 'the dialog to open', 30_000);
  await animationsDone(dialog);
}

/** A screenshot-like picture drawn from constants (no text, so no font): a chat with bubbles on either side. */
async function chatPng(name: string): Promise<File> {
  const canvas = new OffscreenCanvas(480, 300);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#eef1f5';
  ctx.fillRect(0, 0, 480, 300);
  const bubbles = [
    [20, 20, 260, 44, '#ffffff'],
    [200, 80, 260, 64, '#cfe3ff'],
    [20, 160, 300, 44, '#ffffff'],
    [160, 220, 300, 56, '#cfe3ff'],
  ] as const;
  for (const [x, y, w, h, fill] of bubbles) {
    ctx.fillStyle = fill;
    ctx.beginPath();
    ctx.roundRect(x, y, w, h, 12);
    ctx.fill();
  }
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
}

async function attach(s: Strings, names: string[]): Promise<Element> {
  await chooseFiles(await Promise.all(names.map((n) => chatPng(n))));
  for (const n of names) await waitFor(() => buttonNamed(s.removeScreenshot(n)), `${n} attached`, 15_000);
  await settle();
  return buttonNamed(s.removeScreenshot(names[names.length - 1]!));
}

async function chooseGround(ground: string): Promise<void> {
  shadow().querySelector<HTMLInputElement>(`input[name="ground"][value="${ground}"]`)!.click();
  await settle();
}

export const STATES: State[] = [
  {
    name: 'empty',
    async enter(setup) {
      await openFor('content', setup);
      return undefined;
    },
  },
  {
    name: 'errors',
    async enter(setup) {
      await openFor('user', setup);
      await chooseCategory('other');
      await submit();
      await showing(setup.strings.errors.placeRequired, 'the place error');
      return showing(setup.strings.errors.detailsTooShort(10), 'the details error');
    },
  },
  {
    name: 'scam',
    async enter(setup) {
      await openFor('content', setup);
      await chooseCategory('scam');
      await typeInto('#details', DETAILS[setup.locale]);
      return showing(setup.strings.scamAdvice, 'the scam advice');
    },
  },
  {
    name: 'screenshots',
    async enter(setup) {
      await openFor('content', setup);
      await chooseCategory('spam');
      return attach(setup.strings, ['chat-1.png', 'profile.png']);
    },
  },
  {
    name: 'redaction',
    async enter(setup) {
      await openFor('content', setup);
      await attach(setup.strings, ['bank.png']);
      buttonNamed(setup.strings.evidence.redact('bank.png')).click();
      const canvas = await waitFor(() => shadow().querySelector<HTMLCanvasElement>('dialog[open] canvas'), 'the redaction editor', 15_000);
      await animationsDone(canvas.closest('dialog')!);
      // One area hidden with the keyboard: the box drawn black on the picture.
      await sendKeys({ press: 'Enter' });
      await showing(setup.strings.evidence.boxes(1), 'one area hidden');
      // Then Highlight chosen and an area above it outlined: both tools, and the pressed one, in one picture.
      buttonNamed(setup.strings.evidence.highlightTool).click();
      canvas.focus();
      for (let i = 0; i < 15; i++) await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await showing(setup.strings.evidence.highlights(1), 'one area highlighted');
      return undefined;
    },
  },
  {
    name: 'sending',
    async enter(setup) {
      // The receiver takes the whole body and never answers: the bar stands
      // at 100 % while the form waits. (A throttled uplink would show Stop
      // too, but its bar moves with the clock, and the throttle slows the
      // test runner's own connection as much.)
      await queueFaults(setup.bucket, [{ hang: true }]);
      await openFor('content', setup);
      // The attempt must outlast the pictures, however busy the machine.
      configure({ timeout: 3_600_000 });
      await chooseCategory('spam');
      await attach(setup.strings, ['chat.png']);
      await submit();
      const bar = await waitFor(() => shadow().querySelector('progress'), 'the upload progress');
      await waitFor(() => bar.value === 100, 'the whole body sent');
      return bar;
    },
  },
  {
    name: 'queued',
    async enter(setup) {
      // Asked to wait an hour: the outbox does not deliver it while the pictures are taken.
      await queueFaults(setup.bucket, [{ status: 503, headers: { 'Retry-After': '3600' } }]);
      await openFor('content', setup);
      await chooseCategory('spam');
      await submit();
      return showing(setup.strings.queued.title, 'the queued message');
    },
  },
  {
    name: 'thanks',
    async enter(setup) {
      await queueFaults(setup.bucket, [
        { status: 201, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reference: REFERENCE }) },
      ]);
      await openFor('content', setup);
      await chooseCategory('spam');
      await submit();
      return showing(setup.strings.thankYou, 'the thank-you', 10_000);
    },
  },
  {
    // Opened again on an answer reported before (receipts: "session"): the
    // status above the form, decided, with its statement of reasons and
    // Contest this decision. The receiver's answer is fixed, dates included.
    name: 'decision',
    async enter(setup) {
      configure({ receipts: 'session' });
      await queueFaults(setup.bucket, [
        { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reports: [DECIDED] }) },
      ]);
      await openFor('content', setup);
      // Each locale's status-view words load with that view (src/outcomes/words.ts).
      const o = setup.strings.outcome ?? (await outcomeWords(setup.locale));
      await showing(o.contest, 'Contest this decision', 10_000);
      return showing(o.title, 'the status of the earlier report');
    },
  },
  {
    // A notice of illegal content (legalNotices), anonymous under child
    // sexual abuse, sent with its law, reason and good faith missing: the
    // errors above, the anonymous hint and the empty name and email in view.
    name: 'notice',
    async enter(setup) {
      const n = setup.locale === 'ar' ? noticeAr : noticeEn;
      configure({ legalNotices: true });
      await openFor('content', setup);
      await chooseCategory('illegal');
      await chooseGround('child-sexual-abuse');
      await submit();
      await showing(n.errors.goodFaithRequired, 'the good-faith error');
      return showing(n.anonymousHint, 'the anonymous hint');
    },
  },
  {
    name: 'urgent',
    async enter(setup) {
      await openFor('content', setup);
      await chooseCategory('hate');
      checkboxLabelled(setup.strings.urgentLabel).click();
      await settle();
      return showing(setup.strings.urgentHelpLink, 'the urgent help');
    },
  },
];
