/**
 * Turns what the reporter chose into a v1 report: a fresh id, the time, the
 * context, and every optional field left out rather than sent empty.
 */
import type { Category, Place } from './categories.js';
import { SCHEMA_ID, type Incident, type Report, type ScreenshotMeta, type Subject } from './schema.js';
import { VERSION } from '../version.js';
import { LIMITS } from './limits.js';
import { truncateCodePoints } from './text.js';

export interface ReportInput {
  category: Category;
  details?: string;
  subject: Subject;
  place?: Place;
  placeDetail?: string;
  messageText?: string;
  links?: readonly string[];
  screenshots?: readonly ScreenshotMeta[];
  block?: boolean;
  urgent?: boolean;
  locale: string;
  extensions?: Record<string, unknown>;
}

export interface ReportEnvironment {
  pageUrl: string;
  userAgent?: string;
  now?: Date;
  id?: string;
}

/**
 * The subject as a button described it, with the texts pinned from the page
 * (the excerpt, the member's name) cut to their limits. Done here rather than
 * in the buttons, which every page loads.
 */
export function fitSubject(subject: Subject): Subject {
  if (subject.kind === 'content') {
    return subject.excerpt === undefined
      ? subject
      : { ...subject, excerpt: truncateCodePoints(subject.excerpt, LIMITS.excerptMax) };
  }
  return subject.userName === undefined
    ? subject
    : { ...subject, userName: truncateCodePoints(subject.userName, LIMITS.nameMax) };
}

/** Drops keys whose value is undefined, null or a blank string. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = v;
  }
  return out as T;
}

export function buildReport(input: ReportInput, env: ReportEnvironment): Report {
  const isUser = input.subject.kind === 'user';
  const incident: Incident | undefined =
    isUser && input.place
      ? compact({
          place: input.place,
          placeDetail: input.placeDetail?.trim(),
          // Pasted messages are evidence: kept verbatim, not trimmed inside.
          messageText: input.messageText?.trim() ? input.messageText : undefined,
        })
      : undefined;
  return compact({
    schema: SCHEMA_ID,
    id: env.id ?? crypto.randomUUID(),
    createdAt: (env.now ?? new Date()).toISOString(),
    category: input.category,
    details: input.details?.trim(),
    subject: compact({ ...fitSubject(input.subject) }),
    incident,
    evidence: {
      links: [...(input.links ?? [])],
      screenshots: [...(input.screenshots ?? [])],
    },
    block: isUser && Boolean(input.block),
    urgent: Boolean(input.urgent),
    context: compact({
      pageUrl: env.pageUrl,
      locale: input.locale,
      userAgent: env.userAgent,
      widgetVersion: VERSION,
    }),
    extensions: { ...(input.extensions ?? {}) },
  }) as Report;
}

/** Splits the links box into distinct, trimmed entries, one per line or space. */
export function parseLinks(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/\s+/)) {
    const link = part.trim();
    if (link) seen.add(link);
  }
  return [...seen];
}
