// Tests an engine cannot run, by file and title (a full test title, the name
// of a describe block, or no title for the whole file), each with the reason.
// They are skipped in that engine only, and each skip is printed with its
// reason at the end of the run (scripts/wtr-engines.mjs). Keep this list for
// what the engine or its driver truly cannot do; a product difference is
// fixed in src/ or written down in the README's browser-support table.

const THROTTLE = 'upload throttling is a Chromium DevTools (CDP) command; WebDriver has none';
const CUT = "cut-network uses Playwright's request routing; this engine's driver has none";
const CLIPBOARD = 'granting clipboard access is a Playwright/Chromium command; WebDriver has none';
const MEDIA = 'emulating prefers-color-scheme, prefers-reduced-motion or forced-colors is a Chromium DevTools command';

const TAB_CAPTURE =
  "taking this tab without a picker needs Chromium's --auto-accept-this-tab-capture switch; this engine has no such switch, and its picker cannot be answered headless";
const TOUCH = 'touch emulation (a coarse primary pointer) is a Chromium DevTools command';

const PHONE = "a phone-sized page: MiniBrowser's toolbar keeps its window at least 447 px wide, and WebDriver sizes windows, not pages";

const WEBP = 'the test expects WebP, which WebKit cannot encode: its screenshots are PNG (README: browser support; the e2e run checks them)';
const BROKEN_PNG = {
  file: 'test/browser/evidence.test.ts',
  test: 'evidence: screenshots refuses a file whose header is fine but whose pixels do not decode',
};

const PRIVATE_IDB =
  "WebDriver runs WebKit in a private session, whose IndexedDB refuses Blobs: a report with screenshots waits in memory, not on disk (README: browser support)";

/** What WebDriver (BiDi for Firefox, classic for WebKit) cannot do, so neither engine can run. */
const DRIVER_LIMITS = [
  { file: 'test/browser/evidence.test.ts', test: 'evidence: upload progress "Stop sending" while the body is still going out puts the report back in the form with the same id; sending again delivers it', reason: THROTTLE },
  { file: 'test/browser/lifecycle.test.ts', test: 'a submitted report across the page lifecycle offline at submit: saved, then sent as soon as the browser is back online', reason: CUT },
  { file: 'test/browser/outbox-pages.test.ts', test: 'the outbox under real browser faults a mark shown while its placement code cannot load causes no unhandled rejection', reason: CUT },
  { file: 'test/browser/lazy-screenshots.test.ts', test: 'the screenshots code loads only with a screenshot offline before the screenshots code ever loaded, a chosen file is refused in words, and the form stays', reason: CUT },
  { file: 'test/browser/lazy-help.test.ts', test: 'the help popovers load their English words when first opened offline before they ever loaded, the "?" closes its popover rather than show an empty box', reason: CUT },
  { file: 'test/browser/a11y.test.ts', test: 'accessibility files a complete user report with a screenshot from the keyboard alone', reason: CLIPBOARD },
  { file: 'test/browser/a11y.test.ts', test: 'accessibility axe finds nothing, dark (system)', reason: MEDIA },
  { file: 'test/browser/a11y.test.ts', test: 'accessibility axe finds nothing, right-to-left, dark (Hebrew)', reason: MEDIA },
  { file: 'test/browser/a11y.test.ts', test: 'accessibility follows the system colours unless a theme says otherwise: button, then dialog, then page config', reason: MEDIA },
  { file: 'test/browser/a11y.test.ts', test: 'accessibility does not animate when the reporter prefers reduced motion', reason: MEDIA },
  { file: 'test/browser/a11y.test.ts', test: "accessibility keeps its borders and passes axe in forced-colors mode", reason: MEDIA },
  { file: 'test/browser/capture.test.ts', test: 'capture this page captures the tab without the dialog, then highlights and hides by keyboard what is sent', reason: TAB_CAPTURE },
  { file: 'test/browser/capture-coarse.test.ts', test: '', reason: TOUCH },
];

