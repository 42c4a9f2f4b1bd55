import { defineConfig } from '@playwright/test';

// Browser figures for `npm run bench` (not part of `npm test`): the built
// extension in Chromium on the fixture pages, measured, never asserted.
export default defineConfig({
  testDir: 'bench',
  testMatch: process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : /.*\.bench\.ts/,
  globalSetup: './test/e2e/global-setup.ts',
  workers: 1,
  retries: 0,
  reporter: [['line']],
  // Its own folder: a bench run must not clear the artifacts of an e2e run going on meanwhile.
  outputDir: 'test-results/bench',
  timeout: 120_000,
});
