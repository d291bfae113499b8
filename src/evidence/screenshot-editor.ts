/**
 * Redaction: the reporter blacks out parts of a screenshot (their address,
 * bank details, other people's names) before it is sent. A modal editor over
 * the report dialog, loaded only when someone opens it. It returns the boxes;
 * screenshots.ts paints them into the pixels and re-encodes, so what is
 * hidden is gone from the image, not covered by an overlay.
 *
 * Pointer: drag a rectangle. Keyboard: the canvas holds a selection that the
 * arrow keys move (Shift+arrows resize); Enter hides it. Undo takes back the
 * last box; Apply or Cancel close.
 */
import { html, render } from 'lit/html.js';
import type { Strings } from '../i18n/strings.js';
import type { Box } from './process.js';

export interface EditorInput {
  /** Where the editor's `<dialog>` goes: inside the report dialog, so its styles apply. */
  container: Element;
  /** The screenshot as it would be sent. */
  image: Blob;
  width: number;
  height: number;
  name: string;
  strings: Strings['evidence'];
}

const css = `
.editor{margin:auto;max-inline-size:min(96vw,60rem);max-block-size:96vh;padding:1rem;border:none;border-radius:var(--_radius,6px);
  background:var(--_surface,#fff);color:var(--_text,#1c1c1c);font:inherit}
.editor::backdrop{background:rgb(0 0 0/.6)}
.editor h3{margin:0 0 .5em;font-size:1.1em}
.editor p{margin:0 0 .75em}
.editor canvas{display:block;max-inline-size:100%;max-block-size:60vh;inline-size:auto;block-size:auto;cursor:crosshair;
  touch-action:none;outline:1px solid var(--_border,#888)}
.editor canvas:focus-visible{outline:3px solid var(--_focus,#1a5fb4);outline-offset:2px}
.editor .row{display:flex;flex-wrap:wrap;gap:.5em;justify-content:flex-end;margin-block-start:.75em}
.editor .count{margin-inline-end:auto;align-self:center}
`;

let sheet: CSSStyleSheet | undefined;

function adopt(root: Node): () => void {
  const shadow = root.getRootNode();
  if (!(shadow instanceof ShadowRoot)) return () => undefined;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(css);
  const mine = sheet;
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, mine];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== mine);
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Opens the editor; resolves with the boxes to hide, or `undefined` when cancelled or nothing was hidden. */
export async function openEditor(input: EditorInput): Promise<Box[] | undefined> {
  const { width, height, strings: s } = input;
  const bitmap = await createImageBitmap(input.image);
  const boxes: Box[] = [];
  // The keyboard selection starts in the middle, a quarter of each side.
  const sel: Box = { x: Math.round(width * 0.375), y: Math.round(height * 0.375), width: Math.round(width / 4), height: Math.round(height / 4) };
  let drag: { x: number; y: number } | undefined;

  const dialog = document.createElement('dialog');
  dialog.className = 'editor';
  dialog.setAttribute('aria-labelledby', 'editor-title');
  const unadopt = adopt(input.container);
  input.container.append(dialog);

  let canvas!: HTMLCanvasElement;
  const paint = () => {
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    ctx.fillStyle = '#000';
    for (const b of boxes) ctx.fillRect(b.x, b.y, b.width, b.height);
    const line = Math.max(2, Math.round(Math.max(width, height) / 300));
    ctx.lineWidth = line;
    ctx.setLineDash([line * 3, line * 2]);
    ctx.strokeStyle = '#fff';
    ctx.strokeRect(sel.x, sel.y, sel.width, sel.height);
    ctx.strokeStyle = '#d00';
    ctx.lineDashOffset = line * 2.5;
    ctx.strokeRect(sel.x, sel.y, sel.width, sel.height);
    ctx.lineDashOffset = 0;
  };

  return new Promise((resolve) => {
    let result: Box[] | undefined;
    const finish = (apply: boolean) => {
      result = apply && boxes.length ? boxes.map((b) => ({ ...b })) : undefined;
      dialog.close();
    };
    dialog.addEventListener('close', () => {
      bitmap.close();
      dialog.remove();
      unadopt();
      resolve(result);
    });
    // Keys and pastes belong to the editor, not to the report dialog around it.
    dialog.addEventListener('keydown', (e) => e.stopPropagation());
    dialog.addEventListener('paste', (e) => e.stopPropagation());

    const toImage = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      return {
        x: clamp(Math.round(((e.clientX - r.left) / r.width) * width), 0, width),
        y: clamp(Math.round(((e.clientY - r.top) / r.height) * height), 0, height),
      };
    };
    const spanTo = (from: { x: number; y: number }, to: { x: number; y: number }) => {
      sel.x = Math.min(from.x, to.x);
      sel.y = Math.min(from.y, to.y);
      sel.width = Math.abs(to.x - from.x);
      sel.height = Math.abs(to.y - from.y);
    };
    const addBox = () => {
      if (sel.width < 1 || sel.height < 1) return;
      boxes.push({ ...sel });
      draw();
    };
    const onPointerDown = (e: PointerEvent) => {
      drag = toImage(e);
      try {
        canvas.setPointerCapture?.(e.pointerId);
      } catch {
        // Firefox throws for a pointer it does not count as active (a pointer
        // event made by script or assistive technology): the drag works
        // without capture, it only ends if the pointer leaves the canvas.
      }
      canvas.focus();
    };
    const onPointerMove = (e: PointerEvent) => {
      if (!drag) return;
      spanTo(drag, toImage(e));
      paint();
    };
    const onPointerUp = (e: PointerEvent) => {
      if (!drag) return;
      spanTo(drag, toImage(e));
      drag = undefined;
      addBox();
    };
    const onKey = (e: KeyboardEvent) => {
      const dx = Math.max(1, Math.round(width / 50));
      const dy = Math.max(1, Math.round(height / 50));
      const moves: Record<string, [number, number]> = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, -dy], ArrowDown: [0, dy] };
      const move = moves[e.key];
      if (move) {
        e.preventDefault();
        if (e.shiftKey) {
          sel.width = clamp(sel.width + move[0], dx, width - sel.x);
          sel.height = clamp(sel.height + move[1], dy, height - sel.y);
        } else {
          sel.x = clamp(sel.x + move[0], 0, width - sel.width);
          sel.y = clamp(sel.y + move[1], 0, height - sel.height);
        }
        paint();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        addBox();
      }
    };
    const undo = () => {
      boxes.pop();
      draw();
    };

    const draw = () => {
      render(
        html`<h3 id="editor-title">${s.editorTitle(input.name)}</h3>
          <p id="editor-help">${s.editorHelp}</p>
          <canvas
            width=${width}
            height=${height}
            tabindex="0"
            role="img"
            aria-label=${s.editorTitle(input.name)}
            aria-describedby="editor-help"
            @pointerdown=${onPointerDown}
            @pointermove=${onPointerMove}
            @pointerup=${onPointerUp}
            @keydown=${onKey}
          ></canvas>
          <div class="row">
            <span class="count" role="status">${s.boxes(boxes.length)}</span>
            <button type="button" class="secondary" @click=${addBox}>${s.addBox}</button>
            <button type="button" class="secondary" ?disabled=${!boxes.length} @click=${undo}>${s.undo}</button>
            <button type="button" class="secondary" @click=${() => finish(false)}>${s.cancel}</button>
            <button type="button" class="primary" @click=${() => finish(true)}>${s.apply}</button>
          </div>`,
        dialog,
      );
      canvas ??= dialog.querySelector('canvas')!;
      paint();
    };
    draw();
    dialog.showModal();
    canvas.focus();
  });
}
