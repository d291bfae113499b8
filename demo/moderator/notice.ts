/**
 * A notice of illegal content on the moderator page: what the notifier
 * said (ground, law, where, who, good faith) and a link to the
 * confirmation of receipt the demo wrote for it (demo/confirmations.ts).
 * Values go in with textContent, as everywhere on this page.
 */
import noticeEn from '../../src/i18n/notice/en.js';
import { isGround } from '../../src/report/notice.js';
import type { ReportView } from './api.js';
import { el } from './render.js';

/** Where the receiver serves the confirmation written for a report (demo/receiver-plugin.ts). */
export const confirmationUrl = (id: string) => `/api/confirmations/${encodeURIComponent(id)}.eml`;

/** A labelled value; addresses one per line and as text, like the page's other links. */
function line(label: string, value: string | string[]): HTMLElement {
  const block = el('div', undefined, 'field');
  block.append(el('strong', `${label}: `));
  if (Array.isArray(value)) block.append(...value.map((link) => el('div', link, 'link')));
  else block.append(value);
  return block;
}

export function noticeFields(view: ReportView): HTMLElement[] {
  const notice = view.report.notice;
  if (view.report.category !== 'illegal' || !notice) return [];
  const { ground, law, locations, notifier, goodFaith } = notice;
  const out = [
    line('Ground', isGround(ground) ? noticeEn.grounds[ground] : String(ground)),
    line('Law or rule', law),
    line('Where', locations),
    line('Notifier', notifier ? `${notifier.name ?? '(no name)'} <${notifier.email ?? 'no email'}>` : 'Anonymous (child sexual abuse material)'),
    el('div', goodFaith ? 'The notifier confirmed in good faith that the notice is accurate and complete.' : 'No statement of good faith.'),
  ];
  if (notifier?.email) {
    const link = el('a', 'Confirmation of receipt sent to the notifier (.eml)');
    link.href = confirmationUrl(view.id);
    link.setAttribute('download', `${view.reference}.eml`);
    const p = el('p');
    p.append(link);
    out.push(p);
  }
  return out;
}
