/**
 * What the reporter has entered, and every form it takes: the draft kept in
 * storage, the report restored from the outbox, the input of a report.
 * Pure apart from object URLs for the thumbnails.
 */
import { PLACES, isCategory, type Category, type Place } from '../../../report/categories.js';
import type { ImageType } from '../../../report/limits.js';
import type { ReportInput } from '../../../report/build-report.js';
import { parseLinks } from '../../../report/build-report.js';
import type { Subject } from '../../../report/schema.js';
import type { NoticeField as NoticePath } from '../../../report/notice.js';
import { serialise } from '../../../report/serialise.js';
import type { DraftShot, DraftText } from '../../../internal/drafts.js';
import type { PreparedScreenshot } from '../../../evidence/screenshots.js';

/** A screenshot in the form: its processed bytes and the thumbnail's object URL. */
export interface Shot {
  /** New for every image, a redacted one too: a report built before is then stale. */
  key: number;
  prepared: PreparedScreenshot;
  url: string;
}

export interface Values {
  category?: Category;
  details: string;
  place?: Place;
  placeDetail: string;
  links: string;
  messageText: string;
  block: boolean;
  urgent: boolean;
  shots: Shot[];
  /** A notice's answers: kept as the notice mode writes them, read only through it (form/notice/). */
  notice?: unknown;
}

/** The notice's fields are named by their path in the report, as a receiver names them. */
export type NoticeField = Exclude<NoticePath, 'notice' | 'details'>;

export type Field = 'category' | 'details' | 'place' | 'placeDetail' | 'links' | 'messageText' | 'screenshots' | NoticeField;
export type FieldErrors = Partial<Record<Field, string>>;

const TEXTS = ['details', 'placeDetail', 'links', 'messageText'] as const;

let shotKeys = 0;

export function emptyValues(): Values {
  return { details: '', placeDetail: '', links: '', messageText: '', block: false, urgent: false, shots: [] };
}

/** The one way a screenshot enters the form: chosen, restored from a draft or the outbox, or redacted. */
export function shotOf(prepared: PreparedScreenshot): Shot {
  return { key: ++shotKeys, prepared, url: URL.createObjectURL(prepared.blob) };
}

/** A screenshot kept as bytes (a draft, the outbox), with what is known of it. */
export function preparedOf(blob: Blob, name: string, width = 1, height = 1): PreparedScreenshot {
  return { sourceName: name, blob, type: blob.type as ImageType, width, height };
}

/** The places whose name the reporter is asked for (which app, where). */
export function placeNeedsDetail(place: Place | undefined): boolean {
  return place === 'video-call' || place === 'elsewhere';
}

export function hasValues(v: Values): boolean {
  return Boolean(v.category || v.place || v.block || v.urgent || v.shots.length || TEXTS.some((k) => v[k]));
}

export function draftTextOf(v: Values): DraftText {
  const { category, details, place, placeDetail, links, messageText, block, urgent, notice } = v;
  return { category, details, place, placeDetail, links, messageText, block, urgent, ...(notice !== undefined && { notice }) };
}

export function draftShotsOf(v: Values): DraftShot[] {
  return v.shots.map(({ prepared: p }) => ({ name: p.sourceName, type: p.type, width: p.width, height: p.height, blob: p.blob }));
}

/** A stored draft back into values: anything stored that is not a value the form knows is left out. */
export function fromDraft(d: DraftText | undefined, shots: readonly DraftShot[]): Values {
  const v = emptyValues();
  v.shots = shots.map((s) => shotOf(preparedOf(s.blob, s.name, s.width, s.height)));
  if (!d) return v;
  if (isCategory(d.category)) v.category = d.category;
  if ((PLACES as readonly string[]).includes(d.place ?? '')) v.place = d.place as Place;
  for (const k of TEXTS) if (typeof d[k] === 'string') v[k] = d[k];
  v.block = d.block === true;
  v.urgent = d.urgent === true;
  v.notice = d.notice;
  return v;
}

/** The name a screenshot is sent under: its place in the report and its type, never the reporter's file name. */
export function fileNameOf(index: number, type: string): string {
  return `screenshot-${index + 1}.${type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length)}`;
}

/** Identifies what a built report was built from: the same key, the same report (and id) to send again. */
export function inputKeyOf(v: Values, subject: Subject | undefined, locale: string): string {
  const { shots, ...rest } = v;
  return serialise([rest, shots.map((s) => s.key), subject, locale]);
}

/** The report input for checked values; `category` is set once the values passed validation. */
export function reportInputOf(v: Values, subject: Subject, locale: string): ReportInput {
  return {
    category: v.category!,
    details: v.details,
    subject,
    place: v.place,
    // Typed for a place the reporter then changed: not part of what they send.
    placeDetail: placeNeedsDetail(v.place) ? v.placeDetail : undefined,
    messageText: v.messageText,
    links: subject.kind === 'user' ? parseLinks(v.links) : [],
    screenshots: v.shots.map(({ prepared: p }, i) => ({
      name: fileNameOf(i, p.type),
      type: p.type,
      size: p.blob.size,
      width: p.width,
      height: p.height,
    })),
    block: v.block,
    urgent: v.urgent,
    locale,
  };
}
