// Finds a Chromium for the browser tests, installing Debian's when we can.
//
// Order: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser,
// /usr/bin/google-chrome. With none of them, on Debian as root, it runs
// `apt-get update -qq && apt-get install -y -qq chromium` (no tool may
// download a browser on CI machines here). Otherwise it throws with one line
// saying how to get one.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Launch flags: headless as root, and quiet on a closed network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isDebian() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*debian/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

const HOW_TO =
  'No Chromium found. Set CHROME_PATH to a Chrome or Chromium binary, or install one ' +
  '(Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome).';

let found;

/** `apt-get update -qq && apt-get install -y -qq …packages`, or throws with `howTo`. */
function aptInstall(packages, howTo) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    console.log(`[find-browser] $ apt-get ${args.join(' ')}`);
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}). ${howTo}`);
    }
  }
}

/** The path of a Chromium to test in; installs Debian's `chromium` when root on Debian. */
export async function findBrowser({ install = true } = {}) {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file. ${HOW_TO}`);
    return (found = fromEnv);
  }
  for (const path of CANDIDATES) if (executable(path)) return (found = path);

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!install || !root || !isDebian()) throw new Error(HOW_TO);

  console.log('[find-browser] No Chromium found; installing Debian\'s chromium');
  aptInstall(['chromium'], HOW_TO);
  if (!executable('/usr/bin/chromium')) throw new Error(`apt-get installed chromium but /usr/bin/chromium is missing. ${HOW_TO}`);
  console.log('[find-browser] Installed /usr/bin/chromium');
  return (found = '/usr/bin/chromium');
}

/**
 * The other engines, from Debian's packages: Firefox ESR (driven over
 * WebDriver BiDi), and WebKitGTK's MiniBrowser with WebKitWebDriver on a
 * virtual display (xvfb-run needs xauth).
 */
const ENGINES = {
  firefox: { needs: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'], path: '/usr/bin/firefox-esr' },
  webkit: {
    needs: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/xvfb-run', '/usr/bin/xauth'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    path: '/usr/bin/WebKitWebDriver',
  },
};

/** The path of the `firefox` or `webkit` binary to test in; installs Debian's packages when root on Debian. */
export async function findEngine(engine, { install = true } = {}) {
  const { needs, packages, path } = ENGINES[engine];
  if (needs.every(executable)) return path;
  const howTo = `No ${engine} found. Debian/Ubuntu: \`sudo apt-get install ${packages.join(' ')}\`.`;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!install || !root || !isDebian()) throw new Error(howTo);
  console.log(`[find-browser] No ${engine} found; installing Debian's ${packages.join(' ')}`);
  aptInstall(packages, howTo);
  const missing = needs.filter((p) => !executable(p));
  if (missing.length) throw new Error(`apt-get installed ${packages.join(' ')} but ${missing.join(', ')} is missing. ${howTo}`);
  return path;
}

// `node scripts/find-browser.mjs` prints the path (installing if needed).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const engine = process.argv[2];
    console.log(engine && engine !== 'chromium' ? await findEngine(engine) : await findBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
