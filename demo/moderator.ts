/**
 * The moderator's list. Report content is written by strangers: every value
 * goes in with textContent, links stay text, and images come from the
 * receiver, which serves them with nosniff and a CSP of default-src 'none'.
 */
import type { StoredReport } from '../src/server/store.js';
import en from '../src/i18n/en.js';
import { isCategory } from '../src/report/categories.js';

const rows = document.querySelector<HTMLTableSectionElement>('#rows')!;
const count = document.querySelector<HTMLElement>('#count')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A labelled value; `verbatim` keeps line breaks and spaces as the reporter sent them. */
function line(label: string, value: string | undefined, verbatim = false): HTMLElement | undefined {
  if (!value) return undefined;
  const p = el('div', undefined, 'field');
  p.append(el('strong', `${label}: `), verbatim ? el('span', value, 'verbatim') : value);
  return p;
}

function row(stored: StoredReport): HTMLTableRowElement {
  const r = stored.report;
  const tr = el('tr');
  const ref = el('td', undefined, 'ref');
  ref.append(el('strong', stored.reference));
  if (r.urgent) ref.append(' ', el('span', 'urgent', 'urgent'));
  const when = el('td', new Date(stored.receivedAt).toLocaleString());
  const category = el('td', isCategory(r.category) ? en.categories[r.category] : String(r.category));
  const about = el('td');
  if (r.subject.kind === 'user') {
    about.append(...[line('Member', `${r.subject.userName ?? ''} (${r.subject.userId})`), line('Profile', r.subject.profileUrl)].filter((x): x is HTMLElement => !!x));
    if (r.block) about.append(el('div', 'Reporter asked to block this member.'));
  } else {
    about.append(
      ...[
        line(r.subject.contentType, r.subject.contentId),
        line('Author', r.subject.authorId),
        line('Excerpt', r.subject.excerpt),
        line('Page', r.subject.url),
      ].filter((x): x is HTMLElement => !!x),
    );
  }
  const body = el('td', undefined, 'report');
  body.append(
    ...[
      line('Details', r.details, true),
      line('Where', r.incident ? `${en.places[r.incident.place]}${r.incident.placeDetail ? ` (${r.incident.placeDetail})` : ''}` : undefined),
      line('Message text', r.incident?.messageText, true),
    ].filter((x): x is HTMLElement => !!x),
  );
  const evidence = el('td', undefined, 'evidence');
  // Links stay text: a moderator copies one on purpose instead of clicking a stranger's URL.
  for (const link of r.evidence.links) evidence.append(el('div', link, 'link'));
  for (const image of stored.images) {
    const img = el('img');
    img.alt = `Screenshot ${image.name} of report ${stored.reference}`;
    img.src = `/api/reports/${encodeURIComponent(stored.id)}/${encodeURIComponent(image.name)}`;
    img.loading = 'lazy';
    evidence.append(img);
  }
  tr.append(ref, when, category, about, body, evidence);
  return tr;
}

async function refresh(): Promise<void> {
  count.textContent = 'Loading…';
  try {
    const response = await fetch('/api/reports', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const list = (await response.json()) as StoredReport[];
    rows.replaceChildren(...list.map(row));
    count.textContent = list.length === 1 ? '1 report' : `${list.length} reports`;
  } catch (error) {
    count.textContent = `Could not load reports: ${(error as Error).message}`;
  }
}

document.querySelector('#refresh')!.addEventListener('click', () => void refresh());
void refresh();
