/**
 * The categories' help popovers: each is placed below its "?" by
 * floating-ui, which loads with the first help opened, not with the form,
 * as do the English words of the help (`words`: i18n/en-help.ts). The
 * popover stays hidden until both are in. Placement stops when the
 * popover closes or the dialog does.
 */
import type { Category } from '../../../../report/categories.js';

const loadPlacement = () => import('../../../../internal/placement.js');

/**
 * `words` settles once every category's help is in the form's strings and
 * rendered; it loads them first where they are missing (English).
 */
export function createHelp(root: () => ShadowRoot, words: () => Promise<unknown>) {
  let stopPlacing: (() => void) | undefined;
  /** Bumped at every toggle: a placement that loads after its popover closed is dropped. */
  let generation = 0;

  const release = () => {
    stopPlacing?.();
    stopPlacing = undefined;
  };

  return {
    release,

    onToggle(event: ToggleEvent, category: Category): void {
      const popover = event.target as HTMLElement;
      const mine = ++generation;
      release();
      if (event.newState !== 'open') return;
      const anchor = root().querySelector(`[popovertarget="help-${category}"]`);
      if (!anchor) return;
      // Hidden until placed. Should a chunk fail to load (offline), it shows
      // where the browser puts it if it has its words, and closes if not:
      // an empty box helps nobody.
      popover.style.visibility = 'hidden';
      Promise.all([loadPlacement(), words()]).then(
        ([{ placeNextTo }]) => {
          if (mine !== generation) return;
          // Below the "?" at the end of its row, reaching back over the label:
          // "-end" is the inline end, and floating-ui reads the popover's own
          // direction, so in Arabic or Hebrew the same placement mirrors.
          stopPlacing = placeNextTo(anchor, popover, { strategy: 'fixed', placement: 'bottom-end' });
        },
        () => {
          popover.style.visibility = '';
          if (!popover.textContent?.trim()) popover.hidePopover();
        },
      );
    },
  };
}
