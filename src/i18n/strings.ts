import type { Place, StandardCategory } from '../report/categories.js';
import type { ErrorCode } from '../report/schema.js';
import type { NoticeStrings } from './notice/strings.js';

/**
 * Every text the widget shows. A locale provides all of them; a host may
 * override any (`strings` in config or on the dialog). Texts that depend on a
 * number are functions, so locales can choose their plural forms. People's
 * text passed into a sentence (a name, a file name, a link, a reference)
 * arrives wrapped in Unicode isolates, so its direction never mixes with the
 * sentence's; only accessible names (`removeScreenshot`, `redact`) get it bare.
 */
export interface Strings {
  flagLabel: string;
  reportUserLabel: string;
  dialogTitle: string;
  close: string;
  introContent: (contentType: string) => string;
  introUser: (userName: string | undefined) => string;
  excerptLabel: string;
  categoryLegend: string;
  /** `illegal` is added by the notice mode, with its other texts (`notice`). */
  categories: Record<StandardCategory, string> & { illegal?: string };
  categoryHelp: Record<StandardCategory, string> & { illegal?: string };
  aboutCategory: (label: string) => string;
  detailsLabel: string;
  detailsHint: string;
  detailsHintOther: (min: number) => string;
  counter: (count: number, max: number) => string;
  placeLegend: string;
  places: Record<Place, string>;
  placeDetailLabel: string;
  linksLabel: string;
  linksHint: (max: number) => string;
  messageTextLabel: string;
  messageTextHint: string;
  screenshotsLabel: string;
  screenshotsHint: (max: number) => string;
  screenshotsCount: (count: number, max: number) => string;
  removeScreenshot: (name: string) => string;
  screenshotRemoved: (name: string) => string;
  /** After a reload: screenshots too large to keep in the browser's storage. */
  screenshotsNotKept: (count: number) => string;
  blockLabel: string;
  blockHint: string;
  urgentLabel: string;
  urgentHelp: string;
  urgentHelpLink: string;
  scamAdvice: string;
  /** Shown when the category is `hate` (hate speech or threats). */
  threatAdvice: string;
  /** Shown on user reports when the category is `harassment`: the block is one tick away. */
  harassmentAdvice: string;
  submit: string;
  cancel: string;
  sending: string;
  thankYou: string;
  whatNext: string;
  reference: (reference: string) => string;
  blockConfirmed: (userName: string | undefined) => string;
  markDelivered: string;
  /** Next to the button when the form itself could not load (offline before it was ever fetched). */
  openFailed: string;
  /** Removes what was typed for this subject and empties the form. */
  discardDraft: string;
  draftDiscarded: string;
  /** A submitted report kept on this device until a receiver confirms it (the outbox). */
  queued: {
    title: string;
    /** Why it is not confirmed yet. */
    network: string;
    server: string;
    /** The browser cannot keep it past this page (no IndexedDB, private window, disk full). */
    memoryOnly: string;
    /** The device already holds as many reports as it keeps. */
    limit: (count: number) => string;
    auth: string;
    expired: (days: number) => string;
    tryNow: string;
    discard: string;
    discarded: string;
    mark: string;
  };
  fixErrors: (count: number) => string;
  errors: {
    categoryRequired: string;
    placeRequired: string;
    detailsTooShort: (min: number) => string;
    detailsTooLong: (max: number) => string;
    messageTextTooLong: (max: number) => string;
    placeDetailTooLong: (max: number) => string;
    linkInvalid: (link: string) => string;
    linksTooMany: (max: number) => string;
    tooManyFiles: (max: number) => string;
    notAnImage: (name: string) => string;
    fileTooLarge: (name: string, maxMb: number) => string;
    field: (code: ErrorCode) => string;
  };
  /** Screenshots: refusals beyond errors.*, the drop zone, redaction and upload progress. */
  evidence: {
    empty: (name: string) => string;
    truncated: (name: string) => string;
    tooManyPixels: (name: string, megapixels: number) => string;
    unreadable: (name: string) => string;
    dropHere: string;
    hideParts: string;
    redact: (name: string) => string;
    editorTitle: (name: string) => string;
    editorHelp: string;
    addBox: string;
    undo: string;
    apply: string;
    cancel: string;
    boxes: (count: number) => string;
    /** The button that takes one frame of the current tab. */
    capture: string;
    /** The browser (or the page's policy) refused the capture; cancelling says nothing. */
    captureDenied: string;
    /** The screenshots' code could not load (offline since the form opened): the chosen files were not taken. */
    notAdded: string;
    /** The editor's two tools, and the keyboard's button for the second. */
    hideTool: string;
    highlightTool: string;
    /** After editorHelp: what the second tool does with the same steps. */
    highlightHelp: string;
    addHighlight: string;
    highlights: (count: number) => string;
    redacted: (name: string) => string;
    uploading: (percent: number) => string;
    progressLabel: string;
    stop: string;
    stopped: string;
  };
  delivery: {
    config: string;
    validation: string;
    auth: string;
    tooLarge: string;
    notSent: string;
  };
  /**
   * The notice mode's texts (`legalNotices`, docs/PROTOCOL.md §8). No locale
   * holds them here: they load with the notice mode, in src/i18n/notice/,
   * so a page without notices never downloads them. A host may still
   * override any of them here.
   */
  notice?: NoticeStrings;
  /**
   * What became of an earlier report, and contesting its decision
   * (docs/PROTOCOL.md §9). No locale holds them here: the status view loads
   * them (src/outcomes/en.ts, src/outcomes/locales/), so a form on a page
   * that does not follow reports never carries them. A host may still
   * override any of them here.
   */
  outcome?: OutcomeStrings;
}

