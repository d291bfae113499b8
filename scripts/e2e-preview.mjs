// The built demo served as a site would serve it: `vite build --mode demo`,
// then `vite preview` on a free loopback port with the real receiver writing
// to the folder it is given (REPORT_CONCERN_REPORTS_DIR).
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-port.mjs';

const VITE = 'node_modules/vite/bin/vite.js';

/** Builds dist-demo/; false when the build failed (vite printed why). */
export function buildDemo() {
  console.log('e2e: building the demo (vite build --mode demo)');
  const build = spawnSync(process.execPath, [VITE, 'build', '--mode', 'demo', '--logLevel', 'warn'], { stdio: 'inherit' });
  return build.status === 0;
}

/**
 * Starts `vite preview` with its receiver storing into `reportsDir`, on a
 * free port (vite moves on if it is taken meanwhile; the URL it prints wins).
 * `origin` resolves with the address it prints (rejects if it exits or
 * prints none within 20 s); `log()` is all it printed, for when something
 * fails; `stop()` kills it if it still runs.
 */
export async function startPreview(reportsDir) {
  let log = '';
  const preview = spawn(
    process.execPath,
    [VITE, 'preview', '--mode', 'demo', '--host', '127.0.0.1', '--port', String(await freePort())],
    { env: { ...process.env, REPORT_CONCERN_REPORTS_DIR: reportsDir, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Always read the server's output (a full pipe would stall it); shown when something fails.
  const origin = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk;
      // eslint-disable-next-line no-control-regex
      const match = log.replace(/\u001b\[[0-9;]*m/g, '').match(/Local:\s+(http:\/\/[^\s/]+)/);
      if (match) resolve(match[1]);
    };
    preview.stdout.setEncoding('utf8').on('data', onData);
    preview.stderr.setEncoding('utf8').on('data', onData);
    preview.once('exit', (code, signal) => reject(new Error(`vite preview exited (${code ?? signal}) before it listened:\n${log}`)));
    setTimeout(() => reject(new Error(`vite preview printed no address within 20 s:\n${log}`)), 20_000).unref();
  });
  return {
    origin,
    log: () => log,
    stop() {
      if (preview.exitCode === null && preview.signalCode === null) preview.kill();
    },
  };
}
