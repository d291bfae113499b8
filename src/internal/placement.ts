/**
 * Places a floating element next to its anchor with floating-ui and keeps it
 * there while the page scrolls or resizes. Loaded lazily: nothing on a page
 * needs it until a dialog opens or a mark is shown.
 */
import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';

export interface PlaceOptions {
  placement?: Placement;
  strategy?: 'absolute' | 'fixed';
  gap?: number;
}

/** Starts placing `floating` beside `anchor`; call the returned function to stop. */
export function placeNextTo(anchor: Element, floating: HTMLElement, options: PlaceOptions = {}): () => void {
  const strategy = options.strategy ?? 'absolute';
  // Logical placement: "end" follows the writing direction of the anchor.
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const placement = options.placement ?? (rtl ? 'left' : 'right');
  // Hidden until its first position is known, so it never flashes elsewhere.
  floating.style.visibility = 'hidden';
  const update = () =>
    computePosition(anchor, floating, {
      placement,
      strategy,
      middleware: [offset(options.gap ?? 6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      Object.assign(floating.style, { position: strategy, left: `${x}px`, top: `${y}px`, visibility: '' });
    });
  return autoUpdate(anchor, floating, update);
}
