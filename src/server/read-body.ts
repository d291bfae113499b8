/**
 * Step 1 of a request: read the multipart body as it arrives, with busboy,
 * and refuse it the moment it passes a limit. Nothing is buffered whole: each
 * file is kept as the chunks that carried it (hashed on the way), joined
 * once when it ends, so an upload holds about its own bytes.
 */
import busboy from 'busboy';
import { createHash, type Hash } from 'node:crypto';
import { LIMITS } from '../report/limits.js';
import { invalid, json, tooLarge, type Step } from './answers.js';

/** Parts (fields and files) a body may have: a report and five files, with room for extra fields. */
export const PARTS_MAX = 32;
/** Text fields a body may have; only `report` is read, others are ignored. */
export const FIELDS_MAX = 24;
/** Multipart framing on top of the limits; a body larger than the sum is refused. */
const FRAMING_ALLOWANCE = 64 * 1024;
export const BODY_BYTES_MAX = LIMITS.totalBytesMax + LIMITS.reportJsonBytesMax + FRAMING_ALLOWANCE;

/** One file part named `screenshots`, as it arrived. */
export interface ReceivedFile {
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`, computed while they arrived. */
  sha256: string;
}

/** What the body carried that the next steps look at. */
export interface ReceivedBody {
  /** Each `report` field (one is expected). */
  reports: string[];
  files: ReceivedFile[];
  /** Text fields named `screenshots` (a client that sent names instead of files). */
  textScreenshots: number;
}

const TOO_LARGE = {
  files: `At most ${LIMITS.screenshotsMax} screenshots can be sent.`,
  file: 'Each screenshot can be at most 5 MB.',
  total: 'The screenshots can be at most 20 MB together.',
  body: 'The report and its screenshots are larger than 20 MB.',
  report: 'The report field is larger than 256 KB.',
  parts: `A report is at most ${PARTS_MAX} parts and ${FIELDS_MAX} fields.`,
};

/** Gathers one file's chunks and hash; everything else it skips past. */
function collectFile(stream: NodeJS.ReadableStream, keep: boolean, onChunk: (bytes: number) => void, done: (file: ReceivedFile) => void) {
  const chunks: Buffer[] = [];
  const hash: Hash | undefined = keep ? createHash('sha256') : undefined;
  let size = 0;
  // A cut-off body destroys the stream with an error; the parser reports the same failure.
  stream.on('error', () => {});
  stream.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    onChunk(chunk.byteLength);
    if (!hash) return;
    hash.update(chunk);
    chunks.push(chunk);
  });
  stream.on('end', () => {
    if (!hash) return;
    const joined = Buffer.concat(chunks, size);
    // A plain Uint8Array view of the joined bytes: `new Uint8Array(buffer)` would copy them once more.
    done({ bytes: new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength), sha256: hash.digest('hex') });
    // Drop the chunks now: the joined copy replaces them.
    chunks.length = 0;
  });
}

type Parser = ReturnType<typeof busboy>;

/** A busboy parser wired to `body`; `refusal()` is the first limit passed, if any. */
function parserFor(contentType: string, body: ReceivedBody) {
  let refusal: Response | undefined;
  const refuse = (answer: Response) => (refusal ??= answer);
  let fileBytes = 0;
  const parser: Parser = busboy({
    headers: { 'content-type': contentType },
    defParamCharset: 'utf8',
    // busboy reports a size or part limit when it is reached, not passed: one more, so the limit itself is allowed.
    limits: {
      files: LIMITS.screenshotsMax,
      fileSize: LIMITS.screenshotBytesMax + 1,
      fieldSize: LIMITS.reportJsonBytesMax + 1,
      fields: FIELDS_MAX,
      parts: PARTS_MAX + 1,
      headerPairs: 16,
    },
  });
  parser.on('file', (name, stream) => {
    stream.on('limit', () => refuse(tooLarge(TOO_LARGE.file)));
    const counted = (bytes: number) => {
      fileBytes += bytes;
      if (fileBytes > LIMITS.totalBytesMax) refuse(tooLarge(TOO_LARGE.total));
    };
    collectFile(stream, name === 'screenshots', counted, (file) => body.files.push(file));
  });
  parser.on('field', (name, value, info) => {
    if (name === 'screenshots') body.textScreenshots++;
    if (name !== 'report') return;
    if (info.valueTruncated) refuse(tooLarge(TOO_LARGE.report));
    else body.reports.push(value);
  });
  parser.on('filesLimit', () => refuse(tooLarge(TOO_LARGE.files)));
  parser.on('partsLimit', () => refuse(tooLarge(TOO_LARGE.parts)));
  parser.on('fieldsLimit', () => refuse(tooLarge(TOO_LARGE.parts)));
  const ended = new Promise<void>((resolve) => {
    parser.on('error', () => {
      refuse(invalid(400, 'The multipart body could not be read.'));
      resolve();
    });
    parser.on('close', () => resolve());
  });
  return { parser, ended, refusal: () => refusal };
}

const interrupted = () => invalid(400, 'The upload ended before the whole body arrived.');
const stalled = () => json(408, { message: 'The upload stalled; the report will be sent again.' });

type Read = ReadableStreamReadResult<Uint8Array> | 'stalled';

/** The next chunk, or 'stalled' when none comes within `ms`. */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<Read> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<'stalled'>((resolve) => (timer = setTimeout(() => resolve('stalled'), ms)));
  try {
    return await Promise.race([reader.read(), idle]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads the body through busboy; an answer as soon as a limit is passed (413),
 * the framing is broken (400), the client is gone (400, which nobody reads)
 * or silent for `idleMs` (408: otherwise a few silent connections would hold
 * every upload slot).
 */
export async function readBody(request: Request, idleMs: number): Promise<Step<ReceivedBody>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body) return invalid(400, 'The request has no body.');
  const body: ReceivedBody = { reports: [], files: [], textScreenshots: 0 };
  let wired: ReturnType<typeof parserFor>;
  try {
    wired = parserFor(contentType, body);
  } catch {
    return invalid(400, 'The multipart boundary is missing or malformed.');
  }
  const { parser, ended, refusal } = wired;
  const reader = request.body.getReader();
  let read = 0;
  try {
    for (;;) {
      const next = await readWithin(reader, idleMs);
      if (next === 'stalled') return stop(reader, parser, stalled());
      const { done, value } = next;
      if (done) break;
      read += value.byteLength;
      if (read > BODY_BYTES_MAX) return stop(reader, parser, tooLarge(TOO_LARGE.body));
      const more = parser.write(value);
      if (!more) await drained(parser);
      // Limits are reported while busboy parses; broken framing, just after.
      const answer = refusal();
      if (answer) return stop(reader, parser, answer);
    }
  } catch {
    return stop(reader, parser, interrupted());
  }
  parser.end();
  await ended;
  return refusal() ?? body;
}

/** Waits until busboy takes more input, or has failed or closed. */
function drained(parser: Parser): Promise<void> {
  return new Promise((resolve) => {
    if (parser.destroyed) return resolve();
    const events = ['drain', 'error', 'close'] as const;
    const done = () => {
      for (const event of events) parser.off(event, done);
      resolve();
    };
    for (const event of events) parser.on(event, done);
  });
}

/** Stops reading: the rest of the body is never pulled, the parser is let go. */
function stop(reader: ReadableStreamDefaultReader<Uint8Array>, parser: Parser, answer: Response): Response {
  reader.cancel().catch(() => {});
  parser.destroy();
  return answer;
}
