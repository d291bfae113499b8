/**
 * The report form behind `<report-concern-dialog>`, loaded on first use so a
 * page with buttons pays nothing for it until someone reports.
 *
 * It opens, closes and renders one opening's state (form/state.ts): the
 * view (form/machine.ts) decides what shows and what closing means,
 * form/delivery.ts what happens on Submit, the controllers what has a
 * lifecycle, the templates how it looks. The rules live in `report/`, the
 * request in `delivery/`, the images in `evidence/`.
 *
 * Prepared: when the pointer reaches a button or it takes focus, the form
 * renders for that button while the dialog stays closed, so that the click
 * only opens it (lit-html builds the form's DOM ahead; opening updates what
 * differs). Every opening sets its state anew from scratch, so a form
 * prepared for one button and opened by another shows the other's subject,
 * language, categories and draft. A form still sending or trying a saved
 * report again ("Try again now"), or still taking in screenshots, from an
 * earlier opening is not prepared for another subject: that work finishes
 * in the form it began in (focus returning to the button after closing is
 * such a moment).
 */
import { css } from '@lit/reactive-element';
import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { parseCategories, type Category } from '../../report/categories.js';
import type { Subject } from '../../report/schema.js';
import { fitSubject } from '../../report/build-report.js';
import { pageConfig } from '../../config.js';
import { firstSet } from '../../internal/first-set.js';
import { subjectKey } from '../../internal/drafts.js';
import { emit } from '../../internal/emit.js';
import type { OutboxEntry, OutboxEvent } from '../../outbox/outbox.js';
import { outbox } from '../../outbox/page.js';
import { resolveStrings, isRtl } from '../../i18n/resolve.js';
import { localeFor } from '../../i18n/locale.js';
import type { Form, FormHost, OpenResult, Trigger } from './contract.js';
import { dialogStyles } from './dialog.styles.js';
import { formStyles } from './form.styles.js';
import { EDITING, keepsDraft, next, resultOf } from './form/machine.js';
import { plain } from './form/messages.js';
import { emptyValues, type Field, type FieldErrors, type Values } from './form/values.js';
import type { FormKit, FormState } from './form/state.js';
import { createDelivery, undelivered, tools } from './form/delivery.js';
import { createDrafts } from './form/controllers/drafts.js';
import { createEvidence, type EvidenceHost } from './form/controllers/evidence.js';
import { createHelp } from './form/controllers/help.js';
import { createModal } from './form/controllers/modal.js';
import { createUpload } from './form/controllers/upload.js';
import { createFollowUp } from './form/controllers/follow-up.js';
import { watchOutbox } from './form/controllers/outbox-watch.js';
import { formTemplate } from './form/templates/form.js';
import { elementEndpoint } from './form/submit.js';
import { queuedTemplate, thanksTemplate } from './form/templates/outcome.js';
import { text } from './form/templates/text.js';

export { resumeOutbox } from '../../outbox/page.js';

const loadMemberWords = () => import('../../i18n/en-member.js');
const loadHelpWords = () => import('../../i18n/en-help.js');
const loadFriction = () => import('./form/friction.js');

const loadNotices = (locale: string, root: ShadowRoot) =>
  import('./form/notice/notice-mode.js').then((m) => m.loadNoticeMode(locale, { html, nothing, text, root }));

