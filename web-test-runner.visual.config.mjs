// The visual suite: test/visual/*.test.ts (one file per state of the form)
// in the same headless Chromium,
// with the same test receiver, plus the command that photographs the page and
// compares each picture with its reviewed reference
// (test/support/visual-compare.mjs). Run by `npm run test:visual`
// (scripts/test-visual.mjs), which checks the pinned font first.
import base from './web-test-runner.config.mjs';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { visualPlugin } from './test/support/visual-compare.mjs';

export default {
  ...base,
  files: ['test/visual/**/*.test.ts'],
  plugins: [...base.plugins, visualPlugin()],
  // Each test photographs one state four times; give it time on a busy machine.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 300_000,
  reporters: [defaultReporter(), countReporter({ label: 'visual', summaryFile: '.cache/wtr-visual-summary.json' })],
};
