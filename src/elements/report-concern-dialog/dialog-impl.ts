/**
 * The report form behind `<report-concern-dialog>`, loaded on first use so a
 * page with buttons pays nothing for it until someone reports.
 *
 * It renders state and wires events; the rules live in `report/`, the
 * request in `delivery/`, the images in `evidence/`.
 */
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { live } from 'lit/directives/live.js';
import type { DialogImplementation, OpenResult, ReportConcernDialog } from './report-concern-dialog.js';
import { dialogStyles } from './dialog.styles.js';
import { CATEGORIES, PLACES, parseCategories, isCategory, type Category, type Place } from '../../report/categories.js';
import { LIMITS } from '../../report/limits.js';
import type { ErrorCode, Report, Subject } from '../../report/schema.js';
import { buildReport, fitSubject, parseLinks } from '../../report/build-report.js';
import { codePointLength, isHttpUrl } from '../../report/text.js';
import { pageConfig, type PartialConfig } from '../../config.js';
import { checkEndpoint } from '../../delivery/endpoint.js';
import { firstSet } from '../../internal/first-set.js';
import { DEFAULT_TIMEOUT_MS, attempt as sendAttempt, type AttemptFile, type AttemptResult } from '../../delivery/transport.js';
import { type Kept, type OutboxEntry, type Sender } from '../../outbox/outbox.js';
import { inForeground, outbox } from '../../outbox/page.js';

export { resumeOutbox } from '../../outbox/page.js';
import type { PreparedScreenshot, PrepareResult } from '../../evidence/screenshots.js';
import { emit } from '../../internal/emit.js';
import {
  clearDraft,
  readDraft,
  readDraftShots,
  subjectKey,
  writeDraft,
  writeDraftShots,
  type DraftText,
} from '../../internal/drafts.js';
import { loadPlacement } from '../../internal/load-dialog.js';
import type { ReportErrorCode } from '../../events.js';
import { resolveStrings, isRtl } from '../../i18n/resolve.js';
import { localeFor } from '../../i18n/locale.js';
import { liftAboveKeyboard } from './keyboard-inset.js';
import type { Strings } from '../../i18n/strings.js';
import type { MarkKind } from '../../internal/trigger-button.js';
import { frictionContext, holdUntilMinimum, honeypotField } from './friction.js';
import { serialise } from '../../report/serialise.js';
import { HOST_WAIT_LIMIT_MS, withTimeLimit } from '../../internal/time-limit.js';
import { savedMessage, savedNotice } from '../../outbox/saved-notice.js';

type Phase = 'form' | 'sending' | 'thanks' | 'saved';
type Field = 'category' | 'details' | 'place' | 'placeDetail' | 'links' | 'messageText' | 'screenshots';

interface Shot {
  key: number;
  prepared: PreparedScreenshot;
  url: string;
}

interface FormState {
  category?: Category;
  details: string;
  place?: Place;
  placeDetail: string;
  links: string;
  messageText: string;
  block: boolean;
  urgent: boolean;
  shots: Shot[];
}

/** A built report kept so that trying again sends the same id and bytes. */
interface Pending {
  inputKey: string;
  report: Report;
  reportJson: string;
  files: AttemptFile[];
}

/** A submitted report waiting in the outbox, as the dialog shows it. */
interface Saved {
  id: string;
  report: Report;
  /** Why it is not delivered yet. */
  reason: 'network' | 'server' | 'auth' | 'expired';
  kept: Kept;
}

interface Markable extends HTMLElement {
  showMark?(kind: MarkKind, text: string, lang?: string): void;
}

/** Custom properties the dialog reads; taken from the button that opened it (CONTRACT §2). */
const THEME_PROPERTIES = [
  'accent', 'accent-text', 'surface', 'text', 'muted', 'border', 'danger', 'soft-surface', 'radius', 'font', 'spacing', 'width', 'focus',
].map((name) => `--report-concern-${name}`);

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

let shotKeys = 0;

const extensionOf = (type: string) => (type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length));
/** Image checks and processing load with the first file, never with the form. */
const loadEvidence = () => import('../../evidence/screenshots.js');

function emptyState(): FormState {
  return { details: '', placeDetail: '', links: '', messageText: '', block: false, urgent: false, shots: [] };
}

export class DialogImpl implements DialogImplementation {
  readonly styles = dialogStyles;

  private subject?: Subject;
  private trigger?: HTMLElement;
  private state: FormState = emptyState();
  private phase: Phase = 'form';
  private errors: Partial<Record<Field, string>> = {};
  /** A message about the whole report (not one field), shown above the buttons. */
  private problem?: string;
  /** Polite announcements: sending, files added or removed. */
  private announcement = '';
  private delivered?: { reportId: string; reference?: string; blocked: boolean };
  private pending?: Pending;
  private saved?: Saved;
  /** The reporter pressed "Try again now"; that attempt reports its own result. */
  private retrying = false;
  private settle?: (result: OpenResult) => void;
  private closedWhileSending = false;
  /** The report being sent has reached the outbox (or is being written to it): closing now means queued. */
  private storing = false;
  /** Counts open() calls: a send that outlives its opening must not act on the next one. */
  private session = 0;
  /** Reports whose block the host has been asked for: once per report, however often it is sent. */
  private readonly blockAsked = new Set<string>();

  private strings!: Strings;
  private locale = 'en';
  private dir: 'ltr' | 'rtl' = 'ltr';
  private categories: Category[] = [...CATEGORIES];
  private config: PartialConfig = {};

  /** In-memory drafts, screenshots included, per subject. */
  private readonly drafts = new Map<string, FormState>();
  private fileQueue: Promise<void> = Promise.resolve();
  private fileMessages: string[] = [];
  private stopPlacingHelp?: () => void;
  private stopLifting?: () => void;
  private dragDepth = 0;
  /** Bot friction (friction.ts): when the form opened, and what the honeypot holds. */
  private openedAt = 0;
  private honeypot = '';

  /**
   * @param host the `<report-concern-dialog>` this form renders into
   * @param closed called when the dialog has closed, before `report-close` fires
   */
  constructor(
    private readonly host: ReportConcernDialog,
    private readonly closed: () => void = () => undefined,
  ) {
    // A saved report delivered in the background while the dialog shows it: say so here too.
    // (The page's outbox glue fires report-success and marks the button.)
    outbox().on((event) => {
      // Closed: the next open() reads the outbox and shows whatever came of it.
      if (this.saved?.id !== event.entry.id || this.phase !== 'saved' || this.retrying || !this.dialog?.open) return;
      if (event.type === 'discarded') return void this.discardSaved();
      if (event.type === 'attention') {
        // Refused while the reporter looks at "saved": show why, at once.
        void this.applyWaiting(event.entry).then(() => this.update());
        return;
      }
      if (event.type !== 'delivered') return;
      const report = this.saved.report;
      this.saved = undefined;
      this.phase = 'thanks';
      this.delivered = { reportId: report.id, reference: event.result.reference, blocked: isBlockReport(report) };
      this.announcement = this.strings.thankYou;
      this.update();
    });
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }

  private get key(): string {
    return this.subject ? subjectKey(this.subject) : '';
  }

  private update(): void {
    this.host.requestUpdate();
  }

