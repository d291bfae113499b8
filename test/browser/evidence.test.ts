/**
 * Evidence on real image bytes made by the tests: what comes out of the
 * pipeline, what the dialog refuses (and that none of it is uploaded), and
 * the three ways in (picker, paste, drop).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  animationsDone,
  chooseCategory,
  chooseFiles,
  inDialog,
  makePng,
  openFrom,
  resetPage,
  submit,
  theDialog,
  typeInto,
  waitFor,
} from '../support/dom.js';
import { bucketUrl, readLog, uniqueBucket } from '../support/endpoint.js';
import { cameraJpeg, concat, halvesJpeg, metadataIn, near, pixelAt, pngDeclaring } from '../support/images.js';
import { configure } from '../../src/config.js';
import { prepareScreenshot } from '../../src/evidence/screenshots.js';
import { trustedScriptUrl } from '../../src/internal/trusted-types.js';
import { lastPath } from '../../src/evidence/image-pipeline.js';
import type { FlagButton } from '../../src/elements/flag-button/flag-button.js';

const RED = [255, 0, 0];
const BLUE = [0, 0, 255];

async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function openFlag(endpoint: string): Promise<FlagButton> {
  configure({ endpoint });
  const wrap = await fixture(html`<div lang="en"><flag-button content-id="c-9" content-type="message"></flag-button></div>`);
  const el = wrap.querySelector('flag-button')!;
  await openFrom(el);
  return el;
}

function thumbnails(): string[] {
  return [...theDialog().shadowRoot!.querySelectorAll('.files .name')].map((n) => n.textContent ?? '');
}

function liveRegion(): string {
  return inDialog('[role="status"][aria-live="polite"]').textContent ?? '';
}

describe('evidence: screenshots', () => {
  afterEach(resetPage);

  it('turns a phone JPEG with GPS tags and orientation 6 upright, with no metadata left, in the worker', async () => {
    const input = await cameraJpeg(60, 40, 6);
    // The input really carries what must go.
    expect(metadataIn(input)).to.include.members(['FFE1', 'FFFE', 'Exif', 'GPS']);
    const result = await prepareScreenshot(new File([input], 'IMG_0042.jpg', { type: 'image/jpeg' }), trustedScriptUrl);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    const { shot } = result;
    expect(lastPath).to.equal('worker');
    expect([shot.type, shot.width, shot.height]).to.deep.equal(['image/webp', 40, 60]);
    const bytes = new Uint8Array(await shot.blob.arrayBuffer());
    expect(String.fromCharCode(...bytes.subarray(8, 12))).to.equal('WEBP');
    expect(metadataIn(bytes)).to.deep.equal([]);
    // Upright: the stored left half (red) is on top once turned a quarter clockwise.
    expect(near(await pixelAt(shot.blob, 20, 8), RED), 'top is red').to.equal(true);
    expect(near(await pixelAt(shot.blob, 20, 52), BLUE), 'bottom is blue').to.equal(true);
  });

  it('refuses a file whose header is fine but whose pixels do not decode', async () => {
    const result = await prepareScreenshot(new File([pngDeclaring(10, 10)], 'broken.png', { type: 'image/png' }), trustedScriptUrl);
    expect(result).to.deep.equal({ ok: false, reason: 'unreadable' });
  });

  it('scales a large image to 2560 px on its long side', async () => {
    const canvas = new OffscreenCanvas(3000, 1000);
    canvas.getContext('2d')!.fillRect(0, 0, 3000, 1000);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const result = await prepareScreenshot(new File([blob], 'wide.png'), trustedScriptUrl);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect([result.shot.width, result.shot.height]).to.deep.equal([2560, 853]);
  });

  it('refuses the exe, the SVG, the empty, truncated, 12 MB and 30000×30000 files by name, and uploads none of them', async () => {
    const bucket = uniqueBucket();
    const el = await openFlag(bucketUrl(bucket));
    await chooseCategory('spam');
    await typeInto('#details', 'Screenshots of what they sent');
    const jpeg = await halvesJpeg(64, 48);
    const bad = [
      new File([concat(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), new Uint8Array(2000))], 'setup.exe.png', { type: 'image/png' }),
      new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'], 'chart.svg', {
        type: 'image/svg+xml',
      }),
      new File([], 'empty.png', { type: 'image/png' }),
      new File([jpeg.subarray(0, Math.floor(jpeg.length / 2))], 'cut.jpg', { type: 'image/jpeg' }),
      new File([concat(await halvesJpeg(64, 48), new Uint8Array(12 * 1024 * 1024))], 'huge.jpg', { type: 'image/jpeg' }),
      new File([pngDeclaring(30000, 30000)], 'bomb.png', { type: 'image/png' }),
    ];
    const good = new File([await cameraJpeg(60, 40, 6)], 'chat.jpg', { type: 'image/jpeg' });
    await chooseFiles([...bad, good]);
    await waitFor(() => thumbnails().length === 1 && inDialog('#files-error').querySelectorAll('p').length === 6, 'the checks');
    expect(thumbnails()).to.deep.equal(['chat.jpg']);
    const messages = [...inDialog('#files-error').querySelectorAll('p')].map((p) => p.textContent ?? '');
    expect(messages).to.deep.equal([
      'setup.exe.png was not added: only PNG, JPEG or WebP images can be sent.',
      'chart.svg was not added: only PNG, JPEG or WebP images can be sent.',
      'empty.png was not added: the file is empty.',
      'cut.jpg was not added: the file is incomplete or damaged.',
      'huge.jpg was not added: it is larger than 10 MB.',
      'bomb.png was not added: the image has more than 50 million pixels.',
    ]);
    expect(inDialog('#files-error').getAttribute('role')).to.equal('alert');

    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const log = await readLog(bucket);
    expect(log).to.have.length(1);
    expect(log[0].files).to.have.length(1);
    expect(log[0].report.evidence.screenshots.map((s: { width: number; height: number }) => [s.width, s.height])).to.deep.equal([[40, 60]]);
    const badHashes = await Promise.all(bad.map(sha256));
    expect(badHashes).not.to.include(log[0].files[0].sha256);
    expect(log[0].files[0].size).to.be.below(bad[4].size);
  });

  it('takes an image pasted anywhere in the open dialog (a real ClipboardEvent with files) and announces it', async () => {
    await openFlag('/nowhere');
    const transfer = new DataTransfer();
    transfer.items.add(await makePng(30, 20, 'pasted.png'));
    const paste = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true, cancelable: true });
    inDialog('#details').dispatchEvent(paste);
    expect(paste.defaultPrevented, 'the image is not pasted into the text box').to.equal(true);
    await waitFor(() => thumbnails().length === 1, 'the pasted image');
    expect(thumbnails()).to.deep.equal(['pasted.png']);
    await waitFor(() => liveRegion().includes('1 of 5 screenshots added'), 'the announcement');
    // The draft keeps it too (written in the background): waited for, so the
    // write cannot land after the reset and bring it into the next test.
    await waitFor(() => Object.keys(sessionStorage).some((k) => k.startsWith('report-concern:draft-shots:')), 'the draft');
  });

  it('shows a drop zone while files are dragged over, and takes dropped files (a real DragEvent)', async () => {
    await openFlag('/nowhere');
    // The zone is always there (with the Add screenshots button); dragging files over the dialog lights it up.
    const zone = inDialog('.drop-zone');
    expect(zone.hasAttribute('data-active')).to.equal(false);
    expect(zone.textContent).not.to.contain('Drop images here');
    const transfer = new DataTransfer();
    transfer.items.add(await makePng(30, 20, 'dropped-1.png'));
    transfer.items.add(await makePng(10, 10, 'dropped-2.png'));
    const target = inDialog('#details');
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(over);
    expect(over.defaultPrevented, 'the dialog accepts the drop').to.equal(true);
    await theDialog().updateComplete;
    expect(zone.hasAttribute('data-active')).to.equal(true);
    expect(zone.textContent).to.contain('Drop images here');
    const drop = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the file').to.equal(true);
    await waitFor(() => thumbnails().length === 2, 'the dropped images');
    await expect(theDialog()).to.be.accessible();
    expect(thumbnails()).to.deep.equal(['dropped-1.png', 'dropped-2.png']);
    expect(zone.hasAttribute('data-active')).to.equal(false);
    // Each thumbnail has a keyboard-reachable remove button named for its file.
    const remove = inDialog<HTMLButtonElement>('button[aria-label="Remove dropped-1.png"]');
    remove.focus();
    expect(theDialog().shadowRoot!.activeElement === remove, 'remove button focused').to.equal(true);
  });
});

/** A photo-like image (noise compresses badly), so the upload takes more than one progress event. */
async function noisyPng(width: number, height: number, name: string): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  const data = ctx.createImageData(width, height);
  let seed = 7;
  for (let i = 0; i < data.data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    data.data[i] = i % 4 === 3 ? 255 : seed >>> 24;
  }
  ctx.putImageData(data, 0, 0);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
}

