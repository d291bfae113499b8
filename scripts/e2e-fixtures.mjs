// What the end-to-end journeys send and what they look for: a real PNG with
// metadata the browser must strip, the reports the receiver wrote to disk,
// and the dialog's thank-you with its reference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pngChunk } from './png-chunk.mjs';

const REFERENCE = /RC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * A real RGB PNG made in Node: a chat-like picture (grey page, two message
 * bubbles), with a tEXt chunk standing in for the metadata the browser must
 * strip before anything is sent.
 */
export function makePng(width = 360, height = 240) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x++) {
      let rgb = [244, 246, 249];
      if (y > 30 && y < 90 && x > 20 && x < 250) rgb = [238, 241, 246];
      if (y > 120 && y < 180 && x > 110 && x < 340) rgb = [223, 241, 232];
      if ((y === 60 || y === 150) && x % 7 < 5 && x > 40 && x < 320) rgb = [29, 35, 48];
      row.set(rgb, 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('tEXt', Buffer.from('Comment\0secret home address, Calle Falsa 123', 'latin1')),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The reports on disk, in the fs store's layout (reports/<aa>/<id>/): a folder is there whole or not at all. */
export function storedReports(dir) {
  const root = join(dir, 'reports');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .flatMap((shard) => readdirSync(join(root, shard)).map((id) => join(root, shard, id)))
    .map((folder) => ({
      folder,
      files: readdirSync(folder).sort(),
      report: JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')),
      meta: JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')),
    }));
}

/** The report dialog on a Playwright page. */
export const dialogOf = (page) => page.getByRole('dialog', { name: 'Report Concern' });

/** Waits for the thank-you in the dialog `d` and returns the reference it shows. */
export async function delivered(d) {
  await d.getByText('Thank you', { exact: false }).first().waitFor();
  const text = await d.getByText(/Your reference: RC-/).textContent();
  const reference = text?.match(REFERENCE)?.[0];
  assert(reference, `a reference is shown, got ${JSON.stringify(text)}`);
  return reference;
}
