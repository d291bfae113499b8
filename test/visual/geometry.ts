/**
 * What a picture cannot be trusted to show by itself, measured in the page:
 * nothing in the dialog sticks out of the screen sideways, and the thank-you
 * reads as one message rather than lines scattered over the sheet.
 */

/** Half a pixel of slack for sub-pixel layout. */
const SLACK = 0.5;

/** The largest gap allowed between two lines of the thank-you, in px (two lines' height of 16 px text). */
export const THANKS_MAX_GAP = 2 * 16 * 1.45;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Visually hidden on purpose (the screen reader's live region, a hidden file input): one pixel or clipped away. */
function hiddenOnPurpose(el: Element): boolean {
  const { clip, clipPath, display } = getComputedStyle(el);
  if (display === 'contents') return false;
  const box = el.getBoundingClientRect();
  return (box.width <= 1 && box.height <= 1) || (clip !== '' && clip !== 'auto') || clipPath.startsWith('inset(50%');
}

/** Not painted: hidden, or inside something visually hidden on purpose. */
function unseen(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true })) return true;
  for (let at: Element | null = el; at; at = at.parentElement) if (hiddenOnPurpose(at)) return true;
  return false;
}

function nameOf(node: Node): string {
  const el = node instanceof Element ? node : node.parentElement!;
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  const text = (node.textContent ?? '').trim().slice(0, 40);
  return `<${el.localName}${id}${cls}>${text ? ` "${text}"` : ''}`;
}

/**
 * Every rendered element and every line of text in `root` (the dialog's
 * shadow root) whose box leaves the viewport on the left or the right,
 * described with its edges. Text is measured apart from its element: a long
 * word can run out of a box that itself fits.
 */
export function sidewaysOverflow(root: ShadowRoot): string[] {
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  const report = (node: Node, box: Box) => {
    if (box.left < -SLACK || box.right > width + SLACK) {
      out.push(`${nameOf(node)} spans x ${Math.round(box.left)}…${Math.round(box.right)} of ${width}`);
    }
  };
  for (const el of root.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || unseen(el)) continue;
    report(el, box);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || unseen(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) if (line.width > 0) report(node, line);
  }
  return out;
}

/** The lines of the text nodes in `root` that contain `text`, in document order. */
function linesOf(root: ShadowRoot, text: string): DOMRect[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(text)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    if (lines.length) return lines;
  }
  return [];
}

/**
 * Checks that the thank-you holds together: its heading, the reference and
 * its last line are all shown, in that order, with no gap between one line
 * and the next larger than THANKS_MAX_GAP. Returns what is wrong, if anything.
 */
export function thanksApart(root: ShadowRoot, parts: { heading: string; reference: string; last: string }): string[] {
  const found = Object.entries(parts).map(([what, text]) => ({ what, lines: linesOf(root, text) }));
  const missing = found.filter((f) => !f.lines.length).map((f) => `the ${f.what} ("${parts[f.what as keyof typeof parts]}") is not shown`);
  if (missing.length) return missing;
  const problems: string[] = [];
  for (let i = 1; i < found.length; i++) {
    const above = found[i - 1]!;
    const below = found[i]!;
    const gap = below.lines[0]!.top - above.lines[above.lines.length - 1]!.bottom;
    if (gap < -SLACK) problems.push(`the ${below.what} is above the ${above.what}`);
    else if (gap > THANKS_MAX_GAP) {
      problems.push(`${Math.round(gap)} px of empty space between the ${above.what} and the ${below.what} (at most ${Math.round(THANKS_MAX_GAP)})`);
    }
  }
  return problems;
}

/**
 * Buttons whose label runs out of the button (a cramped footer on a narrow
 * screen): the label's lines must lie inside the button's box.
 */
export function labelsOutOfButtons(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const button of root.querySelectorAll('button')) {
    if (unseen(button)) continue;
    const box = button.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(button);
    for (const line of range.getClientRects()) {
      if (line.width === 0) continue;
      if (line.left < box.left - SLACK || line.right > box.right + SLACK) {
        out.push(`${nameOf(button)}: its label spans x ${Math.round(line.left)}…${Math.round(line.right)}, the button ${Math.round(box.left)}…${Math.round(box.right)}`);
        break;
      }
    }
  }
  return out;
}

/**
 * The footer's buttons on more than one row (a footer that wraps on a narrow
 * screen), or a word of a button's label broken across two lines ("Clo / se").
 */
export function footerWraps(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const footer of root.querySelectorAll('footer')) {
    const buttons = [...footer.querySelectorAll('button')].filter((b) => !unseen(b));
    const tops = buttons.map((b) => b.getBoundingClientRect().top);
    if (tops.length && Math.max(...tops) - Math.min(...tops) > SLACK) {
      out.push(`its ${tops.length} buttons are on more than one row (tops ${tops.map(Math.round).join(', ')})`);
    }
    for (const button of buttons) out.push(...brokenWords(button));
  }
  return out;
}

/** The words of an element's text that are laid out over more than one line. */
function brokenWords(el: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`${nameOf(el)}: the word "${word[0]}" is broken over ${tops.size} lines`);
    }
  }
  return out;
}

/** An open dialog inside the form (the redaction editor) that is not centred across the screen. */
export function offCentre(root: ShadowRoot): string[] {
  const width = document.documentElement.clientWidth;
  const out: string[] = [];
  for (const inner of root.querySelectorAll('dialog dialog[open]')) {
    const box = inner.getBoundingClientRect();
    const [left, right] = [box.left, width - box.right];
    if (Math.abs(left - right) > 1) out.push(`${nameOf(inner)} has ${Math.round(left)} px on the left and ${Math.round(right)} px on the right`);
  }
  return out;
}

/**
 * While a report is sending, what would change its screenshots (add, remove,
 * "Hide parts") must be off and look it: disabled, and drawn at most at
 * `dim` opacity (the label that stands for the file input included).
 */
export function activeWhileSending(root: ShadowRoot, dim = 0.6): string[] {
  const out: string[] = [];
  const input = root.querySelector<HTMLInputElement>('#files');
  if (input && !input.disabled) out.push('the file input is enabled');
  const looks = [...root.querySelectorAll<HTMLElement>('.files button'), ...root.querySelectorAll<HTMLElement>('label[for="files"]')];
  for (const el of looks) {
    if (el instanceof HTMLButtonElement && !el.disabled) out.push(`${nameOf(el)} is enabled`);
    if (Number(getComputedStyle(el).opacity) > dim) out.push(`${nameOf(el)} looks active (opacity ${getComputedStyle(el).opacity})`);
  }
  return out;
}
