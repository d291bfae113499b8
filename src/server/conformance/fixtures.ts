/** Reports, images and moderation values for the conformance suite, made fresh for each test. */
import { createHash, randomUUID } from 'node:crypto';
import type { Category } from '../../report/categories.js';
import type { Report } from '../../report/schema.js';
import type { Appeal, Decision, NewReport, ReceivedImage } from '../store.js';

const BASE = Date.parse('2026-06-01T12:00:00.000Z');

/** An ISO time `minutes` after a fixed start, so tests order reports without a clock. */
export const minutesIn = (minutes: number): string => new Date(BASE + minutes * 60_000).toISOString();

export function image(index: number, seed: string): ReceivedImage {
  // Any bytes: a store keeps what the handler verified and does not look inside.
  const bytes = new TextEncoder().encode(`image ${index} of ${seed}: ${'x'.repeat(index * 7)}`);
  return {
    name: `screenshot-${index + 1}.png`,
    type: 'image/png',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export interface ReportOptions {
  minutes?: number;
  id?: string;
  category?: Category;
  images?: number;
  userId?: string;
  receiptHash?: string;
  reference?: string;
  urgent?: boolean;
}

export function newReport(options: ReportOptions = {}): NewReport {
  const id = options.id ?? randomUUID();
  const images = Array.from({ length: options.images ?? 0 }, (_, i) => image(i, id));
  const report: Report = {
    schema: 'report-concern/v1',
    id,
    createdAt: '2026-06-01T11:59:00.000Z',
    category: options.category ?? 'spam',
    details: 'Posts the same shop link under every answer <script>alert(1)</script>',
    subject: { kind: 'content', contentId: `c-${id.slice(0, 8)}`, contentType: 'answer', url: 'https://community.example/q/1', authorId: 'u-7' },
    evidence: {
      links: [],
      screenshots: images.map((i) => ({ name: i.name, type: i.type, size: i.bytes.byteLength, width: 10, height: 10 })),
    },
    block: false,
    urgent: options.urgent ?? false,
    context: { pageUrl: 'https://community.example/q/1', locale: 'en', widgetVersion: '0.1.0' },
    extensions: {},
  };
  return {
    id,
    reference: options.reference ?? `RC-${id.slice(0, 8).toUpperCase()}`,
    report,
    fingerprint: createHash('sha256').update(id).digest('hex'),
    images,
    ...(options.userId ? { reporter: { userId: options.userId } } : {}),
    ...(options.receiptHash ? { receiptHash: options.receiptHash } : {}),
    receivedAt: minutesIn(options.minutes ?? 0),
  };
}

/** A decision taken `minutes` after the start; appeals allowed for six months. */
export function decision(by = 'mod-1', minutes = 10, action: Decision['action'] = 'removed'): Decision {
  const decidedAt = minutesIn(minutes);
  const until = new Date(decidedAt);
  until.setUTCMonth(until.getUTCMonth() + 6);
  return {
    action,
    ground: 'terms',
    groundDetail: 'Rule 4: no advertising',
    explanation: 'The answer advertises a paid service.',
    automated: false,
    decidedBy: by,
    decidedAt,
    appealUntil: until.toISOString(),
  };
}

export function newAppeal(reportId: string, by: Appeal['by'], createdAt: string): Appeal {
  const id = randomUUID();
  return {
    id,
    reference: `AP-${id.slice(0, 8).toUpperCase()}`,
    reportId,
    by,
    text: 'I think this was a mistake.',
    createdAt,
    status: 'pending',
  };
}

/**
 * A value as it would go over the wire: a key whose value is undefined is
 * the same as no key, so a store may map absent columns either way.
 */
export const plain = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
