/**
 * The screenshot editor: the reporter blacks out parts of a screenshot
 * (their address, bank details, other people's names) and outlines what they
 * want the moderators to look at, before it is sent. A modal editor over the
 * report dialog, loaded only when someone opens it. It returns the marks;
 * screenshots.ts paints them into the pixels and re-encodes, so what is
 * hidden is gone from the image, not covered by an overlay.
 *
 * Two tools, Hide and Highlight, chosen by two toggle buttons. Pointer: drag
 * a rectangle. Keyboard: the canvas holds a selection that the arrow keys
 * move (Shift+arrows resize); Enter marks it with the chosen tool. Every mark
 * counts as soon as it is made (nothing to confirm); Undo takes back the
 * last one; Apply or Cancel close.
 */
import { html, render, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../i18n/strings.js';
import { withEditorWords } from '../i18n/en-editor.js';
import { dragging, initialSelection, moveByKey, paintSelection } from './editor-tools.js';
import { paintMarks, type Box, type Tool } from './marks.js';

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
.editor .tools{display:flex;gap:.5em;margin-block-end:.75em}
.editor .tools [aria-pressed=true]{border:2px solid var(--_accent,#1a5fb4);background:color-mix(in srgb,var(--_accent,#1a5fb4) 20%,transparent)}
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

/** What the editor's view shows, and what its controls do. */
interface View {
  s: Strings['evidence'];
  name: string;
  width: number;
  height: number;
  tool: Tool;
  marks: readonly Box[];
  drag: ReturnType<typeof dragging>;
  onKey(e: KeyboardEvent): void;
  choose(tool: Tool): void;
  mark(): void;
  undo(): void;
  finish(apply: boolean): void;
}

function editorView(v: View): TemplateResult {
  const { s, tool, marks } = v;
  const highlighted = marks.filter((m) => m.tool === 'highlight').length;
  return html`<h3 id="editor-title">${s.editorTitle(v.name)}</h3>
    <p id="editor-help">${s.editorHelp} ${s.highlightHelp}</p>
    <div class="tools" role="group">
      <button type="button" class="secondary tool" aria-pressed=${tool === 'hide'} @click=${() => v.choose('hide')}>${s.hideTool}</button>
      <button type="button" class="secondary tool" aria-pressed=${tool === 'highlight'} @click=${() => v.choose('highlight')}>
        ${s.highlightTool}
      </button>
    </div>
    <canvas
      width=${v.width}
      height=${v.height}
      tabindex="0"
      role="img"
      aria-label=${s.editorTitle(v.name)}
      aria-describedby="editor-help"
      @pointerdown=${v.drag.down}
      @pointermove=${v.drag.move}
      @pointerup=${v.drag.up}
      @keydown=${v.onKey}
    ></canvas>
    <div class="row">
      <span class="count" role="status">${s.boxes(marks.length - highlighted)}${highlighted ? ` ${s.highlights(highlighted)}` : ''}</span>
      <button type="button" class="secondary" @click=${v.mark}>${tool === 'hide' ? s.addBox : s.addHighlight}</button>
      <button type="button" class="secondary" ?disabled=${!marks.length} @click=${v.undo}>${s.undo}</button>
      <button type="button" class="secondary" @click=${() => v.finish(false)}>${s.cancel}</button>
      <button type="button" class="primary" @click=${() => v.finish(true)}>${s.apply}</button>
    </div>`;
}

/** The editor's `<dialog>` in `container`, its styles adopted there; `remove()` takes both away. */
function mountDialog(container: Element): { dialog: HTMLDialogElement; remove(): void } {
  const dialog = document.createElement('dialog');
  dialog.className = 'editor';
  dialog.setAttribute('aria-labelledby', 'editor-title');
  const unadopt = adopt(container);
  container.append(dialog);
  // Keys and pastes belong to the editor, not to the report dialog around it.
  dialog.addEventListener('keydown', (e) => e.stopPropagation());
  dialog.addEventListener('paste', (e) => e.stopPropagation());
  return {
    dialog,
    remove() {
      dialog.remove();
      unadopt();
    },
  };
}

/**
 * The marking of one screenshot in `dialog`: the marks, the selection, the
 * chosen tool, and the view's controls over them. Returns `draw()`, which
 * renders the view and paints the canvas; Apply and Cancel call `done` with
 * the marks to keep, if any.
 */
function marking(input: EditorInput, bitmap: ImageBitmap, dialog: HTMLDialogElement, done: (kept: Box[] | undefined) => void) {
  const { width, height } = input;
  const marks: Box[] = [];
  const sel = initialSelection(width, height);
  let tool: Tool = 'hide';
  let canvas!: HTMLCanvasElement;

  const paint = () => {
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    paintMarks(ctx, marks, width, height);
    paintSelection(ctx, sel, width, height);
  };
  const mark = () => {
    if (sel.width < 1 || sel.height < 1) return;
    marks.push({ ...sel, tool });
    draw();
  };
  const view: Omit<View, 'tool'> = {
    s: withEditorWords(input.strings),
    name: input.name,
    width,
    height,
    marks,
    drag: dragging(() => canvas, sel, paint, mark),
    onKey(e) {
      if (moveByKey(sel, e, width, height)) {
        e.preventDefault();
        paint();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        mark();
      }
    },
    choose(next) {
      tool = next;
      draw();
    },
    mark,
    undo() {
      marks.pop();
      draw();
    },
    finish(apply) {
      done(apply && marks.length ? marks.map((b) => ({ ...b })) : undefined);
    },
  };
  const draw = () => {
    render(editorView({ ...view, tool }), dialog);
    canvas ??= dialog.querySelector('canvas')!;
    paint();
    return canvas;
  };
  return draw;
}

/** Opens the editor; resolves with the marks, or `undefined` when cancelled or nothing was marked. */
export async function openEditor(input: EditorInput): Promise<Box[] | undefined> {
  const bitmap = await createImageBitmap(input.image);
  const { dialog, remove } = mountDialog(input.container);
  let kept: Box[] | undefined;
  const draw = marking(input, bitmap, dialog, (marks) => {
    kept = marks;
    dialog.close();
  });
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      bitmap.close();
      remove();
      resolve(kept);
    });
    const canvas = draw();
    dialog.showModal();
    canvas.focus();
  });
}
