/**
 * What the reporter marks on a screenshot, and how a mark looks in pixels.
 * Shared by the editor's preview and the re-encoding (process.ts), so what
 * the reporter sees is what is sent. No DOM: it also runs in the image worker.
 */

/** `hide` paints the area black; `highlight` draws an outline around it. */
export type Tool = 'hide' | 'highlight';

/** A rectangle in pixels of the output image; without `tool` it is hidden. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  tool?: Tool;
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** The outline's width: 4 px on a phone-sized image, thicker on a large one so it stays visible once scaled down. */
export function outlineWidth(width: number, height: number): number {
  return Math.max(4, Math.round(Math.max(width, height) / 320));
}

/** The highlight's colours: bright inside, dark on both edges, so it shows on any background. */
export const HIGHLIGHT = '#ffe600';
export const HIGHLIGHT_EDGE = '#1c1c1c';

/** Paints the marks in the order they were made: a later hide covers an earlier outline. */
export function paintMarks(ctx: Context2D, marks: readonly Box[], width: number, height: number): void {
  const line = outlineWidth(width, height);
  for (const box of marks) {
    if (box.tool === 'highlight') {
      // The outline sits just outside the area, so it covers nothing the
      // reporter pointed at.
      const pad = line / 2 + 2;
      const [x, y, w, h] = [box.x - pad, box.y - pad, box.width + pad * 2, box.height + pad * 2];
      ctx.lineWidth = line + 4;
      ctx.strokeStyle = HIGHLIGHT_EDGE;
      ctx.strokeRect(x, y, w, h);
      ctx.lineWidth = line;
      ctx.strokeStyle = HIGHLIGHT;
      ctx.strokeRect(x, y, w, h);
    } else {
      ctx.fillStyle = '#000';
      ctx.fillRect(box.x, box.y, box.width, box.height);
    }
  }
}
