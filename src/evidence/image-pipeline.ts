/**
 * Where image work runs: in a module worker when the page allows one, on the
 * main thread otherwise (a CSP without `worker-src`/`script-src` for our
 * origin, Trusted Types refusing the URL, or a browser without
 * OffscreenCanvas in workers). The result is the same either way.
 */
import type { Box, Processed } from './process.js';
import type { WorkerAnswer, WorkerJob } from './image-worker.js';

/** The worker could not start or died: the job moves to the main thread. */
class WorkerUnavailable extends Error {}

let worker: Worker | undefined;
let broken = false;
let jobs = 0;
const waiting = new Map<number, { resolve(p: Processed): void; reject(e: Error): void }>();

/** Which path the last job took (tests read it). */
export let lastPath: 'worker' | 'main' | undefined;

/**
 * A worker script must be same-origin. When the widget is served from a CDN
 * (another origin), a tiny same-origin `blob:` module imports it instead
 * (the CDN already serves the widget's modules with CORS). It is revoked once
 * the worker has answered. Needs `worker-src blob:` in such a page's CSP.
 */
let shim: string | undefined;

function sameOrigin(url: URL): string {
  if (url.origin === location.origin) return url.href;
  shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  return shim;
}

/**
 * Turns the worker's URL into what Trusted Types want where they are
 * enforced: internal/trusted-types.ts `trustedScriptUrl`, the package's one
 * policy, passed in by the caller. Passed, not imported: the policy ships in
 * the form's chunk (Lit's templates use it), and an import from here would
 * split it into a response of its own on every report.
 */
export type TrustUrl = (href: string) => string;

/** The URL through the policy; if the page's CSP does not allow its name, the worker is refused and the main thread does the work. */
function trusted(trust: TrustUrl, href: string): string {
  try {
    return trust(href);
  } catch {
    return href;
  }
}

/** `Worker` is shadowed so bundlers still see (and build) `new Worker(new URL(…))`. */
function spawn(Worker: new (url: URL, options: WorkerOptions) => Worker): Worker {
  return new Worker(new URL('./image-worker.ts', import.meta.url), { type: 'module' });
}

function failAll(): void {
  broken = true;
  worker?.terminate();
  worker = undefined;
  for (const job of waiting.values()) job.reject(new WorkerUnavailable());
  waiting.clear();
}

function startWorker(trust: TrustUrl): Worker | undefined {
  if (broken || typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return undefined;
  if (worker) return worker;
  try {
    // Defined here: a page without workers must still load this module.
    class TrustedWorker extends Worker {
      constructor(url: URL, options: WorkerOptions) {
        super(trusted(trust, sameOrigin(url)), options);
      }
    }
    worker = spawn(TrustedWorker);
  } catch {
    broken = true;
    return undefined;
  }
  // A CSP violation or a failed load arrives as an error event, not a throw.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    failAll();
  });
  worker.addEventListener('messageerror', failAll);
  worker.addEventListener('message', ({ data }: MessageEvent<WorkerAnswer>) => {
    if (shim) URL.revokeObjectURL(shim);
    shim = undefined;
    const job = waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id);
    if (data.ok) job.resolve({ blob: data.blob, type: data.type as Processed['type'], width: data.width, height: data.height });
    else job.reject(new Error(data.message));
  });
  return worker;
}

function inWorker(w: Worker, source: Blob, maxSide: number | undefined, boxes: Box[] | undefined): Promise<Processed> {
  const id = ++jobs;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ id, source, maxSide, boxes } satisfies WorkerJob);
  });
}

export async function runPipeline(source: Blob, trust: TrustUrl, options: { maxSide?: number; boxes?: Box[] } = {}): Promise<Processed> {
  const w = startWorker(trust);
  if (w) {
    try {
      const out = await inWorker(w, source, options.maxSide, options.boxes);
      lastPath = 'worker';
      return out;
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  lastPath = 'main';
  // The worker carries its own copy; the page downloads this one only when it must.
  const { processImage, anyCanvas } = await import('./process.js');
  return processImage(source, options, anyCanvas);
}
