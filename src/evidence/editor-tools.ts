/**
 * The editor's selection: the rectangle the reporter is about to mark, moved
 * by pointer (dragging) or by keyboard (moveByKey), and drawn as a dashed
 * frame on the preview.
 * Whichever tool is chosen (hide or highlight), the selection works the same.
 */
import type { Box } from './marks.js';

export interface Point {
  x: number;
  y: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where a pointer event falls on the image, in its own pixels, inside its edges. */
export function pointOnImage(canvas: HTMLCanvasElement, e: PointerEvent): Point {
  const r = canvas.getBoundingClientRect();
  return {
    x: clamp(Math.round(((e.clientX - r.left) / r.width) * canvas.width), 0, canvas.width),
    y: clamp(Math.round(((e.clientY - r.top) / r.height) * canvas.height), 0, canvas.height),
  };
}

/** Makes `sel` the rectangle between two corners, in whatever direction it was dragged. */
export function spanTo(sel: Box, from: Point, to: Point): void {
  sel.x = Math.min(from.x, to.x);
  sel.y = Math.min(from.y, to.y);
  sel.width = Math.abs(to.x - from.x);
  sel.height = Math.abs(to.y - from.y);
}

/**
 * The pointer on the canvas: pressing starts a rectangle, moving spans the
 * selection (repainted as it goes), releasing marks it.
 */
export function dragging(canvas: () => HTMLCanvasElement, sel: Box, paint: () => void, mark: () => void) {
  let from: Point | undefined;
  return {
    down(e: PointerEvent): void {
      from = pointOnImage(canvas(), e);
      try {
        canvas().setPointerCapture?.(e.pointerId);
      } catch {
        // Firefox throws for a pointer it does not count as active (a pointer
        // event made by script or assistive technology): the drag works
        // without capture, it only ends if the pointer leaves the canvas.
      }
      canvas().focus();
    },
    move(e: PointerEvent): void {
      if (!from) return;
      spanTo(sel, from, pointOnImage(canvas(), e));
      paint();
    },
    up(e: PointerEvent): void {
      if (!from) return;
      spanTo(sel, from, pointOnImage(canvas(), e));
      from = undefined;
      mark();
    },
  };
}

/** The keyboard selection starts in the middle, a quarter of each side. */
export function initialSelection(width: number, height: number): Box {
  return { x: Math.round(width * 0.375), y: Math.round(height * 0.375), width: Math.round(width / 4), height: Math.round(height / 4) };
}

const MOVES: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Arrows move the selection by a fiftieth of the image, Shift+arrows resize
 * it; it never leaves the image. Returns whether the key was one of these.
 */
export function moveByKey(sel: Box, e: KeyboardEvent, width: number, height: number): boolean {
  const move = MOVES[e.key];
  if (!move) return false;
  const dx = Math.max(1, Math.round(width / 50)) * move[0];
  const dy = Math.max(1, Math.round(height / 50)) * move[1];
  if (e.shiftKey) {
    sel.width = clamp(sel.width + dx, Math.max(1, Math.round(width / 50)), width - sel.x);
    sel.height = clamp(sel.height + dy, Math.max(1, Math.round(height / 50)), height - sel.y);
  } else {
    sel.x = clamp(sel.x + dx, 0, width - sel.width);
    sel.y = clamp(sel.y + dy, 0, height - sel.height);
  }
  return true;
}

/** The selection's frame: white and red dashes, so it shows on any image; never part of what is sent. */
export function paintSelection(ctx: CanvasRenderingContext2D, sel: Box, width: number, height: number): void {
  const line = Math.max(2, Math.round(Math.max(width, height) / 300));
  ctx.lineWidth = line;
  ctx.setLineDash([line * 3, line * 2]);
  ctx.strokeStyle = '#fff';
  ctx.strokeRect(sel.x, sel.y, sel.width, sel.height);
  ctx.strokeStyle = '#d00';
  ctx.lineDashOffset = line * 2.5;
  ctx.strokeRect(sel.x, sel.y, sel.width, sel.height);
  ctx.lineDashOffset = 0;
  ctx.setLineDash([]);
}