  async open(subject: Subject, trigger: HTMLElement | undefined): Promise<OpenResult> {
    this.session++;
    // An upload from before keeps going in the background; its bar and Stop belong to that form.
    this.upload = undefined;
    this.storing = false;
    this.subject = fitSubject(subject);
    this.trigger = trigger;
    await this.resolveSettings();
    this.state = this.drafts.get(this.key) ?? this.fromStoredDraft();
    if (this.state.category && !this.categories.includes(this.state.category)) this.state.category = undefined;
    this.phase = 'form';
    this.errors = {};
    this.problem = undefined;
    this.announcement = '';
    this.delivered = undefined;
    this.closedWhileSending = false;
    this.openedAt = performance.now();
    this.honeypot = '';
    this.fileMessages = this.shotsNotKept ? [this.strings.screenshotsNotKept(this.shotsNotKept)] : [];
    this.shotsNotKept = 0;
    this.saved = undefined;
    this.refused = false;
    const refusal = this.refusals.get(this.key);
    if (refusal) {
      this.refusals.delete(this.key);
      this.errors = { ...refusal.errors };
      this.problem = refusal.problem;
      this.refused = true;
    }
    await this.showWaiting();

    this.update();
    await this.host.updateComplete;
    const dialog = this.dialog!;
    this.applyTheme(dialog);
    const result = new Promise<OpenResult>((resolve) => (this.settle = resolve));
    dialog.showModal();
    this.stopLifting = liftAboveKeyboard(dialog);
    this.focusStart();
    emit([this.trigger, this.host], 'report-open', { subject });
    return result;
  }

  close(): void {
    this.dialog?.close();
  }

  /**
   * The dialog sits at the end of <body>, away from the button: it takes the
   * button's theme (`theme` attribute, `--report-concern-*` properties as
   * computed where the button is), so a sidebar's theme reaches its dialog.
   */
  private applyTheme(dialog: HTMLDialogElement): void {
    const trigger = this.trigger;
    const computed = trigger?.isConnected ? getComputedStyle(trigger) : undefined;
    for (const name of THEME_PROPERTIES) {
      const value = computed?.getPropertyValue(name).trim();
      if (value) dialog.style.setProperty(name, value);
      else dialog.style.removeProperty(name);
    }
    const theme = firstSet<string>(trigger?.getAttribute('theme'), this.host.getAttribute('theme'), this.config.theme);
    if (theme === 'light' || theme === 'dark') dialog.dataset.theme = theme;
    else delete dialog.dataset.theme;
  }

  /** A report about this subject still in the outbox: show it rather than a blank form. */
  private async showWaiting(): Promise<void> {
    let entries: OutboxEntry[] = [];
    try {
      entries = await outbox().forSubject(this.key);
    } catch {
      return;
    }
    const entry = entries[entries.length - 1];
    if (entry) await this.applyWaiting(entry);
  }

  /** Shows a waiting report: as saved, or back in the form when the receiver refused it. */
  private async applyWaiting(entry: OutboxEntry): Promise<void> {
    const report = JSON.parse(entry.reportJson) as Report;
    const code = entry.lastError?.code;
    if (entry.state === 'attention' && (code === 'validation' || code === 'too-large')) {
      // Refused by the receiver while nobody was looking: back into the form, with its messages.
      this.restoreFrom(report, entry);
      await outbox().discard(entry.id);
      const s = this.strings;
      const { errors, elsewhere } = byField(entry.lastError?.errors);
      this.errors = errors;
      this.problem =
        code === 'too-large' ? s.delivery.tooLarge : withDetails(entry.lastError?.message ?? s.delivery.validation, elsewhere);
      this.refused = true;
      this.saved = undefined;
      this.phase = 'form';
      return;
    }
    const reason = entry.state === 'attention' ? (code === 'auth' ? 'auth' : 'expired') : code === 'network' ? 'network' : 'server';
    const kept: Kept = this.saved?.id === entry.id ? this.saved.kept : { where: 'disk' };
    this.saved = { id: entry.id, report, reason, kept };
    this.phase = 'saved';
  }

  private restoreFrom(report: Report, entry: OutboxEntry): void {
    const state = emptyState();
    state.category = report.category;
    state.details = report.details ?? '';
    if (report.incident) {
      state.place = report.incident.place;
      state.placeDetail = report.incident.placeDetail ?? '';
      state.messageText = report.incident.messageText ?? '';
    }
    state.links = report.evidence.links.join('\n');
    state.block = report.block;
    state.urgent = report.urgent;
    state.shots = entry.files.map((file, i) => {
      const meta = report.evidence.screenshots[i];
      return {
        key: ++shotKeys,
        url: URL.createObjectURL(file.blob),
        prepared: {
          sourceName: file.name,
          blob: file.blob,
          type: file.blob.type as PreparedScreenshot['type'],
          width: meta?.width ?? 1,
          height: meta?.height ?? 1,
        },
      };
    });
    this.state = state;
    this.saveDraft();
    this.saveShots();
  }

  private async resolveSettings(): Promise<void> {
    this.config = pageConfig();
    const locale = localeFor(this.trigger, this.host.locale, this.config.locale);
    const resolved = await resolveStrings(locale, [this.config.strings, this.host.strings]);
    this.strings = resolved.strings;
    this.locale = resolved.locale;
    // The dialog speaks the resolved language, so its direction is that language's.
    this.dir = isRtl(this.locale) ? 'rtl' : 'ltr';
    this.categories = parseCategories(firstSet<string | string[]>(this.host.categories, this.config.categories));
  }

  /**
   * The receiver's messages about a refused report, per subject, kept when
   * the dialog closes so they are still there when it opens again.
   */
  private readonly refusals = new Map<string, { errors: Partial<Record<Field, string>>; problem?: string }>();
  private refused = false;

  /** Screenshots a restored draft could not keep; said once the form shows. */
  private shotsNotKept = 0;

  private fromStoredDraft(): FormState {
    const state = emptyState();
    const { shots, missing } = readDraftShots(this.key, this.config.persist);
    this.shotsNotKept = missing;
    state.shots = shots.map((shot) => ({
      key: ++shotKeys,
      url: URL.createObjectURL(shot.blob),
      prepared: {
        sourceName: shot.name,
        blob: shot.blob,
        type: shot.type as PreparedScreenshot['type'],
        width: shot.width,
        height: shot.height,
      },
    }));
    const d = readDraft(this.key, this.config.persist);
    if (!d) return state;
    if (isCategory(d.category)) state.category = d.category;
    if ((PLACES as readonly string[]).includes(d.place ?? '')) state.place = d.place as Place;
    for (const k of ['details', 'placeDetail', 'links', 'messageText'] as const) {
      if (typeof d[k] === 'string') state[k] = d[k];
    }
    state.block = d.block === true;
    state.urgent = d.urgent === true;
    return state;
  }

  private saveDraft(): void {
    if (!this.subject) return;
    this.drafts.set(this.key, this.state);
    const { category, details, place, placeDetail, links, messageText, block, urgent } = this.state;
    const text: DraftText = { category, details, place, placeDetail, links, messageText, block, urgent };
    writeDraft(this.key, text, this.config.persist);
  }

