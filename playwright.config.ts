import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension (.output/chrome-mv3) in Debian's
// Chromium on fixture pages served at the real sites' URLs. See
// test/e2e/harness.ts. Run `npm run build` first (`npm test` does).
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./test/e2e/no-skips-reporter.ts']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    actionTimeout: 5_000,
    navigationTimeout: 10_000,
    // A failed test keeps its trace (actions, DOM snapshots, sources, console,
    // network), without the screencast: recording screencast frames for every
    // test (the trace is recorded for all and dropped on success) took about
    // 40% of the wall time of this CPU-bound suite (posting.spec x/ and
    // facebook/ cases, 2 workers: 128-135 s with it, 87 s without, 76 s with
    // no trace at all).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
  },
});