export function createForm(host: FormHost, closed: () => void): Form {
  const root = () => host.renderRoot as ShadowRoot;
  const dialog = () => root().querySelector('dialog');
  const update = () => host.requestUpdate();
  const rendered = () => host.updateComplete;
  const f = initialState();
  let categories: Category[] = [];
  let settle: ((result: OpenResult) => void) | undefined;
  /** The receiver's messages about a refused report, kept per subject across closing and opening again. */
  const refusals = new Map<string, { errors: FieldErrors; problem?: string }>();
  const key = () => (f.subject ? subjectKey(f.subject) : '');
  const saveDraft = () => f.subject && drafts.save(key(), f.values, f.config.persist);
  const drafts = createDrafts();
  const upload = createUpload(update);
  const help = createHelp(root, helpWords);
  const modal = createModal(root);
  const evidence = createEvidence(evidenceHost());
  const kit: FormKit = {
    f,
    host,
    drafts,
    evidence,
    upload,
    key,
    update,
    rendered,
    move: (m) => (f.view = next(f.view, m)),
    focus(selector) {
      const el = root().querySelector<HTMLElement>(selector);
      el?.focus();
      return Boolean(el);
    },
    focusStart: modal.focusStart,
    mark: (kind, words) => f.trigger?.showMark?.(kind, words, f.locale),
    showErrors(found, message) {
      f.errors = found;
      const count = Object.keys(found).length;
      f.problem = message ?? (count ? f.s.fixErrors(count) : undefined);
      update();
      void rendered().then(() => kit.focus('[aria-invalid="true"]') || kit.focus('.status'));
    },
    async fail(report, code, message, afterRender) {
      if (f.view.kind === 'sending') kit.move({ type: 'edit' });
      update();
      await rendered();
      afterRender?.();
      emit([f.trigger, host], 'report-error', { report, code, message: plain(message), queued: false });
    },
    forgetDraft() {
      refusals.delete(key());
      f.refused = false;
      drafts.forget(key(), f.values);
      f.values = emptyValues();
    },
    restore(values) {
      f.values = values;
      saveDraft();
      drafts.saveShots(key(), f.values, f.config.persist);
      return values.shots.length ? evidence.shown() : undefined;
    },
  };
  const delivery = createDelivery(kit);
  const followUp = createFollowUp(kit);

  /** An opening's state, from scratch (see "Prepared" above), unless another opening took over meanwhile. */
  async function setUp(about: Subject, from: Trigger | undefined, mine: AbortController): Promise<boolean> {
    const { categories: offered, ...settings } = await settingsFor(host, root(), about, from);
    // A draft's screenshots show with the form, never a moment after it.
    if (drafts.hasShots(subjectKey(fitSubject(about)), settings.config.persist)) await evidence.shown();
    if (mine !== f.opening) return false;
    categories = offered;
    Object.assign(f, settings, { subject: fitSubject(about), trigger: from, touched: false, view: EDITING, announcement: '', honeypot: '' });
    upload.reset();
    const draft = drafts.load(key(), f.config.persist);
    f.values = draft.values;
    if (f.values.category && !categories.includes(f.values.category)) f.values.category = undefined;
    const refusal = refusals.get(key());
    f.refused = Boolean(refusal);
    f.errors = { ...refusal?.errors };
    f.problem = refusal?.problem;
    f.openedAt = performance.now();
    // Screenshots storage could not keep were added earlier in this tab, so their chunk (and its words) loaded above, from the cache if offline.
    const notKept = draft.notKept && evidence.work?.withScreenshotWords(f.s).screenshotsNotKept(draft.notKept);
    evidence.reset(notKept ? [notKept] : []);
    return true;
  }

  /** What the screenshots controller reads and tells of the form. */
  function evidenceHost(): EvidenceHost {
    return {
      values: () => f.values,
      strings: () => f.s,
      editing: () => f.view.kind === 'editing',
      dialog: () => dialog()!,
      root,
      started() {
        f.touched = true;
        delete f.errors.screenshots;
      },
      update,
      changed(words) {
        f.announcement = words;
        drafts.saveShots(key(), f.values, f.config.persist);
        update();
      },
      rendered,
    };
  }

  /** Every category's help in the strings, rendered: English loads its help with the first popover (i18n/en-help.ts). */
  async function helpWords(): Promise<void> {
    if (categories.every((c) => f.s.categoryHelp?.[c])) return;
    f.s = (await loadHelpWords()).withHelpWords(f.s);
    update();
    await rendered();
  }

  /** Renders the form for `about`, the dialog still closed (see "Prepared" above). */
  async function prepare(about: Subject, from: Trigger | undefined): Promise<void> {
    const { view } = f;
    if (view.kind === 'sending' || (view.kind === 'queued' && view.retrying) || evidence.busy) return;
    if (!(await setUp(about, from, (f.opening = new AbortController())))) return;
    update();
    await rendered();
    modal.warm(dialog()!, from, host, f);
  }

  async function open(about: Subject, from: Trigger | undefined): Promise<OpenResult> {
    const mine = (f.opening = new AbortController());
    // Asked now, answered after the dialog is open: IndexedDB can take tens of
    // milliseconds to open, and the dialog does not wait for it.
    const waiting = outbox().forSubject(subjectKey(fitSubject(about))).catch(() => []);
    await setUp(about, from, mine);
    refusals.delete(key());
    // Before the first render: the last opening's status view must not show for a moment.
    void followUp.look(elementEndpoint(f.trigger, host));
    update();
    await rendered();
    const result = new Promise<OpenResult>((resolve) => (settle = resolve));
    modal.show(dialog()!, from, host, f.config);
    emit([from, host], 'report-open', { subject: about });
    // A report about this subject still in the outbox shows rather than the blank form (undelivered.ts).
    void waiting.then((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) void undelivered().then((u) => u.showWaiting(kit, tools, entry, mine), () => undefined);
    });
    return result;
  }

  /** The dialog's `close` event: every way of closing ends here, once. */
  function onClose(): void {
    help.release();
    f.opening.abort();
    if (keepsDraft(f.view)) saveDraft();
    if (f.refused && f.view.kind === 'editing') refusals.set(key(), { errors: { ...f.errors }, problem: f.problem });
    const result = resultOf(f.view, f.built?.report.id);
    const from = f.trigger;
    modal.release(from);
    const done = settle;
    settle = undefined;
    // Closed for good before anyone hears of it: a `report-close` listener may open the next report.
    closed();
    emit([from, host], 'report-close', { outcome: result.outcome });
    done?.(result);
  }

  /** Shows a report from the outbox: as queued, or back in the form when the receiver refused it (undelivered.ts). */
  const showEntry = (entry: OutboxEntry) => undelivered().then((u) => u.showEntry(kit, tools, entry));

  /** A queued report delivered (or refused) in the background while the dialog shows it: say so here too. */
  const onOutboxEvent = (event: OutboxEvent) => {
    const { view } = f;
    // Closed: the next open() reads the outbox and shows whatever came of it.
    if (view.kind !== 'queued' || view.retrying || view.queued.id !== event.entry.id || !dialog()?.open) return;
    if (event.type === 'discarded') return void delivery.showDiscarded();
    if (event.type === 'attention') {
      void showEntry(event.entry).then(update, () => undefined);
    } else if (event.type === 'delivered') {
      kit.move({ type: 'delivered', report: view.queued.report, reference: event.result.reference });
      f.announcement = f.s.thankYou;
      update();
    }
  };
  watchOutbox(host, onOutboxEvent);

  function set<K extends keyof Values>(name: K, value: Values[K], field = name as Field): void {
    const { errors, s } = f;
    const before = Object.keys(errors).length;
    f.touched = true;
    f.values[name] = value;
    delete errors[field];
    const after = Object.keys(errors).length;
    // "Please fix 2 answers below" counts down as they are fixed, and goes with the last.
    if (f.problem === s.fixErrors(before)) f.problem = after ? s.fixErrors(after) : undefined;
    saveDraft();
    update();
  }

  async function discardDraft(): Promise<void> {
    kit.forgetDraft();
    f.built = undefined;
    f.errors = {};
    f.problem = undefined;
    evidence.reset();
    f.announcement = f.s.draftDiscarded;
    update();
    await rendered();
    modal.focusStart();
  }

  const close = () => dialog()?.close();

  function template(): TemplateResult {
    const { s, subject, view, locale } = f;
    if (!s || !subject) return html`<dialog part="dialog" aria-label="Report Concern"></dialog>`;
    const m = {
      ...f,
      s,
      subject,
      categories,
      evidence,
      upload: upload.current,
      followUp: followUp.render(),
      set,
      onCategory(c: Category) {
        set('category', c);
        if (c !== 'other') delete f.errors.details;
      },
      onHelpToggle: help.onToggle,
      onSubmit: (e: Event) => void delivery.onSubmit(e),
      onHoneypot: (value: string) => (f.honeypot = value),
      close,
      discardDraft: () => void discardDraft(),
      stopUpload: upload.stop,
      tryNow: () => void delivery.tryNow(),
      discardQueued: () => void delivery.discardQueued(),
    };
    return html`<dialog part="dialog" lang=${locale} dir=${isRtl(locale) ? 'rtl' : 'ltr'} aria-labelledby="title" aria-describedby="intro"
      @close=${onClose} @keydown=${modal.onKeydown} @paste=${evidence.onPaste} @dragover=${evidence.onDragOver}
      @dragenter=${evidence.onDragEnter} @dragleave=${evidence.onDragLeave} @drop=${evidence.onDrop}>
      <header part="header">
        <h2 id="title" part="title">${s.dialogTitle}</h2>
        <button type="button" class="icon-button" part="close-button" aria-label=${s.close} @click=${close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${view.kind === 'thanks'
        ? (f.notice?.thanks(m, view) ?? thanksTemplate(m, view.reference, view.blocked))
        : view.kind === 'queued'
          ? queuedTemplate(m, view.queued)
          : formTemplate(m)}
      <div class="visually-hidden" role="status" aria-live="polite">${text(f.announcement)}</div>
    </dialog>`;
  }

  return {
    styles: css`${dialogStyles}${formStyles}`,
    render: (into) => render(template(), into, { host }),
    prepare,
    open,
    close,
  };
}

