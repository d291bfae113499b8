/** Real image bytes and v1 reports for the server tests, made here rather than checked in. */
import type { ModerationStore, StoredReport } from '../../src/server/store.js';
import { deflateSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { readImageSize } from '../../src/evidence/sniff.js';
import { pngChunk as chunk } from '../../scripts/png-chunk.mjs';

/** A valid RGB PNG of the given size, filled with one colour. */
export function makePng(width: number, height: number, rgb: [number, number, number] = [200, 30, 30]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A PNG header declaring a size, with no pixel data worth decoding. */
export function pngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)]));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export function contentReport(overrides: Json = {}): Json {
  return {
    schema: 'report-concern/v1',
    id: randomUUID(),
    createdAt: '2026-11-24T10:00:00.000Z',
    category: 'spam',
    details: 'Advertises an essay-writing shop in every answer',
    subject: {
      kind: 'content',
      contentId: 'a-1029',
      contentType: 'answer',
      url: 'https://community.example/questions/88#a-1029',
      authorId: 'u-77',
      excerpt: 'Buy essays cheap at …',
    },
    evidence: { links: [], screenshots: [] },
    block: false,
    urgent: false,
    context: { pageUrl: 'https://community.example/questions/88', locale: 'en', widgetVersion: '0.1.0' },
    extensions: {},
    ...overrides,
  };
}

export function userReport(overrides: Json = {}): Json {
  return contentReport({
    category: 'scam',
    details: 'Asked me to pay for lessons by bank transfer outside the site',
    subject: { kind: 'user', userId: 'u-501', userName: 'Marco T.', profileUrl: 'https://community.example/u/501' },
    incident: { place: 'video-call', placeDetail: 'Skype', messageText: 'send 200 euro to my account first' },
    block: true,
    ...overrides,
  });
}

export interface Shot {
  bytes: Uint8Array;
  type?: string;
  filename?: string;
}

/** Fills `evidence.screenshots` from the files, as the widget does. */
export function withShots(report: Json, shots: Shot[]): Json {
  return {
    ...report,
    evidence: {
      ...report.evidence,
      screenshots: shots.map((s, i) => ({
        name: s.filename ?? `screenshot-${i + 1}.png`,
        type: s.type ?? 'image/png',
        size: s.bytes.byteLength,
        // What the header declares, as the widget reads it; 1×1 for bytes that are no image.
        width: readImageSize(s.bytes)?.width ?? 1,
        height: readImageSize(s.bytes)?.height ?? 1,
      })),
    },
  };
}

export function formOf(report: Json | string, shots: Shot[] = []): FormData {
  const form = new FormData();
  form.set('report', typeof report === 'string' ? report : JSON.stringify(report));
  shots.forEach((s, i) =>
    form.append('screenshots', new Blob([s.bytes as BlobPart], { type: s.type ?? 'image/png' }), s.filename ?? `screenshot-${i + 1}.png`),
  );
  return form;
}

export function post(form: FormData, headers: Record<string, string> = {}): Request {
  return new Request('https://receiver.example/api/reports', { method: 'POST', body: form, headers });
}

/** A request as the widget sends it: multipart, with the Idempotency-Key. */
export function send(report: Json, shots: Shot[] = []): Request {
  return post(formOf(report, shots), { 'Idempotency-Key': report.id, Accept: 'application/json' });
}

/** Every report a store holds, newest first, in full (the list itself gives summaries). */
export async function storedAll(store: ModerationStore): Promise<StoredReport[]> {
  const { reports } = await store.list({ limit: 100 });
  return Promise.all(reports.map(async (summary) => (await store.get(summary.id))!));
}
