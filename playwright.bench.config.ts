import { defineConfig } from '@playwright/test';

// Browser figures for `npm run bench` (not part of `npm test`): the built
// extension in Chromium on the fixture pages, measured, never asserted.
export default defineConfig({
  testDir: 'bench',
  testMatch: /.*\.bench\.ts/,
  globalSetup: './test/e2e/global-setup.ts',
  workers: 1,
  retries: 0,
  reporter: [['line']],
  timeout: 120_000,
});
