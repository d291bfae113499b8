import base from './web-test-runner.config.mjs';
export default { ...base, testsFinishTimeout: 60_000, testFramework: { config: { timeout: 10_000, grep: process.env.GREP } } };
