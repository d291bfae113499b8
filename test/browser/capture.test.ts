/**
 * "Capture this page" in real Chromium, launched with
 * --auto-accept-this-tab-capture (scripts/wtr-engines.mjs) so that
 * getDisplayMedia takes this tab without a picker; and the editor's
 * Highlight tool, judged on the pixels sent. The coarse-pointer case is in
 * capture-coarse.test.ts: touch emulation cannot be undone within a page.
 *
 * Every capture here is started the way a person starts it (the button
 * focused, Space pressed) and awaited to its end (the editor open, or focus
 * back on the button): a capture still running when its test ends would
 * take a real frame in the next test.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chooseCategory, chooseFiles, inDialog, maybeInDialog, openFrom, resetPage, submit, theDialog, typeInto, waitFor } from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { metadataIn, near, pixelAt } from '../support/images.js';
import { configure } from '../../src/config.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

const GREEN = [0, 160, 0];
const RED = [200, 0, 0];
const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const YELLOW = [255, 230, 0];

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A green page with a red square at 20–80 px, and the report dialog open over it. */
async function openOnGreenPage(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en">
    <div style="position:fixed;inset:0;background:rgb(0,160,0)"></div>
    <div style="position:fixed;left:20px;top:20px;width:60px;height:60px;background:rgb(200,0,0)"></div>
    <flag-button content-id="c-16" content-type="message"></flag-button>
  </div>`);
  const el = wrap.querySelector('flag-button')!;
  await openFrom(el);
  return el;
}

const captureButton = () => maybeInDialog<HTMLButtonElement>('button.capture');
const focused = () => theDialog().shadowRoot!.activeElement;
const editor = () => inDialog<HTMLDialogElement>('dialog.editor[open]');
const editorButton = (label: string) => [...editor().querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

/** Presses "Capture this page" from the keyboard, as a person would (a real key press, so a user activation). */
async function pressCapture(): Promise<void> {
  captureButton()!.focus();
  await sendKeys({ press: 'Space' });
}

/**
 * A stand-in for the browser's answer to getDisplayMedia, counting the
 * requests, so a test can wait for the capture to have really asked.
 */
function answering(error: DOMException) {
  const answer = () => {
    answer.asked++;
    return Promise.reject(error);
  };
  answer.asked = 0;
  return answer;
}

/** A refused or cancelled capture ends with the dialog shown again and focus back on its button. */
const backOnButton = (answer: { asked: number }) =>
  waitFor(() => answer.asked === 1 && !inDialog('dialog').classList.contains('capturing') && focused() === captureButton(), 'focus back on the button');

async function thumbnailBlob(): Promise<Blob> {
  return (await fetch(inDialog<HTMLImageElement>('.files img').src)).blob();
}

/** Replaces a browser feature for one test; the returned function puts it back. */
function override<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(target, key, own) : delete target[key]);
}

describe('capture this page', () => {
  let restore: (() => void)[] = [];
  afterEach(async () => {
    for (const undo of restore.reverse()) undo();
    restore = [];
    await resetPage();
  });

  it('captures the tab without the dialog, then highlights and hides by keyboard what is sent', async () => {
    // The real getDisplayMedia, watched: its stream must be stopped once the frame is taken.
    const streams: MediaStream[] = [];
    const devices = navigator.mediaDevices;
    const real = devices.getDisplayMedia.bind(devices);
    restore.push(override(devices, 'getDisplayMedia', (o?: DisplayMediaStreamOptions) => real(o).then((s) => (streams.push(s), s))));
    const bucket = uniqueBucket();
    const el = await openOnGreenPage(bucketUrl(bucket));
    await chooseCategory('spam');
    const box = inDialog('dialog').getBoundingClientRect();
    await pressCapture();
    const canvas = await waitFor(() => maybeInDialog('dialog.editor[open]')?.querySelector('canvas'), 'the editor', 8000);
    expect(inDialog('dialog:not(.editor)').classList.contains('capturing'), 'the dialog is back').to.equal(false);
    expect(streams.length, 'one stream').to.equal(1);
    expect(streams[0]!.getTracks().map((t) => t.readyState), 'stopped at once').to.deep.equal(['ended']);

    // One frame of this tab at the device's pixel ratio, of the page's own
    // pixels: the red square where it stands, green where the dialog stood
    // (the dialog is white) and in the corner (the backdrop would darken it).
    const shot = await thumbnailBlob();
    expect(canvas.width, 'the width in device pixels').to.equal(Math.round(innerWidth * devicePixelRatio));
    const scale = canvas.width / innerWidth;
    const at = (x: number, y: number) => pixelAt(shot, Math.round(x * scale), Math.round(y * scale));
    expect(near(await at(50, 50), RED), 'the page itself').to.equal(true);
    expect(near(await at(box.left + box.width / 2, box.top + box.height / 2), GREEN), 'no dialog in the frame').to.equal(true);
    expect(near(await at(innerWidth - 3, innerHeight - 3), GREEN), 'no backdrop in the frame').to.equal(true);

    // Highlight the middle quarter, then hide an area moved left of it, all by keyboard.
    editorButton('Highlight').focus();
    await sendKeys({ press: 'Space' });
    expect(editorButton('Highlight').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused() === canvas, 'Tab reaches the image').to.equal(true);
    await sendKeys({ press: 'Enter' });
    editorButton('Hide').focus();
    await sendKeys({ press: 'Space' });
    canvas.focus();
    for (let i = 0; i < 10; i++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    expect(editor().querySelector('[role="status"]')!.textContent).to.equal('1 area hidden. 1 area highlighted.');
    editorButton('Apply').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !maybeInDialog('dialog.editor'), 'the editor closed');
    await waitFor(() => inDialog('[role="status"][aria-live="polite"]').textContent?.includes('updated'), 'the announcement');

    const sent = await thumbnailBlob();
    const { width: w, height: h } = await createImageBitmap(sent);
    const top = Math.round(h * 0.375);
    // The outline runs just outside the highlighted area; inside, the page is untouched.
    expect(near(await pixelAt(sent, Math.round(w * 0.55), top - 4), YELLOW), 'the outline').to.equal(true);
    expect(near(await pixelAt(sent, Math.round(w * 0.55), Math.round(h * 0.5)), GREEN), 'inside the outline').to.equal(true);
    expect(near(await pixelAt(sent, Math.round(w * 0.3), Math.round(h * 0.5)), BLACK), 'the hidden area').to.equal(true);
    expect(near(await pixelAt(sent, Math.round(w * 0.9), Math.round(h * 0.9)), GREEN), 'the rest').to.equal(true);
    expect(metadataIn(new Uint8Array(await sent.arrayBuffer()))).to.deep.equal([]);

    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request!.files.length).to.equal(1);
    // The same bytes, so the same pixels as checked above.
    expect(request!.files[0]!.sha256, 'the marked-up image is what was received').to.equal(await sha256(sent));
  });

  it('offers capture where it can work: a secure context, a fine pointer, getDisplayMedia', async () => {
    await openOnGreenPage('/nowhere');
    expect(captureButton()?.textContent?.trim()).to.equal('Capture this page');
  });

  it('offers no capture outside a secure context', async () => {
    restore.push(override(window, 'isSecureContext', false));
    await openOnGreenPage('/nowhere');
    expect(maybeInDialog('#files') !== null, 'screenshots can still be added').to.equal(true);
    expect(captureButton() === null, 'no capture button').to.equal(true);
  });

  it('offers no capture where the browser cannot capture the screen', async () => {
    restore.push(override(navigator.mediaDevices, 'getDisplayMedia', undefined as never));
    await openOnGreenPage('/nowhere');
    expect(maybeInDialog('#files') !== null, 'screenshots can still be added').to.equal(true);
    expect(captureButton() === null, 'no capture button').to.equal(true);
  });

  it('keeps the form as it was and says so when the browser refuses', async () => {
    const refuse = answering(new DOMException('Permission denied by system', 'NotAllowedError'));
    restore.push(override(navigator.mediaDevices, 'getDisplayMedia', refuse));
    await openOnGreenPage('/nowhere');
    await chooseCategory('spam');
    await typeInto('#details', 'Selling fake tickets in the chat.');
    await pressCapture();
    await backOnButton(refuse);
    expect(inDialog('#files-error').textContent).to.include('The browser did not allow the capture.');
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Selling fake tickets in the chat.');
    expect(inDialog<HTMLInputElement>('input[value="spam"]').checked).to.equal(true);
    expect(maybeInDialog('.files') === null, 'no screenshot').to.equal(true);
    expect(maybeInDialog('dialog.editor') === null, 'no editor').to.equal(true);
    expect(inDialog<HTMLDialogElement>('dialog').open).to.equal(true);
  });

  it('keeps the form as it was and says nothing when the person cancels', async () => {
    const cancel = answering(new DOMException('The user aborted a request.', 'AbortError'));
    restore.push(override(navigator.mediaDevices, 'getDisplayMedia', cancel));
    await openOnGreenPage('/nowhere');
    await typeInto('#details', 'Spam links.');
    await pressCapture();
    await backOnButton(cancel);
    expect(inDialog('#files-error').textContent).to.equal('');
    expect(inDialog<HTMLTextAreaElement>('#details').value).to.equal('Spam links.');
    expect(maybeInDialog('.files') === null, 'no screenshot').to.equal(true);
    expect(inDialog<HTMLDialogElement>('dialog').open).to.equal(true);
  });
});

describe('editor: highlight', () => {
  afterEach(resetPage);

  async function whitePng(): Promise<File> {
    const canvas = new OffscreenCanvas(200, 100);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 200, 100);
    return new File([await canvas.convertToBlob({ type: 'image/png' })], 'post.png', { type: 'image/png' });
  }

  it('outlines an area chosen with the keyboard in the pixels sent, and undo takes it back', async () => {
    configure({ endpoint: '/nowhere' });
    const wrap = await fixture(html`<div lang="en"><flag-button content-id="c-1" content-type="message"></flag-button></div>`);
    await openFrom(wrap.querySelector('flag-button')!);
    await chooseFiles([await whitePng()]);
    (await waitFor(() => maybeInDialog<HTMLButtonElement>('.files .redact'), 'the screenshot')).click();
    const canvas = await waitFor(() => maybeInDialog('dialog.editor[open]')?.querySelector('canvas'), 'the editor');
    editorButton('Highlight').focus();
    await sendKeys({ press: 'Enter' });
    canvas.focus();
    await sendKeys({ press: 'Enter' });
    const status = editor().querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('0 areas hidden. 1 area highlighted.');
    editorButton('Undo').click();
    await waitFor(() => status.textContent === '0 areas hidden.', 'undone');
    await sendKeys({ press: 'Enter' });
    editorButton('Apply').click();
    await waitFor(() => !maybeInDialog('dialog.editor'), 'the editor closed');
    await waitFor(() => inDialog('[role="status"][aria-live="polite"]').textContent?.includes('updated'), 'the announcement');

    // The middle quarter is x 75–125, y 38–63; the 4 px outline is centred 4 px outside it.
    const sent = await thumbnailBlob();
    expect(near(await pixelAt(sent, 100, 34), YELLOW), 'outline above').to.equal(true);
    expect(near(await pixelAt(sent, 71, 50), YELLOW), 'outline left').to.equal(true);
    expect(near(await pixelAt(sent, 100, 30), BLACK), 'its dark edge').to.equal(true);
    expect(near(await pixelAt(sent, 100, 50), WHITE), 'inside stays visible').to.equal(true);
    expect(near(await pixelAt(sent, 10, 10), WHITE), 'the rest').to.equal(true);
  });
});