describe('evidence: upload progress', () => {
  afterEach(resetPage);

  it('shows the upload of a report with screenshots as a progress bar with percent, sent by XMLHttpRequest', async () => {
    const bucket = uniqueBucket();
    const el = await openFlag(bucketUrl(bucket));
    await chooseCategory('spam');
    await chooseFiles([await noisyPng(1600, 1200, 'noise.png')]);
    await waitFor(() => thumbnails().length === 1, 'the screenshot', 15000);
    const seen: number[] = [];
    let texts = '';
    const observer = new MutationObserver(() => {
      const bar = theDialog().shadowRoot!.querySelector('progress');
      if (bar && !seen.includes(bar.value)) seen.push(bar.value);
      texts += theDialog().shadowRoot!.querySelector('.upload')?.textContent ?? '';
    });
    observer.observe(theDialog().shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const success = oneEvent(el, 'report-success');
    await submit();
    const { detail } = await success;
    observer.disconnect();
    expect(seen.length, `progress values seen: ${seen}`).to.be.greaterThan(0);
    expect(Math.max(...seen)).to.equal(100);
    expect(texts).to.match(/Sending… \d+%/);
    expect(texts).to.contain('Stop sending');
    const xhr = performance.getEntriesByType('resource').filter((e) => e.name.includes(bucket)) as PerformanceResourceTiming[];
    // The redirect probe (an OPTIONS by fetch) first, then the upload by XHR.
    expect(xhr.map((e) => e.initiatorType)).to.deep.equal(['fetch', 'xmlhttprequest']);
    const [request] = await readLog(bucket);
    expect(request.headers['idempotency-key']).to.equal(detail.report.id);
    expect(request.files).to.have.length(1);
    expect(request.files[0].size).to.equal(detail.report.evidence.screenshots[0].size);
    expect(theDialog().shadowRoot!.querySelector('.upload')).to.equal(null);
  });

  /** A PNG of random pixels: it stays large once re-encoded, so its upload takes a while. */
  async function noisePng(width: number, height: number, name: string): Promise<File> {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d')!;
    const image = ctx.createImageData(width, height);
    const bytes = new Uint32Array(image.data.buffer);
    for (let k = 0; k < bytes.length; k += 16384) crypto.getRandomValues(bytes.subarray(k, Math.min(bytes.length, k + 16384)));
    for (let k = 3; k < image.data.length; k += 4) image.data[k] = 255;
    ctx.putImageData(image, 0, 0);
    return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
  }

  it('"Stop sending" while the body is still going out puts the report back in the form with the same id; sending again delivers it', async () => {
    const bucket = uniqueBucket();
    const el = await openFlag(bucketUrl(bucket));
    await chooseCategory('spam');
    await chooseFiles([await noisePng(800, 600, 'a.png')]);
    await waitFor(() => thumbnails().length === 1, 'the screenshot', 8000);
    let firstId = '';
    el.addEventListener('report-submit', (e) => (firstId ||= (e as CustomEvent).detail.report.id));
    // A slow uplink (50 KB/s): the body is still going out when Stop is pressed.
    await executeServerCommand('throttle-upload', { bytesPerSecond: 50_000 });
    try {
      await submit();
      const stop = await waitFor(() => theDialog().shadowRoot!.querySelector<HTMLButtonElement>('button[part="stop-button"]'), 'Stop sending');
      const bar = inDialog<HTMLProgressElement>('.upload progress');
      expect([bar.max, bar.getAttribute('aria-label')]).to.deep.equal([100, 'Sending progress']);
      await expect(theDialog()).to.be.accessible();
      expect(bar.value, 'the body has not all left yet').to.be.below(100);
      stop.click();
      await waitFor(() => inDialog('.status').textContent?.includes('Sending stopped'), 'the stopped message');
    } finally {
      await executeServerCommand('throttle-upload', {});
    }
    await waitFor(() => inDialog('.status').textContent?.includes('Sending stopped'), 'the stopped message');
    // (Elements are compared by identity as booleans: a failing DOM comparison is slow to serialise.)
    await waitFor(() => theDialog().shadowRoot!.activeElement === inDialog('.status'), 'focus on the message', 2000);
    expect(thumbnails()).to.deep.equal(['a.png']);
    expect(theDialog().shadowRoot!.querySelector('.upload')).to.equal(null);
    const { outbox } = await import('../../src/outbox/page.js');
    expect(await outbox().entries()).to.have.length(0);
    const success = oneEvent(el, 'report-success');
    await submit();
    const { detail } = await success;
    expect(detail.report.id).to.equal(firstId);
    const delivered = (await readLog(bucket)).filter((r) => r.status === 201);
    expect(delivered.map((r) => r.headers['idempotency-key'])).to.deep.equal([firstId]);
  }).timeout(20_000);

  it('once the whole body has left, Stop is gone: the receiver may already hold the report', async () => {
    const bucket = uniqueBucket();
    const { queueFaults } = await import('../support/endpoint.js');
    await queueFaults(bucket, [{ hang: true }]);
    const el = await openFlag(bucketUrl(bucket));
    await chooseCategory('spam');
    await chooseFiles([await makePng(40, 30, 'a.png')]);
    await waitFor(() => thumbnails().length === 1, 'the screenshot');
    await submit();
    for (let i = 0; i < 100 && (await readLog(bucket)).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await readLog(bucket)).to.have.length(1);
    await waitFor(() => !theDialog().shadowRoot!.querySelector('button[part="stop-button"]'), 'Stop to go');
    expect(inDialog<HTMLProgressElement>('.upload progress').value).to.equal(100);
    expect(el.isConnected).to.equal(true);
  });
});

describe('evidence: redaction', () => {
  afterEach(resetPage);

  /** A white image, so anything black in the output was painted by the redaction. */
  async function whitePng(name: string): Promise<File> {
    const canvas = new OffscreenCanvas(200, 100);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 200, 100);
    return new File([await canvas.convertToBlob({ type: 'image/png' })], name, { type: 'image/png' });
  }

  async function thumbnailBlob(): Promise<Blob> {
    const img = inDialog<HTMLImageElement>('.files img');
    return (await fetch(img.src)).blob();
  }

  function editor(): HTMLDialogElement {
    return inDialog<HTMLDialogElement>('dialog.editor[open]');
  }

  it('a screenshot whose redaction fails stays as it was, and the reporter is told', async () => {
    // The draft kept a screenshot whose bytes nothing can decode (as a storage fault would leave it).
    sessionStorage.setItem(
      'report-concern:draft-shots:content:message:c-9',
      JSON.stringify({ kept: [{ name: 'bank.png', type: 'image/png', width: 200, height: 100, data: btoa('\x01\x02\x03') }], missing: 0 }),
    );
    await openFlag(bucketUrl(uniqueBucket()));
    await waitFor(() => thumbnails().length === 1, 'the screenshot');
    inDialog<HTMLButtonElement>('.files .redact').click();
    await waitFor(() => inDialog('#files-error').textContent?.includes('bank.png'), 'the message naming the file', 8000);
    expect(thumbnails()).to.deep.equal(['bank.png']);
    expect(theDialog().shadowRoot!.querySelector('dialog.editor[open]')).to.equal(null);
  });

  it('blacks out an area chosen with the keyboard in the pixels that are sent', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const bucket = uniqueBucket();
    const el = await openFlag(bucketUrl(bucket));
    await chooseCategory('spam');
    await chooseFiles([await whitePng('bank.png')]);
    await waitFor(() => thumbnails().length === 1, 'the screenshot');
    const before = await thumbnailBlob();
    expect(near(await pixelAt(before, 100, 50), [255, 255, 255])).to.equal(true);
    const oldUrl = inDialog<HTMLImageElement>('.files img').src;

    inDialog<HTMLButtonElement>('.files .redact').focus();
    await sendKeys({ press: 'Enter' });
    const canvas = await waitFor(() => editor().querySelector('canvas'), 'the editor');
    expect(theDialog().shadowRoot!.activeElement === canvas, 'the canvas has focus').to.equal(true);
    await animationsDone(editor());
    await expect(theDialog()).to.be.accessible();
    // Move the selection right by two steps, then hide it.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(editor().querySelector('[role="status"]')!.textContent).to.equal('1 area hidden.');
    const apply = [...editor().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Apply')!;
    apply.click();
    await waitFor(() => liveRegion().includes('bank.png updated'), 'the announcement');
    expect(theDialog().shadowRoot!.querySelector('dialog.editor')).to.equal(null);

    const after = await thumbnailBlob();
    // The default selection is the middle quarter (x 75–125, y 38–63), moved right by 2×4 px.
    expect(near(await pixelAt(after, 100, 50), [0, 0, 0]), 'hidden area is black').to.equal(true);
    expect(near(await pixelAt(after, 130, 50), [0, 0, 0]), 'moved right').to.equal(true);
    expect(near(await pixelAt(after, 20, 20), [255, 255, 255]), 'the rest is untouched').to.equal(true);
    expect(metadataIn(new Uint8Array(await after.arrayBuffer()))).to.deep.equal([]);
    // The old preview's URL is revoked.
    expect(await fetch(oldUrl).then(() => 'loaded', () => 'revoked')).to.equal('revoked');

    const success = oneEvent(el, 'report-success');
    await submit();
    await success;
    const [request] = await readLog(bucket);
    expect(request.files[0].sha256, 'the redacted bytes are what was sent').to.equal(await sha256(after));
  });

  it('draws a box with the pointer, undoes it, and cancel leaves the screenshot as it was', async () => {
    await openFlag('/nowhere');
    await chooseFiles([await whitePng('chat.png')]);
    await waitFor(() => thumbnails().length === 1, 'the screenshot');
    const before = await sha256(await thumbnailBlob());
    inDialog<HTMLButtonElement>('.files .redact').click();
    const canvas = await waitFor(() => editor().querySelector('canvas'), 'the editor');
    const r = canvas.getBoundingClientRect();
    const at = (fx: number, fy: number) => ({ clientX: r.left + r.width * fx, clientY: r.top + r.height * fy, bubbles: true, pointerId: 1 });
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0.1, 0.1)));
    canvas.dispatchEvent(new PointerEvent('pointermove', at(0.3, 0.5)));
    canvas.dispatchEvent(new PointerEvent('pointerup', at(0.4, 0.6)));
    const status = editor().querySelector('[role="status"]')!;
    await waitFor(() => status.textContent === '1 area hidden.', 'one box');
    // The box is drawn black on the editor's canvas.
    const px = canvas.getContext('2d')!.getImageData(50, 30, 1, 1).data;
    expect([px[0], px[1], px[2]]).to.deep.equal([0, 0, 0]);
    [...editor().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Undo')!.click();
    await waitFor(() => status.textContent === '0 areas hidden.', 'undone');
    [...editor().querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!.click();
    await waitFor(() => !theDialog().shadowRoot!.querySelector('dialog.editor'), 'the editor closed');
    expect(await sha256(await thumbnailBlob())).to.equal(before);
    expect(nativeOpen()).to.equal(true);
  });
});

function nativeOpen(): boolean {
  return Boolean(theDialog().shadowRoot!.querySelector('dialog:not(.editor)')?.hasAttribute('open'));
}