/** The status of an earlier report, its statement of reasons, and the appeal form. */
export interface OutcomeStrings {
  title: string;
  /** `date` is formatted for the locale; `reference` arrives isolated. */
  reported: (date: string, reference: string) => string;
  status: Record<'received' | 'in-review' | 'decided', string>;
  decisionTitle: string;
  actions: Record<'removed' | 'restricted' | 'account-suspended' | 'warning' | 'no-action', string>;
  /** The law or rule the decision rests on (`rule` arrives isolated). */
  groundLaw: (rule: string) => string;
  groundTerms: (rule: string) => string;
  automated: string;
  byPerson: string;
  appealUntil: (date: string) => string;
  contest: string;
  appealLabel: string;
  appealHint: string;
  appealSubmit: string;
  appealPending: (reference: string) => string;
  appealUpheld: string;
  appealRejected: string;
  appealRequired: string;
  appealTooLong: (max: number) => string;
  /** Refusals of the receiver, by its `reason`. */
  refused: Record<'too-late' | 'already-appealed' | 'not-decided' | 'auth' | 'other', string>;
  newReport: string;
}

/** Screenshot words English ships with the screenshots' chunk (en-screenshots.ts), not with the form. */
export type ScreenshotErrorWord = 'tooManyFiles' | 'notAnImage' | 'fileTooLarge';
/** A refused field's words by error code, which English ships with the full rules and the notice mode (en-fields.ts). */
export type FieldErrorWord = 'field';
export type ScreenshotEvidenceWord =
  | 'empty'
  | 'truncated'
  | 'tooManyPixels'
  | 'unreadable'
  | 'redacted'
  | 'redact'
  | 'hideParts'
  | 'uploading'
  | 'progressLabel'
  | 'stop'
  | 'stopped';
/** The list of screenshots' own words, which English ships with the screenshots' chunk too. */
export type ScreenshotWord = 'screenshotsCount' | 'removeScreenshot' | 'screenshotRemoved' | 'screenshotsNotKept';
/** The categories' help, which English ships in en-help.ts, loaded when a help popover opens. */
export type HelpWord = 'categoryHelp';
/**
 * The answers only a report about a member has, refused by the form's own
 * checks: English ships them in en-member.ts. (`placeRequired` stays with
 * the form: the full rules word a place a listener set on any report.)
 */
export type MemberErrorWord = 'placeDetailTooLong' | 'messageTextTooLong' | 'linkInvalid' | 'linksTooMany';
/** Why a saved report waits, and a refusal, in words only a report not simply delivered shows: English ships them in en-undelivered.ts. */
export type UndeliveredQueuedWord = 'auth' | 'expired';
export type UndeliveredDeliveryWord = 'auth' | 'config' | 'validation';
/** Words only a report about a member shows, which English ships in en-member.ts. */
export type MemberWord =
  | 'introUser'
  | 'placeLegend'
  | 'places'
  | 'placeDetailLabel'
  | 'linksLabel'
  | 'linksHint'
  | 'messageTextLabel'
  | 'messageTextHint'
  | 'blockLabel'
  | 'blockHint'
  | 'harassmentAdvice'
  | 'blockConfirmed';
/** The buttons' words: the page load carries them in English (trigger-button.ts and the buttons), button-locales.ts in the others. */
export type ButtonWord = 'flagLabel' | 'reportUserLabel' | 'openFailed';
/** The redaction editor's words, which English ships with the editor (en-editor.ts). */
export type EditorWord =
  | 'editorTitle'
  | 'editorHelp'
  | 'addBox'
  | 'undo'
  | 'apply'
  | 'cancel'
  | 'boxes'
  | 'hideTool'
  | 'highlightTool'
  | 'highlightHelp'
  | 'addHighlight'
  | 'highlights';

/**
 * English as the form's chunk carries it: every text but the buttons' and
 * those a lazily loaded part alone shows, which load with that part. Each such part lays
 * the strings it is given over its English (a translation, a host's
 * override still wins), so every part always has all of its words.
 */
export type FormEnglish = Omit<Strings, 'errors' | 'evidence' | 'queued' | 'delivery' | ButtonWord | MemberWord | ScreenshotWord | HelpWord> & {
  errors: Omit<Strings['errors'], ScreenshotErrorWord | FieldErrorWord | MemberErrorWord>;
  queued: Omit<Strings['queued'], UndeliveredQueuedWord>;
  delivery: Omit<Strings['delivery'], UndeliveredDeliveryWord>;
  evidence: Omit<Strings['evidence'], ScreenshotEvidenceWord | EditorWord>;
};

/**
 * What a host may override: any text, at any depth, with everything optional
 * (`{ categories: { other: 'Anything else' } }`). Texts that are functions
 * are replaced whole.
 */
export type StringOverrides = Overrides<Strings>;

type Overrides<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: Overrides<T[K]> }
    : T;