export const ENGINE_SKIPS = {
  chromium: [],
  firefox: [
    ...DRIVER_LIMITS,
    {
      file: 'test/browser/evidence.test.ts',
      test: 'evidence: screenshots takes an image pasted anywhere in the open dialog (a real ClipboardEvent with files) and announces it',
      reason: "Firefox's ClipboardEvent constructor drops the files of the clipboardData it is given (a script-made paste); a real paste carries them",
    },
    {
      ...BROKEN_PNG,
      reason: 'Firefox decodes a PNG whose pixel data is broken as a blank image instead of failing (README: browser support)',
    },
    // Headless Firefox has no pointing device at all, `(pointer: none)`, so
    // the button is rightly not offered there; a desktop Firefox with a mouse
    // has `(pointer: fine)`.
    ...[
      'capture this page offers capture where it can work: a secure context, a fine pointer, getDisplayMedia',
      'capture this page keeps the form as it was and says so when the browser refuses',
      'capture this page keeps the form as it was and says nothing when the person cancels',
    ].map((test) => ({ file: 'test/browser/capture.test.ts', test, reason: 'headless Firefox reports no pointer, (pointer: none), so Capture this page is not offered' })),
  ],
  webkit: [
    ...DRIVER_LIMITS,
    ...[
      ['test/browser/a11y.test.ts', 'accessibility is a bottom sheet at 360 × 640 that scrolls its body, not the page'],
      ['test/browser/a11y.test.ts', 'accessibility lifts the sheet above an on-screen keyboard and keeps the focused field in view'],
      ['test/browser/dialog.test.ts', '<report-concern-dialog> is centred on wide screens and a sheet across the bottom below 640 px'],
      ['test/browser/form-layout.test.ts', 'the form’s layout focusing the hidden file input at 360×640 scrolls the form’s body, never the dialog itself'],
      ['test/browser/form-defects.test.ts', 'what a person sees of the form holds the thank-you together at 360×640: heading, reference and last line close'],
      ...['360', '320'].flatMap((width) =>
        ['en', 'de', 'ar'].map((locale) => [
          'test/browser/form-defects.test.ts',
          `what a person sees of the form fits a ${width} px screen in ${locale}: nothing wider than the screen, long words wrap`,
        ]),
      ),
    ].map(([file, test]) => ({ file, test, reason: PHONE })),
    {
      file: 'test/browser/evidence.test.ts',
      test: 'evidence: screenshots turns a phone JPEG with GPS tags and orientation 6 upright, with no metadata left, in the worker',
      reason: WEBP,
    },
    { ...BROKEN_PNG, reason: 'WebKit decodes a PNG whose pixel data is broken as a blank image instead of failing (README: browser support)' },
    { file: 'test/browser/outbox.test.ts', test: 'outbox: a report is delivered exactly once or kept a reload: a new outbox on the same database sends what the old one left', reason: PRIVATE_IDB },
    { file: 'test/browser/soak.test.ts', test: 'soak delivers 200 reports exactly once under ≥30% seeded faults, reloads, two tabs, a hung IndexedDB and clock jumps', reason: PRIVATE_IDB },
    {
      file: 'test/browser/i18n.test.ts',
      test: 'languages counts with Intl: plural forms and the locale digits',
      reason: "WebKitGTK uses Debian 12's ICU 72, which writes Arabic numbers in Arabic-Indic digits (١٠); the test expects the Latin digits of newer CLDR in Chromium and Firefox (README: browser support)",
    },
    {
      file: 'test/browser/delivery.test.ts',
      test: 'delivery to a real endpoint sends screenshots re-encoded, in order, described in evidence',
      reason: WEBP,
    },
    {
      file: 'test/browser/a11y.test.ts',
      test: 'accessibility works at 200% zoom: everything reachable by scrolling the form, never the page',
      reason: "WebKitGTK 2.50 does not scroll a field focused by script into view inside the dialog's scrolling body (README: browser support)",
    },
  ],
};
