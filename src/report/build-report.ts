/**
 * Turns what the reporter chose into a v1 report: a fresh id, the time, the
 * context, and every optional field left out rather than sent empty.
 */
import type { Category, Place } from './categories.js';
import type { Incident, Report, ScreenshotMeta, Subject } from './schema.js';
import type { Notice } from './notice.js';
import { VERSION } from '../version.js';
import { LIMITS, SCHEMA_ID } from './limits.js';
import { codePointLength, truncateCodePoints, withoutUnsafe } from './text.js';

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
  /** A notice of illegal content, as the notice mode built it (category `illegal`). */
  notice?: Notice;
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
    return {
      ...subject,
      // The page's own address by default, which may be past the URL limit.
      url: fitUrl(subject.url),
      ...(subject.excerpt === undefined ? {} : { excerpt: truncateCodePoints(withoutUnsafe(subject.excerpt), LIMITS.excerptMax) }),
    };
  }
  return {
    ...subject,
    profileUrl: fitUrl(subject.profileUrl),
    ...(subject.userName === undefined ? {} : { userName: truncateCodePoints(withoutUnsafe(subject.userName), LIMITS.nameMax) }),
  };
}

/**
 * A random UUID v4, from `getRandomValues`, which every context has:
 * `crypto.randomUUID` exists only in secure contexts, and a community site
 * still served over plain http must not lose the report for it. Its 122
 * random bits are the same either way, so one way serves both.
 */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What `context.userAgent` may hold (the schema's limit). */
const USER_AGENT_MAX = 512;

/**
 * The page address as context, within the URL limit: a page whose address
 * is too long (a search with a huge query) loses its hash, then its query,
 * then the end of its path, rather than making the report invalid.
 */
export function fitUrl(href: string, max: number = LIMITS.urlMax): string {
  if (href.length <= max) return href;
  try {
    const url = new URL(href);
    url.hash = '';
    if (url.href.length > max) url.search = '';
    if (url.href.length <= max) return url.href;
    return url.href.slice(0, max);
  } catch {
    return href.slice(0, max);
  }
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

/** The trimmed text without unsafe characters, or undefined when nothing visible is left (text.ts). */
function visibleOrNothing(text: string | undefined): string | undefined {
  return text !== undefined && codePointLength(text) > 0 ? withoutUnsafe(text).trim() : undefined;
}

export function buildReport(input: ReportInput, env: ReportEnvironment): Report {
  const isUser = input.subject.kind === 'user';
  const incident: Incident | undefined =
    isUser && input.place
      ? compact({
          place: input.place,
          placeDetail: visibleOrNothing(input.placeDetail),
          // Pasted messages are evidence: kept as pasted (but for unsafe characters), not trimmed inside.
          messageText: visibleOrNothing(input.messageText) === undefined ? undefined : withoutUnsafe(input.messageText!),
        })
      : undefined;
  return compact({
    schema: SCHEMA_ID,
    id: env.id ?? uuid(),
    createdAt: (env.now ?? new Date()).toISOString(),
    category: input.category,
    details: visibleOrNothing(input.details),
    subject: compact({ ...fitSubject(input.subject) }),
    incident,
    notice: input.notice,
    evidence: {
      links: [...(input.links ?? [])],
      screenshots: (input.screenshots ?? []).map((shot) => ({ ...shot, name: withoutUnsafe(shot.name) })),
    },
    block: isUser && Boolean(input.block),
    urgent: Boolean(input.urgent),
    context: compact({
      pageUrl: fitUrl(env.pageUrl),
      locale: input.locale,
      userAgent: env.userAgent?.slice(0, USER_AGENT_MAX),
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
