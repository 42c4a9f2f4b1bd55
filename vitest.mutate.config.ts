// The vitest run Stryker uses (stryker.config.mjs sets MUTATE_TESTS): only the
// unit tests of the area being mutated, never e2e or Firefox tests.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const dirs = (process.env.MUTATE_TESTS ?? '').split(',').filter((d) => d.startsWith('test/unit/'));
if (dirs.length === 0) throw new Error('vitest.mutate.config.ts is for Stryker: run `npm run mutate` (MUTATE_TESTS names test/unit folders)');

/**
 * Quickest test files first. Stryker stops a mutant's run at its first
 * failing test, and vitest's own order (longest first, for parallel runs)
 * would start every mutant with the fuzz and property tests.
 */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Durations are known from Stryker's first (dry) run on.
    const cost = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${f.moduleId.slice(this.ctx.config.root.length + 1)}`)?.duration ?? Infinity;
    return [...files].sort((a, b) => cost(a) - cost(b) || (a.moduleId < b.moduleId ? -1 : 1));
  }
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: dirs.map((d) => `${d}/**/*.test.{ts,tsx}`),
    sequence: { sequencer: QuickFirst },
    // One module graph for all test files: Stryker switches mutants at run
    // time, so re-importing the engine or the journal for every file and every
    // mutant only burns the shared machine's CPU. The tests keep no state
    // between files (each journal test opens its own fake IndexedDB).
    isolate: false,
    // Stryker runs tests in worker threads, where changing process.env.TZ in
    // the middle of a test does not move the clock's zone (its travel test
    // fails there, and passes under `npm run test:unit`).
    exclude: [
      ...(base.test?.exclude ?? ['**/node_modules/**', '**/.git/**']),
      'test/unit/journal/timezones*.test.ts',
      // MUTATE_QUICK=1 npm run mutate:<area> leaves out the seconds-long
      // random runs. Fewer tests can only kill fewer mutants, so a quick score
      // is a lower bound of the full one.
      ...(process.env.MUTATE_QUICK === '1' ? ['test/unit/engine/fuzz.test.ts', 'test/unit/journal/two-devices.property.test.ts'] : []),
    ],
  },
});
