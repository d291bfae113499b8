// A throwaway PostgreSQL cluster for tests and benches: Debian's server
// binaries, a temporary directory, a free port on 127.0.0.1, and a stop that
// also runs when the process exits early (a failed test, an exception).
//
// As root the server runs as the `postgres` user (PostgreSQL refuses to run
// as root); as anyone else it runs as that user. Where neither works,
// `postgresUnavailable()` says why, and the tests skip with that reason.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/free-port.mjs';

const run = promisify(execFile);
const USER = 'app';

/** The directory holding initdb, pg_ctl and postgres: `$PG_BIN`, else the newest /usr/lib/postgresql/N/bin. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

const isRoot = () => process.getuid?.() === 0;

function postgresUser() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Why no cluster can be started here, or `undefined` when one can. */
export function postgresUnavailable() {
  if (!findPostgresBin()) {
    return 'no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb, or $PG_BIN): apt-get install -y postgresql (.ci/run does)';
  }
  if (isRoot() && !postgresUser()) return 'running as root and there is no "postgres" user to run the server as';
  return undefined;
}

/**
 * Starts a cluster with one superuser `app` (trust authentication on
 * 127.0.0.1 only). `durable: false` (tests) turns fsync off; benches pass
 * `durable: true` to measure what a real server does.
 */
export async function startPostgres({ durable = false } = {}) {
  const reason = postgresUnavailable();
  if (reason) throw new Error(reason);
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rc-pg-'));
  const owner = isRoot() ? postgresUser() : undefined;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const as = (tool, args) => (owner ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args));
  const data = join(dir, 'data');
  let stopped = false;
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    try {
      const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
      if (owner) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // Not running (it never started, or it was stopped already).
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Killed by a signal (Ctrl-C, the test runner's timeout), stop first, then die of it as before.
  const onSignal = (signal) => {
    stopNow();
    process.kill(process.pid, signal);
  };
  const watch = (on) => {
    for (const signal of ['SIGINT', 'SIGTERM']) on ? process.once(signal, onSignal) : process.off(signal, onSignal);
    on ? process.on('exit', stopNow) : process.off('exit', stopNow);
  };
  watch(true);
  try {
    await as('initdb', ['-D', data, '-A', 'trust', '-U', USER, '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = ['-c listen_addresses=127.0.0.1', `-k ${dir}`, '-c max_connections=200'];
    if (!durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    let port;
    // The port is free when chosen but may be taken before the server binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await as('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', [`-p ${port}`, ...settings].join(' '), 'start']);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    const { stdout } = await run(join(bin, 'postgres'), ['--version']);
    return {
      host: '127.0.0.1',
      port,
      user: USER,
      database: 'postgres',
      url: `postgres://${USER}@127.0.0.1:${port}/postgres`,
      version: stdout.trim(),
      async stop() {
        watch(false);
        stopNow();
      },
    };
  } catch (error) {
    watch(false);
    stopNow();
    throw error;
  }
}
