import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests (test/firefox): one browser, tests in order.
export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