  /** Keeps the draft's screenshots across a reload, in the drafts' storage. */
  private saveShots(): void {
    const shots = this.state.shots.map((shot) => ({
      name: shot.prepared.sourceName,
      type: shot.prepared.type,
      width: shot.prepared.width,
      height: shot.prepared.height,
      blob: shot.prepared.blob,
    }));
    const generation = ++this.shotsGeneration;
    void writeDraftShots(this.key, shots, this.config.persist, () => generation === this.shotsGeneration);
  }

  /** Bumped on every save and on forgetting, so a slow earlier save never writes over a newer state. */
  private shotsGeneration = 0;

  private forgetDraft(): void {
    this.shotsGeneration++;
    this.refusals.delete(this.key);
    this.refused = false;
    for (const shot of this.state.shots) URL.revokeObjectURL(shot.url);
    this.drafts.delete(this.key);
    clearDraft(this.key);
    this.state = emptyState();
  }

  /** The dialog's `close` event: every way of closing ends here, once. */
  private onClose = () => {
    this.stopPlacingHelp?.();
    this.stopLifting?.();
    this.stopLifting = undefined;
    const delivered = this.phase === 'thanks';
    // Sending, but not yet in the outbox (screenshots still being prepared,
    // a host's waitUntil pending): closing stops the send, and the draft
    // keeps everything for next time. Once stored, it goes out regardless.
    const sending = this.phase === 'sending' && this.storing;
    const saved = this.phase === 'saved';
    if (this.phase === 'sending') this.closedWhileSending = true;
    if (!delivered && !saved) this.saveDraft();
    if (this.refused && this.phase === 'form') this.refusals.set(this.key, { errors: { ...this.errors }, problem: this.problem });
    // Closing while sending does not stop the send: the report is in the outbox.
    const outcome = delivered ? 'delivered' : sending || saved ? 'queued' : 'cancelled';
    const trigger = this.trigger;
    if (trigger?.isConnected) trigger.focus();
    else (this.root.activeElement as HTMLElement | null)?.blur?.();
    const settle = this.settle;
    this.settle = undefined;
    const result: OpenResult = {
      outcome,
      reportId: this.delivered?.reportId ?? this.saved?.id ?? this.pending?.report.id,
      reference: this.delivered?.reference,
    };
    // Closed for good before anyone hears of it: a `report-close` listener may open the next report.
    this.closed();
    emit([trigger, this.host], 'report-close', { outcome });
    settle?.(result);
  };

  private focusStart(): void {
    const checked = this.root.querySelector<HTMLInputElement>('input[name="category"]:checked');
    const target = checked ?? this.root.querySelector<HTMLElement>('input[name="category"]');
    target?.focus();
  }

  /** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const items = [...this.root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !isTabbableRadio(el)),
    );
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    const active = this.root.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // ---- Input ------------------------------------------------------------

  private set<K extends keyof FormState>(key: K, value: FormState[K]): void {
    this.state[key] = value;
    if (key in this.errors) delete this.errors[key as Field];
    this.saveDraft();
    this.update();
  }

  private onCategory(value: Category): void {
    this.set('category', value);
    if (this.errors.details && value !== 'other') delete this.errors.details;
  }

  // Arrow functions: lit calls listeners with `this` set to the host element.
  private onFilesChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    void this.addFiles(files);
  };

  private onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.phase !== 'form') return;
    event.preventDefault();
    this.addFiles(files);
  };

  private onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files') || this.phase !== 'form') return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  private onDragEnter = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    this.dragDepth++;
    this.update();
  };

  private onDragLeave = () => {
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    this.update();
  };

  private onDrop = (event: DragEvent) => {
    this.dragDepth = 0;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (!files.length || this.phase !== 'form') return;
    event.preventDefault();
    this.addFiles(files);
  };

  /** Adds files in order, one at a time, so the count can never pass the limit. */
  private addFiles(files: File[]): Promise<void> {
    const s = this.strings;
    this.fileMessages = [];
    delete this.errors.screenshots;
    this.fileQueue = this.fileQueue.then(async () => {
      let refused = false;
      for (const file of files) {
        if (this.state.shots.length >= LIMITS.screenshotsMax) {
          refused = true;
          continue;
        }
        const evidence = await loadEvidence();
        const result = await evidence.prepareScreenshot(file);
        if (result.ok) {
          const url = URL.createObjectURL(result.shot.blob);
          this.state.shots = [...this.state.shots, { key: ++shotKeys, prepared: result.shot, url }];
        } else {
          this.fileMessages.push(refusalMessage(s, file.name || 'image', result.reason, evidence.PIXELS_MAX));
        }
        this.update();
      }
      if (refused) this.fileMessages.push(s.errors.tooManyFiles(LIMITS.screenshotsMax));
      this.announcement = s.screenshotsCount(this.state.shots.length, LIMITS.screenshotsMax);
      this.drafts.set(this.key, this.state);
      this.saveShots();
      this.update();
    });
    return this.fileQueue;
  }

  /** Opens the redaction editor on a screenshot and replaces it with the blacked-out result. */
  private async redact(shot: Shot): Promise<void> {
    // One editor at a time, even when the button is pressed twice before it loads.
    if (this.redacting) return;
    this.redacting = true;
    try {
      await this.redactOnce(shot);
    } catch {
      // The editor could not load or the image could not be redone: the
      // screenshot stays as it was, and the reporter is told.
      this.fileMessages = [this.strings.evidence.unreadable(shot.prepared.sourceName)];
      this.update();
    } finally {
      this.redacting = false;
    }
  }

  private redacting = false;

  private async redactOnce(shot: Shot): Promise<void> {
    const [{ openEditor }, evidence] = await Promise.all([import('../../evidence/screenshot-editor.js'), loadEvidence()]);
    const p = shot.prepared;
    const boxes = await openEditor({
      container: this.dialog!,
      image: p.blob,
      width: p.width,
      height: p.height,
      name: p.sourceName,
      strings: this.strings.evidence,
    });
    const index = this.state.shots.indexOf(shot);
    if (boxes && index >= 0) {
      const prepared = await evidence.redactScreenshot(p, boxes);
      if (prepared.blob.size > LIMITS.screenshotBytesMax) {
        // Re-encoded larger than a screenshot may be (a JPEG fallback): keep the one before.
        this.fileMessages = [this.strings.errors.fileTooLarge(p.sourceName, LIMITS.screenshotBytesMax / (1024 * 1024))];
        this.update();
        return;
      }
      URL.revokeObjectURL(shot.url);
      // A new key: the report built before this is not the one to send any more.
      const next = { key: ++shotKeys, prepared, url: URL.createObjectURL(prepared.blob) };
      this.state.shots = this.state.shots.map((s) => (s === shot ? next : s));
      this.announcement = this.strings.evidence.redacted(p.sourceName);
      this.drafts.set(this.key, this.state);
      this.saveShots();
      this.update();
    }
    await this.host.updateComplete;
    this.root.querySelectorAll<HTMLElement>('.files .redact')[index]?.focus();
  }

