/**
 * "Capture this page": one frame of the current tab, taken with the report
 * dialog out of the picture, as an image file that then goes through the same
 * checks, re-encoding and limits as any screenshot the reporter chooses.
 * Loaded only when the reporter presses the button.
 *
 * Refused or cancelled: both reach us as a rejected getDisplayMedia, and
 * browsers deliberately make them look alike (a NotAllowedError either way
 * in Chromium and Firefox). We say "refused" only when we can tell the
 * browser answered without asking the person:
 *   - the page's permissions policy does not allow `display-capture`, or
 *   - the NotAllowedError came back sooner than anyone answers a prompt
 *     (QUICK_MS: a person needs well over a quarter second to read and
 *     dismiss a picker).
 * Everything else (an AbortError, a NotAllowedError after a prompt) is the
 * person changing their mind: the form stays as it was, with no message.
 */

/** The frame as an image file, or why there is none. */
export type CaptureResult = File | 'denied' | 'cancelled';

const QUICK_MS = 250;

/**
 * The largest file the screenshot checks take (inspect.ts's INPUT_BYTES_MAX;
 * a test holds the two equal). Not imported: that would split inspect.ts
 * into a chunk of its own, one more request for every screenshot.
 */
export const FRAME_BYTES_MAX = 10 * 1024 * 1024;

const CONCEAL_CSS = '.capturing,.capturing::backdrop{visibility:hidden !important}';
let sheet: CSSStyleSheet | undefined;

/**
 * Hides a modal `<dialog>` and its backdrop without closing it (closing
 * would end the report), through a class and a sheet in its shadow root.
 * Returns how to show it again.
 */
function conceal(dialog: HTMLElement): () => void {
  const root = dialog.getRootNode();
  const host = root instanceof ShadowRoot ? root : document;
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(CONCEAL_CSS);
  const mine = sheet;
  host.adoptedStyleSheets = [...host.adoptedStyleSheets, mine];
  dialog.classList.add('capturing');
  return () => {
    dialog.classList.remove('capturing');
    host.adoptedStyleSheets = host.adoptedStyleSheets.filter((s) => s !== mine);
  };
}

/**
 * Resolves once the page has painted a frame after now: the hidden dialog
 * is then what the compositor holds, and so what tab capture sees. (The
 * page is visible: the reporter has just pressed a button in it. Were it
 * hidden, frames and this wait resume when it is shown again.)
 */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function policyForbids(): boolean {
  type Policy = { allowsFeature(name: string): boolean };
  const doc = document as Document & { permissionsPolicy?: Policy; featurePolicy?: Policy };
  const policy = doc.permissionsPolicy ?? doc.featurePolicy;
  return policy ? !policy.allowsFeature('display-capture') : false;
}

/** Asks for the current tab; Chromium offers it first, others let the person pick it. */
function askForTab(): Promise<MediaStream> {
  return navigator.mediaDevices.getDisplayMedia({
    video: { displaySurface: 'browser' },
    audio: false,
    preferCurrentTab: true,
    selfBrowserSurface: 'include',
  } as DisplayMediaStreamOptions);
}

/** One frame of the track at its own size (the tab's CSS pixels times the device pixel ratio). */
async function grabFrame(track: MediaStreamTrack): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  type Grabber = { grabFrame(): Promise<ImageBitmap> };
  const ImageCaptureCtor = (globalThis as { ImageCapture?: new (t: MediaStreamTrack) => Grabber }).ImageCapture;
  if (ImageCaptureCtor) {
    const bitmap = await new ImageCaptureCtor(track).grabFrame();
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    return canvas;
  }
  // Firefox and Safari have no ImageCapture: play the stream in a detached
  // video and copy its first frame.
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = new MediaStream([track]);
  await video.play();
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')!.drawImage(video, 0, 0);
  video.pause();
  video.srcObject = null;
  return canvas;
}

function encoded(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`no ${type}`))), type, quality));
}

/**
 * The frame as a file the screenshot checks take: a lossless PNG, or, when
 * that is over their 10 MB (a photo-heavy page on a large high-density
 * screen), a high-quality JPEG. It is re-encoded afterwards like any file.
 */
async function asFile(canvas: HTMLCanvasElement): Promise<File> {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const png = await encoded(canvas, 'image/png');
  if (png.size <= FRAME_BYTES_MAX) return new File([png], `page-${stamp}.png`, { type: 'image/png' });
  return new File([await encoded(canvas, 'image/jpeg', 0.92)], `page-${stamp}.jpg`, { type: 'image/jpeg' });
}

function classify(error: unknown, elapsed: number): CaptureResult {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' && (policyForbids() || elapsed < QUICK_MS)) return 'denied';
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  // No screen to capture, no capture support after all, a frame that would
  // not come: the browser could not do it, which the reporter should know.
  return 'denied';
}

/**
 * Takes one frame of the current tab with the dialog hidden, stops the
 * stream at once, and always shows the dialog again.
 */
export async function captureTab(dialog: HTMLElement): Promise<CaptureResult> {
  const show = conceal(dialog);
  let stream: MediaStream | undefined;
  try {
    await painted();
    const asked = performance.now();
    try {
      stream = await askForTab();
    } catch (error) {
      return classify(error, performance.now() - asked);
    }
    const canvas = await grabFrame(stream.getVideoTracks()[0]!);
    for (const track of stream.getTracks()) track.stop();
    stream = undefined;
    return await asFile(canvas);
  } catch (error) {
    return classify(error, Infinity);
  } finally {
    for (const track of stream?.getTracks() ?? []) track.stop();
    show();
  }
}
