/**
 * DOM for the moderator page from API data. Report content is written by
 * strangers: every value goes in with textContent, links stay text, and
 * images come from the API, which serves them with nosniff and a CSP of
 * default-src 'none'.
 */
import type { HistoryEntry, ReportSummary } from '../../src/server/store.js';
import { ENGLISH as en } from '../../src/i18n/english.js';
import noticeEn from '../../src/i18n/notice/en.js';
import { isCategory } from '../../src/report/categories.js';
import { screenshotUrl, type ReportView } from './api.js';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** `illegal` is named by the notice mode's words, which the form's English strings do not hold. */
export const categoryName = (category: string) =>
  category === 'illegal' ? noticeEn.category : isCategory(category) ? en.categories[category]! : category;
const STATUS: Record<string, string> = { received: 'Received', 'in-review': 'In review', decided: 'Decided' };
const when = (iso: string) => new Date(iso).toLocaleString();

/** A labelled value; `verbatim` keeps line breaks and spaces as the reporter sent them. */
function line(label: string, value: string | undefined, verbatim = false): HTMLElement[] {
  if (!value) return [];
  const p = el('div', undefined, 'field');
  p.append(el('strong', `${label}: `), verbatim ? el('span', value, 'verbatim') : value);
  return [p];
}

function about(subject: ReportSummary['subject']): HTMLElement[] {
  if (subject.kind === 'user') return line('Member', `${subject.userName ?? ''} (${subject.userId})`);
  return [...line(subject.contentType, subject.contentId), ...line('Author', subject.authorId)];
}

export function row(summary: ReportSummary, open: (id: string) => void): HTMLTableRowElement {
  const tr = el('tr');
  // The reference opens the report: the first column stays in view on a narrow screen.
  const button = el('button', summary.reference, 'open');
  button.type = 'button';
  button.setAttribute('aria-label', `Open report ${summary.reference}`);
  button.addEventListener('click', () => open(summary.id));
  const ref = el('td', undefined, 'ref');
  ref.append(button);
  if (summary.urgent) ref.append(' ', el('span', 'urgent', 'urgent'));
  const aboutCell = el('td');
  aboutCell.append(...about(summary.subject));
  tr.append(
    ref,
    el('td', when(summary.receivedAt)),
    el('td', categoryName(summary.category)),
    aboutCell,
    el('td', STATUS[summary.status] ?? summary.status, 'status-tag'),
    el('td', String(summary.screenshots)),
  );
  return tr;
}

/** Links stay text: a moderator copies one on purpose instead of clicking a stranger's URL. */
function links(list: string[]): HTMLElement[] {
  if (list.length === 0) return [];
  const block = el('div', undefined, 'field');
  block.append(el('strong', 'Links:'), ...list.map((link) => el('div', link, 'link')));
  return [block];
}

/** The report's own fields, as the reporter sent them. */
export function fields(view: ReportView): HTMLElement[] {
  const r = view.report;
  const subject = r.subject;
  const subjectLines =
    subject.kind === 'user'
      ? [...line('Member', `${subject.userName ?? ''} (${subject.userId})`), ...line('Profile', subject.profileUrl)]
      : [...line(subject.contentType, subject.contentId), ...line('Author', subject.authorId), ...line('Excerpt', subject.excerpt, true), ...line('Page', subject.url)];
  const place = r.incident ? `${en.places[r.incident.place]}${r.incident.placeDetail ? ` (${r.incident.placeDetail})` : ''}` : undefined;
  return [
    ...line('Category', categoryName(r.category)),
    ...subjectLines,
    ...line('Details', r.details, true),
    ...line('Where', place),
    ...line('Message text', r.incident?.messageText, true),
    ...(r.block ? [el('div', 'The reporter asked to block this member.')] : []),
    ...links(r.evidence.links),
    ...line('Reporter', view.reporter?.userId),
  ];
}

export function screenshots(view: ReportView): HTMLImageElement[] {
  return view.images.map((_, index) => {
    const img = el('img');
    img.alt = `Screenshot ${index + 1} of report ${view.reference}`;
    img.src = screenshotUrl(view.id, index);
    img.width = view.report.evidence.screenshots[index]?.width ?? 0;
    img.height = view.report.evidence.screenshots[index]?.height ?? 0;
    return img;
  });
}

function historyText(entry: HistoryEntry): string {
  switch (entry.type) {
    case 'received':
      return 'Received';
    case 'review':
      return `In review by ${entry.by}`;
    case 'decision':
      return `Decided by ${entry.by}: ${entry.action}`;
    case 'appeal':
      return `Appealed by the ${entry.by}`;
    case 'appeal-decision':
      return `Appeal ${entry.upheld ? 'upheld' : 'rejected'} by ${entry.by}`;
  }
}

export function history(view: ReportView): HTMLLIElement[] {
  return view.history.map((entry) => el('li', `${when(entry.at)} · ${historyText(entry)}`));
}

export function decision(view: ReportView): HTMLElement[] {
  const d = view.decision;
  if (!d) return [];
  return [
    el('h3', 'Decision'),
    ...line('Action', d.action),
    ...line('Ground', `${d.ground === 'law' ? 'The law' : 'Our terms'}: ${d.groundDetail}`),
    ...line('Explanation', d.explanation, true),
    ...line('Automated', d.automated ? 'yes' : 'no'),
    ...line('Decided', `${when(d.decidedAt)} by ${d.decidedBy}`),
    ...line('Open to appeal until', when(d.appealUntil)),
    ...view.appeals.flatMap((a) => [
      ...line(`Appeal ${a.reference} by the ${a.by} (${a.status})`, a.text, true),
      ...(a.decision ? line(a.decision.upheld ? 'Accepted' : 'Rejected', a.decision.explanation, true) : []),
    ]),
  ];
}

/**
 * A form to decide each pending appeal: an explanation for the person who
 * appealed, then Accept (the decision is reversed) or Reject (it stands).
 */
export function appealForms(view: ReportView, decide: (appealId: string, upheld: boolean, explanation: string, form: HTMLFormElement) => void): HTMLElement[] {
  return view.appeals
    .filter((a) => a.status === 'pending')
    .map((a) => {
      const form = el('form', undefined, 'decision-form');
      form.noValidate = true;
      const label = el('label', `Answer to the ${a.by}'s appeal ${a.reference}`);
      const text = el('textarea');
      text.name = 'explanation';
      text.rows = 3;
      text.maxLength = 5000;
      label.append(text);
      const error = el('p', undefined, 'field-error');
      const accept = el('button', 'Accept: reverse the decision');
      const reject = el('button', 'Reject: the decision stands');
      accept.type = reject.type = 'button';
      accept.addEventListener('click', () => decide(a.id, true, text.value, form));
      reject.addEventListener('click', () => decide(a.id, false, text.value, form));
      const actions = el('p', undefined, 'actions');
      actions.append(accept, ' ', reject);
      form.append(el('h3', `Decide the appeal ${a.reference}`), label, error, actions);
      return form;
    });
}