/**
 * The language, strings, notice mode and categories for an opening about
 * `about` from `from`: read now, applied by setUp(). A report about a member
 * in English also loads the words only it shows (i18n/en-member.ts), and a
 * page with bot friction its code (form/friction.ts); if either cannot load,
 * the opening fails as if the form could not (the button says so).
 */
async function settingsFor(host: FormHost, root: ShadowRoot, about: Subject, from: Trigger | undefined) {
  const config = pageConfig();
  const resolved = await resolveStrings(localeFor(from, host.locale, config.locale), [config.strings, host.strings]);
  const s = about.kind === 'user' && resolved.locale === 'en' ? (await loadMemberWords()).withMemberWords(resolved.strings) : resolved.strings;
  // Should the notice mode fail to load (offline), the form opens without it.
  const notice = config.legalNotices ? await loadNotices(resolved.locale, root).catch(() => undefined) : undefined;
  return {
    config,
    friction: config.honeypot || config.minSubmitMs ? await loadFriction() : undefined,
    locale: resolved.locale,
    s: notice ? notice.strings(s) : s,
    notice,
    categories: parseCategories(firstSet<string | string[]>(host.categories, config.categories), Boolean(notice)),
  };
}

/** The state before the first opening; `open()` fills in the strings and the subject. */
function initialState(): FormState {
  return {
    s: undefined!,
    locale: 'en',
    config: {},
    values: emptyValues(),
    errors: {},
    announcement: '',
    view: EDITING,
    opening: new AbortController(),
    refused: false,
    openedAt: 0,
    honeypot: '',
    touched: false,
  };
}