  private removeShot(shot: Shot, index: number): void {
    URL.revokeObjectURL(shot.url);
    this.state.shots = this.state.shots.filter((s) => s !== shot);
    this.announcement = this.strings.screenshotRemoved(shot.prepared.sourceName);
    this.fileMessages = [];
    this.drafts.set(this.key, this.state);
    this.saveShots();
    this.update();
    void this.host.updateComplete.then(() => {
      const buttons = this.root.querySelectorAll<HTMLElement>('.files .icon-button');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.root.querySelector<HTMLElement>('#files'))?.focus();
    });
  }

  // ---- Checking -----------------------------------------------------------

  private validateForm(): Partial<Record<Field, string>> {
    const s = this.strings;
    const st = this.state;
    const errors: Partial<Record<Field, string>> = {};
    if (!st.category) errors.category = s.errors.categoryRequired;
    const detailsLength = codePointLength(st.details);
    if (detailsLength > LIMITS.detailsMax) errors.details = s.errors.detailsTooLong(LIMITS.detailsMax);
    else if (st.category === 'other' && detailsLength < LIMITS.detailsMinOther) {
      errors.details = s.errors.detailsTooShort(LIMITS.detailsMinOther);
    }
    if (this.subject?.kind === 'user') {
      if (!st.place) errors.place = s.errors.placeRequired;
      if (placeNeedsDetail(st.place) && codePointLength(st.placeDetail) > LIMITS.placeDetailMax) {
        errors.placeDetail = s.errors.placeDetailTooLong(LIMITS.placeDetailMax);
      }
      if (codePointLength(st.messageText) > LIMITS.messageTextMax) {
        errors.messageText = s.errors.messageTextTooLong(LIMITS.messageTextMax);
      }
      const links = parseLinks(st.links);
      const bad = links.find((l) => !isHttpUrl(l) || l.length > LIMITS.urlMax);
      if (bad) errors.links = s.errors.linkInvalid(bad);
      else if (links.length > LIMITS.linksMax) errors.links = s.errors.linksTooMany(LIMITS.linksMax);
    }
    // Each image fits its own limit once prepared; together they may not (5 × 5 MB > 20 MB).
    const total = st.shots.reduce((sum, shot) => sum + shot.prepared.blob.size, 0);
    if (total > LIMITS.totalBytesMax) errors.screenshots = s.delivery.tooLarge;
    return errors;
  }

  /** Words for a failing field of a built report, in the reporter's language. */
  private messageFor(field: Field, code: ErrorCode): string {
    const e = this.strings.errors;
    if (field === 'details' && code === 'too-long') return e.detailsTooLong(LIMITS.detailsMax);
    if (field === 'details' && code === 'too-short') return e.detailsTooShort(LIMITS.detailsMinOther);
    if (field === 'category') return e.categoryRequired;
    if (field === 'place') return e.placeRequired;
    return e.field(code);
  }

  private showErrors(errors: Partial<Record<Field, string>>, problem?: string): void {
    this.errors = errors;
    const count = Object.keys(errors).length;
    this.problem = problem ?? (count ? this.strings.fixErrors(count) : undefined);
    this.update();
    void this.host.updateComplete.then(() => {
      const first = this.root.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (first) first.focus();
      else this.root.querySelector<HTMLElement>('.status')?.focus();
    });
  }

  // ---- Sending ----------------------------------------------------------

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    // One report at a time: a second click while sending does nothing.
    if (this.phase !== 'form') return;
    const session = this.session;
    this.phase = 'sending';
    this.problem = undefined;
    this.update();
    try {
      await this.fileQueue;
      const errors = this.validateForm();
      if (Object.keys(errors).length) {
        this.phase = 'form';
        this.showErrors(errors);
        return;
      }
      await this.send();
    } catch (error) {
      // Nothing expected throws here; if something does (a browser without
      // an API, a host listener gone wrong), the reporter must hear of it
      // and keep what they wrote, never watch a button that does nothing.
      if (session === this.session) {
        this.phase = 'form';
        this.problem = this.strings.delivery.notSent;
        const report = this.pending?.report;
        if (report) emit([this.trigger, this.host], 'report-error', { report, code: 'network', message: this.problem, queued: false });
      }
      queueMicrotask(() => {
        throw error;
      });
    } finally {
      // A send that outlived its opening leaves the form now open alone.
      if (session === this.session) {
        this.storing = false;
        if (this.phase === 'sending') this.phase = 'form';
        this.update();
      }
    }
  };

  private hasDraft(): boolean {
    const st = this.state;
    return Boolean(
      st.category || st.details || st.place || st.placeDetail || st.links || st.messageText || st.block || st.urgent || st.shots.length,
    );
  }

  private snapshotKey(): string {
    const { shots, ...rest } = this.state;
    return serialise([rest, shots.map((s) => s.key), this.subject, this.locale]);
  }

  private buildPending(): Pending {
    const st = this.state;
    const files = st.shots.map((shot, i) => ({
      blob: shot.prepared.blob,
      name: `screenshot-${i + 1}.${extensionOf(shot.prepared.type)}`,
    }));
    const report = buildReport(
      {
        category: st.category!,
        details: st.details,
        subject: this.subject!,
        place: st.place,
        // Typed for a place the reporter then changed: not part of what they send.
        placeDetail: placeNeedsDetail(st.place) ? st.placeDetail : undefined,
        messageText: st.messageText,
        links: this.subject!.kind === 'user' ? parseLinks(st.links) : [],
        screenshots: st.shots.map((shot, i) => ({
          name: files[i].name,
          type: shot.prepared.type,
          size: shot.prepared.blob.size,
          width: shot.prepared.width,
          height: shot.prepared.height,
        })),
        block: st.block,
        urgent: st.urgent,
        locale: this.locale,
      },
      { pageUrl: location.href, userAgent: navigator.userAgent },
    );
    Object.assign(report.context, frictionContext(this.config, this.openedAt, this.honeypot));
    return { inputKey: this.snapshotKey(), report, reportJson: '', files };
  }

  private async send(): Promise<void> {
    const s = this.strings;
    const targets = [this.trigger, this.host];
    let pending = this.pending?.inputKey === this.snapshotKey() ? this.pending : undefined;

    const session = this.session;
    // Closed (or closed and opened again) before the report was stored:
    // the reporter cancelled; the draft has everything, nothing is sent.
    const cancelled = () => this.closedWhileSending || session !== this.session;
    if (cancelled()) return;

    if (!pending) {
      const fresh = this.buildPending();
      const waits: Promise<unknown>[] = [];
      let listening = true;
      const waitUntil = (p: Promise<unknown>) => {
        // Like ExtendableEvent: only while the event is being dispatched, or the promise would be ignored unseen.
        if (!listening) throw new DOMException('waitUntil() must be called while report-submit is dispatched', 'InvalidStateError');
        waits.push(withTimeLimit(Promise.resolve(p), HOST_WAIT_LIMIT_MS, 'waitUntil'));
      };
      const built = serialise(fresh.report);
      const proceed = emit(targets, 'report-submit', { report: fresh.report, waitUntil }, { cancelable: true });
      listening = false;
      let allowed = proceed;
      if (allowed) allowed = await Promise.all(waits).then(() => true, () => false);
      if (cancelled()) return;
      if (!allowed) {
        this.problem = s.delivery.notSent;
        return;
      }
      // Listeners may have changed the report: if so, check it against the
      // full v1 rules before anything leaves. (What the form built from
      // checked fields needs no second pass, so zod loads only here.)
      const changed = serialise(fresh.report) !== built;
      // If the rules cannot load (offline, a deploy replaced the chunk), the
      // report is kept and sent, and the receiver checks it: never lost here.
      const rules = changed ? await import('../../report/schema.js').catch(() => undefined) : undefined;
      if (cancelled()) return;
      const checked = rules?.checkReport(fresh.report);
      if (checked && !checked.ok) {
        const errors: Partial<Record<Field, string>> = {};
        const elsewhere: string[] = [];
        for (const [path, code] of Object.entries(checked.errors)) {
          const field = fieldOf(path);
          if (field) errors[field] ??= this.messageFor(field, code);
          else elsewhere.push(`${path}: ${s.errors.field(code)}`);
        }
        this.phase = 'form';
        this.showErrors(errors, withDetails(s.delivery.validation, elsewhere));
        await this.fail(fresh.report, 'validation', s.delivery.validation, false);
        return;
      }
      fresh.reportJson = serialise(fresh.report);
      pending = fresh;
      this.pending = pending;
    }

    const t = this.trigger as (HTMLElement & { endpoint?: string }) | undefined;
    const elementEndpoint = firstSet<string>(t?.endpoint, this.host.endpoint);
    const target = elementEndpoint
      ? checkEndpoint(elementEndpoint, 'element', this.config)
      : checkEndpoint(this.config.endpoint, 'page', this.config);
    if (!target.ok) {
      this.problem = s.delivery.config;
      await this.fail(pending.report, 'config', s.delivery.config, false);
      return;
    }

    await holdUntilMinimum(this.config, this.openedAt);
    if (cancelled()) return;
    this.announcement = s.sending;
    this.update();
    // Into the outbox before the first request: from here on nothing the
    // reporter wrote can be lost to a failure, a closed dialog or a reload.
    const box = outbox();
    const id = pending.report.id;
    const trigger = this.trigger;
    const key = this.key;
    this.storing = true;
    const kept = await box.add({
      id,
      endpoint: target.url.href,
      credentials: this.config.credentials ?? 'same-origin',
      timeoutMs: this.config.timeout ?? DEFAULT_TIMEOUT_MS,
      reportJson: pending.reportJson,
      files: pending.files.map((f) => ({ name: f.name, type: f.blob.type, blob: f.blob })),
      subjectKey: key,
    });
    // Delivered or queued, the reporter's wish to block stands from now:
    // a frightened member is not left waiting on a slow connection.
    this.requestBlock(pending.report);
    // Progress by XHR when it can be had; if its code cannot load, fetch sends it all the same.
    const via = pending.files.length ? await this.watchedUpload().catch(() => undefined) : undefined;
    let result: AttemptResult;
    try {
      result = (await inForeground(id, () => box.attempt(id, via))) ?? { kind: 'retry', code: 'network', cause: 'busy' };
    } finally {
      this.upload = undefined;
    }
    if (session !== this.session) {
      // The dialog was closed and opened again meanwhile: report on the button, leave the new form alone.
      this.settleElsewhere(pending.report, result, trigger, key);
      return;
    }
    if (result.kind === 'retry' && result.cause === 'stopped') {
      // The reporter stopped it: back to the form, same report and id, nothing left queued.
      await box.discard(id);
      this.phase = 'form';
      this.problem = s.evidence.stopped;
      this.announcement = '';
      this.update();
      void this.host.updateComplete.then(() => this.root.querySelector<HTMLElement>('.status')?.focus());
      return;
    }
    await this.handleResult(pending, result, kept);
  }

  /**
   * While a report with screenshots uploads: how far, and how to stop it.
   * `sent`: the whole body has left, so Stop is gone (the receiver may
   * already hold the report; stopping then could only make a second one).
   */
  private upload?: { percent: number; stop: AbortController; sent: boolean };

  /** An attempt by XMLHttpRequest, whose upload progress feeds the bar; by fetch where XHR may not go. */
  private async watchedUpload(): Promise<Sender> {
    const { upload, canUpload } = await import('../../delivery/screenshot-upload.js');
    const stop = new AbortController();
    const watch = { percent: 0, stop, sent: false };
    return (request) => {
      if (!canUpload(request)) return sendAttempt(request);
      if (this.upload === undefined) {
        this.upload = watch;
        this.update();
      }
      return upload({
        ...request,
        signal: stop.signal,
        onProgress: (loaded, total) => {
          if (this.upload !== watch || !total) return;
          watch.percent = Math.min(100, Math.floor((loaded / total) * 100));
          this.update();
        },
        onUploaded: () => {
          watch.sent = true;
          if (this.upload === watch) this.update();
        },
      });
    };
  }

  private stopUpload = (): void => {
    this.upload?.stop.abort();
  };

  private renderUpload(): TemplateResult | typeof nothing {
    const up = this.upload;
    if (!up) return nothing;
    const s = this.strings;
    return html`<div class="upload" part="upload">
      <progress max="100" .value=${up.percent} aria-label=${s.evidence.progressLabel}></progress>
      <span class="hint">${s.evidence.uploading(up.percent)}</span>
      ${up.sent ? nothing : html`<button type="button" class="secondary" part="stop-button" @click=${this.stopUpload}>${s.evidence.stop}</button>`}
    </div>`;
  }

  /** The reporter asked to try a saved report again now. */
  private tryNow = async (): Promise<void> => {
    const saved = this.saved;
    if (!saved || this.phase !== 'saved' || this.retrying) return;
    this.announcement = this.strings.sending;
    this.retrying = true;
    this.update();
    const box = outbox();
    let entry: OutboxEntry | undefined;
    let result: AttemptResult | undefined;
    try {
      entry = (await box.entries()).find((e) => e.id === saved.id);
      result = await inForeground(saved.id, () => box.retryNow(saved.id));
    } finally {
      this.retrying = false;
    }
    if (!result || this.saved !== saved) return;
    if (result.kind === 'rejected' && result.code === 'auth') {
      // Still signed out: a queued report stays queued, marked for attention (CONTRACT §4).
      this.saved = { ...saved, reason: 'auth' };
      this.update();
      await this.host.updateComplete;
      this.root.querySelector<HTMLElement>('.saved')?.focus();
      emit([this.trigger, this.host], 'report-error', {
        report: saved.report,
        code: 'auth',
        message: this.savedMessage(this.saved),
        queued: true,
      });
      return;
    }
    const files = entry?.files.map((f) => ({ blob: f.blob, name: f.name })) ?? [];
    this.phase = 'sending';
    if (result.kind === 'rejected' && entry) this.restoreFrom(saved.report, entry);
    await this.handleResult({ inputKey: '', report: saved.report, reportJson: entry?.reportJson ?? '', files }, result, saved.kept);
  };

  private discardSaved = async (): Promise<void> => {
    const saved = this.saved;
    if (!saved) return;
    await outbox().discard(saved.id);
    this.saved = undefined;
    this.phase = 'form';
    this.state = emptyState();
    this.problem = undefined;
    this.announcement = this.strings.queued.discarded;
    (this.trigger as Markable & { clearMark?(): void } | undefined)?.clearMark?.();
    this.update();
    await this.host.updateComplete;
    this.focusStart();
  };

  private discardDraft = async (): Promise<void> => {
    this.forgetDraft();
    this.pending = undefined;
    this.errors = {};
    this.problem = undefined;
    this.fileMessages = [];
    this.announcement = this.strings.draftDiscarded;
    this.update();
    await this.host.updateComplete;
    this.focusStart();
  };

  /**
   * Shows what came of an attempt, then tells the host: by the time
   * `report-success` or `report-error` fires, the dialog already says it.
   */
  private async handleResult(pending: Pending, result: AttemptResult, kept: Kept): Promise<void> {
    const s = this.strings;
    const report = pending.report;
    const targets = [this.trigger, this.host];
    const wasClosed = this.closedWhileSending || !this.dialog?.open;

    if (result.kind === 'delivered') {
      this.pending = undefined;
      this.saved = undefined;
      this.forgetDraft();
      this.phase = 'thanks';
      this.delivered = { reportId: report.id, reference: result.reference, blocked: isBlockReport(report) };
      this.announcement = '';
      (this.trigger as Markable | undefined)?.showMark?.('delivered', s.markDelivered, this.locale);
      this.update();
      await this.host.updateComplete;
      if (!wasClosed) this.root.querySelector<HTMLElement>('.thanks')?.focus();
      emit(targets, 'report-success', {
        report,
        response: { status: result.status, reference: result.reference, body: result.body },
      });
      return;
    }

    this.announcement = '';
    if (result.kind === 'retry') {
      // Kept in the outbox, which retries on its own: the form's job is done.
      const reason = result.code;
      this.saved = { id: report.id, report, reason, kept };
      this.pending = undefined;
      if (kept.where === 'disk') this.forgetDraft(); else this.drafts.delete(this.key);
      this.phase = 'saved';
      const message = this.savedMessage(this.saved);
      (this.trigger as Markable | undefined)?.showMark?.('queued', s.queued.mark, this.locale);
      this.update();
      await this.host.updateComplete;
      if (!wasClosed) this.root.querySelector<HTMLElement>('.saved')?.focus();
      // `storage`: kept only in this page's memory (no IndexedDB, or past the outbox limits),
      // the one case the host should know may still be lost.
      emit(targets, 'report-error', { report, code: kept.where === 'memory' ? 'storage' : reason, message, queued: true });
      return;
    }
    this.saved = undefined;
    // Refused: if the reporter is still here the form shows why; if they
    // closed the dialog meanwhile, the outbox keeps it until they come back.
    if (!wasClosed) await outbox().discard(report.id);
    let message: string;
    let fieldErrors = false;
    if (result.kind === 'rejected') {
      message =
        result.code === 'validation'
          ? (result.message ?? s.delivery.validation)
          : result.code === 'auth'
            ? s.delivery.auth
            : s.delivery.tooLarge;
      if (result.code === 'validation') {
        const { errors, elsewhere } = byField(result.errors);
        fieldErrors = Object.keys(errors).length > 0;
        message = withDetails(message, elsewhere);
        this.phase = 'form';
        this.refused = true;
        // Focuses the first field in error, or the message.
        this.showErrors(errors, message);
      } else {
        this.problem = message;
      }
    } else {
      message = s.delivery.notSent;
      this.problem = message;
    }
    if (wasClosed) (this.trigger as Markable | undefined)?.showMark?.('error', this.problem ?? s.delivery.notSent, this.locale);
    this.phase = 'form';
    await this.fail(report, result.code, message, false, () => {
      if (!wasClosed && !fieldErrors) this.root.querySelector<HTMLElement>('.status')?.focus();
    });
  }

  /**
   * What came of a report whose dialog has since been closed and opened
   * again (maybe for another subject): its button is told, its own draft is
   * cleared on delivery, and the form now open is left alone. A refusal stays
   * in the outbox and comes back into the form when its subject opens again.
   */
  private settleElsewhere(report: Report, result: AttemptResult, trigger: HTMLElement | undefined, key: string): void {
    const s = this.strings;
    const mark = trigger as Markable | undefined;
    if (result.kind === 'delivered') {
      this.drafts.delete(key);
      clearDraft(key);
      mark?.showMark?.('delivered', s.markDelivered, this.locale);
      emit([trigger], 'report-success', {
        report,
        response: { status: result.status, reference: result.reference, body: result.body },
      });
      return;
    }
    const queued = result.kind === 'retry';
    if (queued) this.drafts.delete(key), clearDraft(key);
    mark?.showMark?.(queued ? 'queued' : 'error', queued ? s.queued.mark : s.delivery.notSent, this.locale);
    emit([trigger], 'report-error', {
      report,
      code: result.code,
      message: queued ? s.queued.title : s.delivery.notSent,
      queued,
    });
  }

  /** `report-block-request`, once per report, whatever becomes of the report. */
  private requestBlock(report: Report): void {
    if (report.subject.kind !== 'user' || !report.block || this.blockAsked.has(report.id)) return;
    this.blockAsked.add(report.id);
    emit([this.trigger, this.host], 'report-block-request', { userId: report.subject.userId });
  }

  /** Renders the current state, then fires `report-error`, so the message is on screen when hosts hear of it. */
  private async fail(
    report: Report,
    code: ReportErrorCode,
    message: string,
    queued: boolean,
    afterRender?: () => void,
  ): Promise<void> {
    if (this.phase === 'sending') this.phase = 'form';
    this.update();
    await this.host.updateComplete;
    afterRender?.();
    emit([this.trigger, this.host], 'report-error', { report, code, message, queued });
  }

  private savedMessage(saved: Saved): string {
    return savedMessage(savedNotice(this.strings.queued, saved.reason, saved.kept));
  }

  // ---- Help popovers --------------------------------------------------------

  private helpGeneration = 0;

  private onHelpToggle(event: ToggleEvent, category: Category): void {
    const popover = event.target as HTMLElement;
    const generation = ++this.helpGeneration;
    this.stopPlacingHelp?.();
    this.stopPlacingHelp = undefined;
    if (event.newState !== 'open') return;
    const anchor = this.root.querySelector(`[popovertarget="help-${category}"]`);
    if (!anchor) return;
    // floating-ui loads with the first help opened, not with the form; the
    // popover stays hidden until it is placed (or shown where the browser
    // puts it, should the chunk fail to load).
    popover.style.visibility = 'hidden';
    loadPlacement().then(
      ({ placeNextTo }) => {
        if (generation !== this.helpGeneration) return;
        // Below the "?" at the end of its row, reaching back over the label:
        // "-end" is the inline end, and floating-ui reads the popover's own
        // direction, so in Arabic or Hebrew the same placement mirrors.
        this.stopPlacingHelp = placeNextTo(anchor, popover, { strategy: 'fixed', placement: 'bottom-end' });
      },
      () => {
        popover.style.visibility = '';
      },
    );
  }

  // ---- Rendering --------------------------------------------------------------

  renderInto(root: ShadowRoot): void {
    render(this.render(), root, { host: this.host });
  }

  render(): TemplateResult {
    const s = this.strings;
    if (!s || !this.subject) return html`<dialog part="dialog" aria-label="Report Concern"></dialog>`;
    return html`<dialog
      part="dialog"
      lang=${this.locale}
      dir=${this.dir}
      aria-labelledby="title"
      aria-describedby="intro"
      @close=${this.onClose}
      @keydown=${this.onKeydown}
      @paste=${this.onPaste}
      @dragover=${this.onDragOver}
      @dragenter=${this.onDragEnter}
      @dragleave=${this.onDragLeave}
      @drop=${this.onDrop}
    >
      <header part="header">
        <h2 id="title" part="title">${s.dialogTitle}</h2>
        <button type="button" class="icon-button" part="close-button" aria-label=${s.close} @click=${() => this.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${this.phase === 'thanks' ? this.renderThanks() : this.phase === 'saved' ? this.renderSaved() : this.renderForm()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </dialog>`;
  }

  private renderSaved(): TemplateResult {
    const s = this.strings;
    const saved = this.saved!;
    const q = s.queued;
    const subject = this.subject;
    const notice = savedNotice(q, saved.reason, saved.kept);
    return html`<div class="body" part="body">
        <div class="saved status" part="status" role="status" tabindex="-1" id="intro">
          ${notice.title ? html`<p><strong>${notice.title}</strong></p>` : nothing}
          ${notice.why ? html`<p>${notice.why}</p>` : nothing}
          ${notice.problem ? html`<p class="problem">${notice.problem}</p>` : nothing}
          ${isBlockReport(saved.report) && subject?.kind === 'user'
            ? html`<p>${s.blockConfirmed(subject.userName)}</p>`
            : nothing}
        </div>
      </div>
      <footer part="footer">
        <button type="button" class="secondary" part="discard-button" @click=${this.discardSaved}>${q.discard}</button>
        <button type="button" class="secondary" part="retry-button" @click=${this.tryNow}>${q.tryNow}</button>
        <button type="button" class="primary" @click=${() => this.close()}>${s.close}</button>
      </footer>`;
  }

  private renderThanks(): TemplateResult {
    const s = this.strings;
    const d = this.delivered;
    const subject = this.subject;
    return html`<div class="body" part="body">
        <div class="thanks status" part="status" role="status" tabindex="-1" id="intro">
          <p><strong>${s.thankYou}</strong></p>
          ${d?.reference ? html`<p class="reference">${s.reference(d.reference)}</p>` : nothing}
          <p>${s.whatNext}</p>
          ${d?.blocked && subject?.kind === 'user' ? html`<p>${s.blockConfirmed(subject.userName)}</p>` : nothing}
        </div>
      </div>
      <footer part="footer">
        <button type="button" class="primary" @click=${() => this.close()}>${s.close}</button>
      </footer>`;
  }

  private renderForm(): TemplateResult {
    const s = this.strings;
    const st = this.state;
    const subject = this.subject!;
    const sending = this.phase === 'sending';
    const isUser = subject.kind === 'user';
    const intro = isUser ? s.introUser(subject.userName) : s.introContent(subject.contentType);
    return html`<form class="form" novalidate @submit=${this.onSubmit}>
      <div class="body" part="body" aria-busy=${sending ? 'true' : 'false'}>
        <p id="intro">${intro}</p>
        ${!isUser && subject.excerpt
          ? html`<figure class="excerpt">
              <figcaption class="hint">${s.excerptLabel}</figcaption>
              <blockquote>${subject.excerpt}</blockquote>
            </figure>`
          : nothing}
        ${this.renderCategories()}
        ${this.renderAdvice(st.category, isUser)}
        ${this.renderDetails()} ${isUser ? this.renderIncident() : nothing} ${this.renderScreenshots()}
        ${isUser
          ? html`<div class="check">
              <input
                id="block"
                type="checkbox"
                .checked=${live(st.block)}
                aria-describedby="block-hint"
                @change=${(e: Event) => this.set('block', (e.target as HTMLInputElement).checked)}
              />
              <div>
                <label for="block">${s.blockLabel}</label>
                <div class="hint" id="block-hint">${s.blockHint}</div>
              </div>
            </div>`
          : nothing}
        ${this.renderUrgent()}
        ${this.config.honeypot ? honeypotField((value) => (this.honeypot = value)) : nothing}
        <div class="status ${this.problem ? 'problem' : ''}" part="status" role="alert" tabindex="-1">${this.problem ?? ''}</div>
        ${this.renderUpload()}
      </div>
      <footer part="footer">
        ${this.hasDraft()
          ? html`<button type="button" class="secondary discard" part="discard-draft-button" @click=${this.discardDraft}>
              ${s.discardDraft}
            </button>`
          : nothing}
        <button type="button" class="secondary" part="cancel-button" @click=${() => this.close()}>${s.cancel}</button>
        <button type="submit" class="primary" part="submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${s.submit}
        </button>
      </footer>
    </form>`;
  }

  /** What a reporter should know at once for the category chosen: money, danger, blocking. */
  private renderAdvice(category: Category | undefined, isUser: boolean): TemplateResult | typeof nothing {
    const s = this.strings;
    const text =
      category === 'scam'
        ? s.scamAdvice
        : category === 'hate'
          ? s.threatAdvice
          : category === 'harassment' && isUser
            ? s.harassmentAdvice
            : undefined;
    return text ? html`<p class="advice" id="${category}-advice" part="advice">${text}</p>` : nothing;
  }

  private renderCategories(): TemplateResult {
    const s = this.strings;
    const error = this.errors.category;
    return html`<fieldset aria-describedby=${error ? 'category-error' : nothing}>
      <legend>${s.categoryLegend}</legend>
      <div class="options">
        ${this.categories.map(
          (c) => html`<div class="option">
            <input
              type="radio"
              name="category"
              id="category-${c}"
              value=${c}
              required
              aria-invalid=${error ? 'true' : 'false'}
              .checked=${live(this.state.category === c)}
              @change=${() => this.onCategory(c)}
            />
            <label for="category-${c}">${s.categories[c]}</label>
            <button
              type="button"
              class="icon-button help-button"
              popovertarget="help-${c}"
              aria-label=${s.aboutCategory(s.categories[c])}
            >
              ?
            </button>
            <div
              id="help-${c}"
              class="popover"
              popover="auto"
              @toggle=${(e: ToggleEvent) => this.onHelpToggle(e, c)}
            >
              ${s.categoryHelp[c]}
            </div>
          </div>`,
        )}
      </div>
      <p class="error" id="category-error">${error ?? ''}</p>
    </fieldset>`;
  }

  private renderDetails(): TemplateResult {
    const s = this.strings;
    const count = codePointLength(this.state.details);
    const error = this.errors.details;
    const required = this.state.category === 'other';
    return html`<div>
      <label class="label" for="details">${s.detailsLabel}</label>
      <p class="hint" id="details-hint">
        ${required ? s.detailsHintOther(LIMITS.detailsMinOther) : s.detailsHint}
      </p>
      <textarea
        id="details"
        name="details"
        rows="4"
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="details-hint details-counter${error ? ' details-error' : ''}"
        .value=${live(this.state.details)}
        @input=${(e: Event) => this.set('details', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="counter" id="details-counter" ?data-over=${count > LIMITS.detailsMax}>
        ${s.counter(count, LIMITS.detailsMax)}
      </div>
      <p class="error" id="details-error">${error ?? ''}</p>
    </div>`;
  }

  private renderIncident(): TemplateResult {
    const s = this.strings;
    const st = this.state;
    const placeError = this.errors.place;
    const needsDetail = placeNeedsDetail(st.place);
    return html`<fieldset aria-describedby=${placeError ? 'place-error' : nothing}>
        <legend>${s.placeLegend}</legend>
        <div class="options">
          ${PLACES.map(
            (p) => html`<div class="option">
              <input
                type="radio"
                name="place"
                id="place-${p}"
                value=${p}
                required
                aria-invalid=${placeError ? 'true' : 'false'}
                .checked=${live(st.place === p)}
                @change=${() => this.set('place', p)}
              />
              <label for="place-${p}">${s.places[p]}</label>
            </div>`,
          )}
        </div>
        <p class="error" id="place-error">${placeError ?? ''}</p>
      </fieldset>
      ${needsDetail ? this.renderTextInput('placeDetail', s.placeDetailLabel, undefined) : nothing}
      ${this.renderTextArea('links', s.linksLabel, s.linksHint(LIMITS.linksMax), 3)}
      ${this.renderTextArea('messageText', s.messageTextLabel, s.messageTextHint, 4)}`;
  }

  private renderTextInput(field: 'placeDetail', label: string, hint: string | undefined): TemplateResult {
    const error = this.errors[field];
    return html`<div>
      <label class="label" for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      <input
        type="text"
        id=${field}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[hint ? `${field}-hint` : '', error ? `${field}-error` : ''].join(' ').trim() || nothing}
        .value=${live(this.state[field])}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      <p class="error" id="${field}-error">${error ?? ''}</p>
    </div>`;
  }

  private renderTextArea(field: 'links' | 'messageText', label: string, hint: string, rows: number): TemplateResult {
    const error = this.errors[field];
    return html`<div>
      <label class="label" for=${field}>${label}</label>
      <p class="hint" id="${field}-hint">${hint}</p>
      <textarea
        id=${field}
        rows=${rows}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${field}-hint${error ? ` ${field}-error` : ''}"
        .value=${live(this.state[field])}
        @input=${(e: Event) => this.set(field, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="error" id="${field}-error">${error ?? ''}</p>
    </div>`;
  }

  private renderScreenshots(): TemplateResult {
    const s = this.strings;
    const shots = this.state.shots;
    const full = shots.length >= LIMITS.screenshotsMax;
    const messages = [...this.fileMessages, ...(this.errors.screenshots ? [this.errors.screenshots] : [])];
    return html`<div class="drop-hint" ?data-active=${this.dragDepth > 0}>
      <div class="file-picker">
        <label class="label" for="files">${s.screenshotsLabel}</label>
        <input
          id="files"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          multiple
          ?disabled=${full}
          aria-invalid=${this.errors.screenshots ? 'true' : 'false'}
          aria-describedby="files-hint${messages.length ? ' files-error' : ''}"
          @change=${this.onFilesChosen}
        />
      </div>
      <p class="hint" id="files-hint">${s.screenshotsHint(LIMITS.screenshotsMax)}</p>
      <p class="drop-zone" ?hidden=${this.dragDepth === 0}>${s.evidence.dropHere}</p>
      ${shots.length
        ? html`<ul class="files">
            ${shots.map(
              (shot, i) => html`<li>
                <img src=${shot.url} alt="" />
                <span class="name">${shot.prepared.sourceName}</span>
                <button
                  type="button"
                  class="secondary redact"
                  aria-label=${s.evidence.redact(shot.prepared.sourceName)}
                  ?disabled=${this.phase !== 'form'}
                  @click=${() => this.redact(shot)}
                >
                  ${s.evidence.hideParts}
                </button>
                <button
                  type="button"
                  class="icon-button"
                  aria-label=${s.removeScreenshot(shot.prepared.sourceName)}
                  @click=${() => this.removeShot(shot, i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="error" id="files-error" role="alert">${messages.map((m) => html`<p>${m}</p>`)}</div>
    </div>`;
  }

  private renderUrgent(): TemplateResult {
    const s = this.strings;
    const helpUrl = safeHelpUrl(this.config.helpUrl);
    return html`<div class="check">
        <input
          id="urgent"
          type="checkbox"
          .checked=${live(this.state.urgent)}
          aria-controls=${this.state.urgent ? 'urgent-help' : nothing}
          @change=${(e: Event) => this.set('urgent', (e.target as HTMLInputElement).checked)}
        />
        <label for="urgent">${s.urgentLabel}</label>
      </div>
      ${this.state.urgent
        ? html`<div class="urgent-help" id="urgent-help">
            <p>${this.config.helpText || s.urgentHelp}</p>
            ${helpUrl
              ? html`<p><a href=${helpUrl} target="_blank" rel="noopener noreferrer">${s.urgentHelpLink}</a></p>`
              : nothing}
          </div>`
        : nothing}`;
  }
}

/** What the reporter reads when a file is refused: always naming it. */
function refusalMessage(s: Strings, name: string, reason: Extract<PrepareResult, { ok: false }>['reason'], pixelsMax: number): string {
  // 10 MB in; 5 MB out, once re-encoded (CONTRACT §4).
  if (reason === 'too-large' || reason === 'too-large-output') return s.errors.fileTooLarge(name, reason === 'too-large' ? 10 : 5);
  if (reason === 'empty') return s.evidence.empty(name);
  if (reason === 'truncated') return s.evidence.truncated(name);
  if (reason === 'too-many-pixels') return s.evidence.tooManyPixels(name, pixelsMax / 1e6);
  if (reason === 'unreadable') return s.evidence.unreadable(name);
  return s.errors.notAnImage(name);
}

/** The field a reporter fixes for an error at `path` of the report. */
/** A receiver's field messages: those the form shows by a field, and the rest as `path: text`. */
function byField(errors: Record<string, string> | undefined): { errors: Partial<Record<Field, string>>; elsewhere: string[] } {
  const out: Partial<Record<Field, string>> = {};
  const elsewhere: string[] = [];
  for (const [path, text] of Object.entries(errors ?? {})) {
    const field = fieldOf(path);
    if (field) out[field] ??= text;
    else elsewhere.push(`${path}: ${text}`);
  }
  return { errors: out, elsewhere };
}

/** A message, with the errors no field of the form shows: never dropped unseen. */
function withDetails(message: string, elsewhere: readonly string[]): string {
  return elsewhere.length ? `${message} (${elsewhere.join('; ')})` : message;
}

function fieldOf(path: string): Field | undefined {
  if (path === 'category' || path === 'details') return path;
  if (path === 'incident' || path === 'incident.place') return 'place';
  if (path === 'incident.placeDetail') return 'placeDetail';
  if (path === 'incident.messageText') return 'messageText';
  if (path.startsWith('evidence.links')) return 'links';
  if (path.startsWith('evidence.screenshots') || path.startsWith('screenshots')) return 'screenshots';
  return undefined;
}

/** The radio that Tab reaches in its group: the checked one, or the first. */
function isTabbableRadio(radio: HTMLInputElement): boolean {
  const group = [...(radio.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[name="${radio.name}"]`)];
  const checked = group.find((r) => r.checked);
  return checked ? checked === radio : group[0] === radio;
}

/** Only http(s) or relative help links from config; never `javascript:`. */
function safeHelpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The places whose name the reporter is asked for (which app, where). */
function placeNeedsDetail(place: Place | undefined): boolean {
  return place === 'video-call' || place === 'elsewhere';
}

function isBlockReport(report: Report): boolean {
  return report.subject.kind === 'user' && report.block;
}
