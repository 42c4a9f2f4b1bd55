import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A 2-core CI machine running the whole suite can take several seconds
    // for the corpus and fuzz tests; no test asserts on time.
    testTimeout: 30_000,
  },
});
