/**
 * For the attack suite: the BUILT receiver (dist/server, as a site installs
 * it), a real HTTP server on 127.0.0.1 through toNodeListener, and raw
 * requests whose bytes a test controls to the last one.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as ServerModule from '../../src/server/index.js';
import type * as NodeModule from '../../src/server/node.js';
import type * as FsModule from '../../src/server/fs-store.js';
import type { ReportStore } from '../../src/server/store.js';

export interface Built {
  server: typeof ServerModule;
  node: typeof NodeModule;
  fs: typeof FsModule;
}

/** Imports dist/server at run time, so the bundler of the tests leaves it as built. */
export async function loadBuilt(): Promise<Built> {
  const file = (name: string) => resolve('dist/server', name);
  if (!existsSync(file('node.js'))) throw new Error('dist/server is missing: run `npm run build` first (npm test builds before the node tests).');
  const load = (name: string) => import(pathToFileURL(file(name)).href);
  return { server: await load('index.js'), node: await load('node.js'), fs: await load('fs-store.js') };
}

/** A store to attack, and how to throw it away. Tests look reports up by id (`get` is in every store contract). */
export interface StoreUnderTest {
  name: string;
  store: ReportStore;
  dispose(): Promise<void>;
}

/** The stores every attack runs against: the memory store and the fs store, as built. */
export function storesOf(built: Built): Array<{ name: string; make: () => Promise<StoreUnderTest> }> {
  return [
    {
      name: 'memory store',
      make: async () => ({ name: 'memory store', store: built.server.createMemoryStore(), dispose: async () => {} }),
    },
    {
      name: 'fs store',
      make: async () => {
        const dir = await mkdtemp(join(tmpdir(), 'rc-attack-'));
        return { name: 'fs store', store: built.fs.createFsStore({ dir }), dispose: () => rm(dir, { recursive: true, force: true }) };
      },
    },
  ];
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(listener: Parameters<typeof createServer>[1]): Promise<Listening> {
  const server: Server = createServer(listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const BOUNDARY = 'attack-boundary-7MA4YWxkTrZu0gW';

/** One multipart part, framed by hand. */
export function part(name: string, body: Uint8Array | string, filename?: string, boundary = BOUNDARY): Buffer {
  const disposition = `form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}`;
  const type = filename === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
  return Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
}

export const closing = (boundary = BOUNDARY) => Buffer.from(`--${boundary}--\r\n`);

export interface RawOptions {
  boundary?: string;
  contentLength?: number;
  /** The client goes away after this many bytes; the promise then resolves with undefined. */
  destroyAfter?: number;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * POSTs `chunks` one after another over a real socket; resolves with the
 * answer as soon as it arrives, even while the body is still being written
 * (a refused upload is answered before its end).
 */
export function rawPost(url: string, chunks: Iterable<Buffer>, options: RawOptions = {}): Promise<RawAnswer | undefined> {
  const { contentLength, destroyAfter } = options;
  return new Promise((done, fail) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${options.boundary ?? BOUNDARY}`,
        ...(contentLength === undefined ? {} : { 'content-length': String(contentLength) }),
      },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', () => {});
    });
    // Once answered, a refused body's rest may meet a closed socket: that is expected.
    req.on('error', (error) => (answered || destroyAfter !== undefined ? undefined : fail(error)));
    const iterator = chunks[Symbol.iterator]();
    let sent = 0;
    const pump = () => {
      for (;;) {
        if (answered || req.destroyed) return;
        const next = iterator.next();
        if (next.done) return void req.end();
        sent += next.value.byteLength;
        if (destroyAfter !== undefined && sent > destroyAfter) {
          req.destroy();
          return done(undefined);
        }
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}
