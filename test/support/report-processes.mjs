// Starts N receiving processes (test/support/server/report-process.ts,
// bundled once with esbuild like the node tests), each its own Node process
// on its own free port, all on the store the environment names. For the
// many-processes test and bench/server-postgres.mjs.
import { bundleForNode } from '../../scripts/bundle-ts.mjs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const ENTRY = 'test/support/server/report-process.ts';
let bundled;

function bundle() {
  bundled ??= bundleForNode(ENTRY, '.cache/report-process');
  return bundled;
}

function startOne(file, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      const { port } = JSON.parse(line);
      done({
        url: `http://127.0.0.1:${port}/`,
        pid: child.pid,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`a report process ended before listening (exit ${code})`)));
  });
}

/** `env` is added to this process's environment: REPORT_STORE, REPORT_OBJECTS, REPORT_DIR. */
export async function startReportProcesses(count, env) {
  const file = await bundle();
  const started = await Promise.allSettled(Array.from({ length: count }, () => startOne(file, env)));
  const processes = started.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(processes.map((p) => p.stop()));
    throw failed.reason;
  }
  return {
    processes,
    stop: () => Promise.all(processes.map((p) => p.stop())).then(() => undefined),
  };
}
