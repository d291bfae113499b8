/**
 * Step 4 of a request: each file against `evidence.screenshots[i]`: its whole
 * structure verified (verify-image.ts), and its type, byte size, width and
 * height those the report declares. A refusal names the file by its field,
 * `evidence.screenshots.i`, and nothing is stored.
 */
import type { ImageType } from '../report/limits.js';
import type { Report } from '../report/schema.js';
import { PIXELS_MAX } from '../evidence/inspect.js';
import { invalid, type Step } from './answers.js';
import type { ReceivedFile } from './read-body.js';
import type { ReceivedImage } from './store.js';
import { verifyImage, type ImageFault } from './verify-image.js';

const FAULTS: Record<ImageFault, string> = {
  empty: 'This file is empty.',
  'not-image': 'This file is not a PNG, JPEG or WebP image.',
  malformed: 'This image is damaged: its structure does not follow its format.',
  truncated: 'This image is incomplete: it ends before its end marker.',
  'trailing-data': 'This image carries other data after its end.',
  'too-many-pixels': `This image declares more than ${PIXELS_MAX / 1e6} million pixels.`,
};

function extension(type: ImageType): string {
  return type === 'image/jpeg' ? 'jpg' : type.slice('image/'.length);
}

type Meta = Report['evidence']['screenshots'][number];

/** Why one file is not the screenshot its metadata describes, or undefined when it is. */
async function fileFault(file: ReceivedFile, meta: Meta, pause: () => Promise<void>): Promise<string | undefined> {
  const verdict = await verifyImage(file.bytes, pause);
  if (!verdict.ok) return FAULTS[verdict.fault];
  if (verdict.type !== meta.type) return `This file is ${verdict.type}, but the report says ${meta.type}.`;
  if (file.bytes.byteLength !== meta.size) return `This file has ${file.bytes.byteLength} bytes, but the report says ${meta.size}.`;
  if (verdict.width !== meta.width || verdict.height !== meta.height) {
    return `This image is ${verdict.width}×${verdict.height} pixels, but the report says ${meta.width}×${meta.height}.`;
  }
  return undefined;
}

/** Budget for one stretch of work before other requests get their turn (docs/PROTOCOL.md §7: about 50 ms at most). */
const SLICE_MS = 10;

/** A pause that lets other requests run once this request has worked for SLICE_MS. */
function pacer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

export async function checkImages(report: Report, files: ReceivedFile[]): Promise<Step<ReceivedImage[]>> {
  const metas = report.evidence.screenshots;
  if (files.length !== metas.length) {
    return invalid(422, 'The screenshots do not match the report.', {
      'evidence.screenshots': `The report lists ${metas.length} screenshots but ${files.length} were sent.`,
    });
  }
  const errors: Record<string, string> = {};
  const images: ReceivedImage[] = [];
  const pause = pacer();
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const meta = metas[i]!;
    const fault = await fileFault(file, meta, pause);
    if (fault) errors[`evidence.screenshots.${i}`] = `${meta.name}: ${fault}`;
    else images.push({ name: `screenshot-${i + 1}.${extension(meta.type)}`, type: meta.type, bytes: file.bytes, sha256: file.sha256 });
  }
  if (Object.keys(errors).length > 0) return invalid(422, 'Some screenshots are not valid.', errors);
  return images;
}
