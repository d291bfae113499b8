// A web-test-runner reporter that counts, so scripts/test.mjs and CI can too.
// Used next to the default reporter; it prints, as the very last line of the
// run, `<label>: N passed, N failed, N skipped` (each skipped test first,
// with its reason) and writes the same counts to
// the summary file. A test file that failed to load, or a browser
// error outside any test, counts as one failure of that file, so a broken
// import can never look green.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function countSuite(suite, counts, titles = [], file = '') {
  if (!suite) return;
  const path = suite.name ? [...titles, suite.name] : titles;
  for (const test of suite.tests ?? []) {
    if (test.skipped) {
      counts.skipped += 1;
      counts.skips.push({ file, title: [...path, test.name].join(' ') });
    }
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, path, file);
}

export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: [], skips: [] };
  for (const session of sessions) {
    counts.files += 1;
    const before = counts.failed;
    countSuite(session.testResults, counts, [], session.testFile);
    const testsFailed = counts.failed > before;
    // Errors outside tests (a failed import, an uncaught error, a timeout), or a
    // session that failed without any failing test: one failure for the file.
    if (session.errors?.length || (session.passed !== true && !testsFailed)) {
      counts.failed += 1;
      counts.fileErrors.push({
        file: session.testFile,
        browser: session.browser?.name,
        errors: (session.errors ?? []).map((e) => e.message),
      });
    }
  }
  return counts;
}

/**
 * `skipReason(file, fullTitle)` says why a test was skipped on purpose; every
 * skipped test is printed with it (or "no reason given") before the count.
 */
export function countReporter({ label = 'browser', summaryFile = '.cache/wtr-summary.json', skipReason = () => undefined } = {}) {
  let counts;
  let printed = false;
  const line = () =>
    counts
      ? `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
      : `${label}: 0 passed, 1 failed, 0 skipped (the test run did not finish)`;
  const onExit = () => {
    if (printed) return;
    printed = true;
    const skips = (counts?.skips ?? []).map(
      ({ file, title }) => `${label} skipped: ${title} (${file.replace(/^.*\/test\//, 'test/')}): ${skipReason(file, title) ?? 'no reason given'}\n`,
    );
    process.stdout.write(`\n${skips.join('')}${line()}\n`);
  };
  const record = (sessions) => {
    counts = countSessions(sessions);
    try {
      const file = resolve(summaryFile);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(
        file,
        `${JSON.stringify({ passed: counts.passed, failed: counts.failed, skipped: counts.skipped, files: counts.files, fileErrors: counts.fileErrors }, null, 2)}\n`,
      );
    } catch (error) {
      console.error(`[wtr-count-reporter] could not write ${summaryFile}: ${error?.message ?? error}`);
    }
  };
  return {
    start() {
      // The CLI prints its final progress after reporters stop; the exit hook
      // comes after all of it, so the count really is the last line.
      process.once('exit', onExit);
    },
    onTestRunFinished({ sessions }) {
      record(sessions);
    },
    stop({ sessions }) {
      record(sessions);
    },
  };
}
