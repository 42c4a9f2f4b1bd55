// Mutation testing (issue 21): `npm run mutate` over every area, or
// `npm run mutate:<area>` for one. Each area mutates its own source files and
// runs only its own unit tests (vitest.mutate.config.ts reads MUTATE_AREA), so
// a score says how well an area's tests guard that area's code. Never e2e or
// Firefox tests: they need a built extension and a browser.
// Static mutants (word lists, tables at module level) are left out: each one
// costs a full test run and most only rename a phrase.

/** Area → [source globs to mutate, unit-test folders that measure them]. */
export const AREAS = {
  // The engine's core files, the ones the issue-21 bar is measured on.
  'engine-core': [
    ['src/engine/index.ts', 'src/engine/rule.ts', 'src/engine/parse.ts', 'src/engine/language.ts',
      'src/engine/learned/model.ts', 'src/engine/learned/features.ts'],
    ['test/unit/engine'],
  ],
  // The whole engine, rules included (model.generated.ts is trained weights, data only).
  engine: [['src/engine/**/*.ts', '!src/engine/learned/model.generated.ts', '!src/engine/types.ts'], ['test/unit/engine']],
  // The journal's logic: merge and split, import and its checks, tallies,
  // queries, CSV, the rhythm (keep in touch). store.ts is the IndexedDB shell around them (being split up
  // as of issue 21); importer.ts (progress), search-index.ts, rpc.ts, api.ts
  // and client.ts carry messages and progress rather than rules.
  journal: [
    ['src/journal/{groups,people,import,validate,checks,tallies,queries,csv,rhythm}.ts'],
    ['test/unit/journal'],
  ],
  // The journal's plumbing, mutated on request only.
  'journal-plumbing': [['src/journal/{importer,search-index,rpc}.ts'], ['test/unit/journal']],
  scoring: [['src/scoring/request.ts', 'src/messaging/route.ts'], ['test/unit/scoring', 'test/unit/messaging']],
  sites: [
    ['src/sites/{adapter,layout,matches,text}.ts'],
    ['test/unit/sites'],
  ],
  settings: [['src/settings/{schema,rules,site-switch,mastodon-servers,open-rule,sites,kept}.ts'], ['test/unit/settings']],
  // The fit behind `npm run train` (the rules' calibration and the learned words), on data made for the tests.
  'eval-fit': [['src/eval/{ordinal,train}.ts'], ['test/unit/eval']],
};

const area = process.env.MUTATE_AREA ?? 'all';
const quick = process.env.MUTATE_QUICK === '1' ? '-quick' : '';
const chosen = area === 'all' ? Object.entries(AREAS).filter(([name]) => name !== 'engine-core' && name !== 'journal-plumbing') : [[area, AREAS[area]]];
if (chosen.some(([, globs]) => globs === undefined)) {
  throw new Error(`MUTATE_AREA=${area}: not one of all, ${Object.keys(AREAS).join(', ')}`);
}

// vitest.mutate.config.ts runs these test folders (the sandboxes inherit the env).
process.env.MUTATE_TESTS = [...new Set(chosen.flatMap(([, [, tests]]) => tests))].join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: chosen.flatMap(([, [globs]]) => globs),
  ignoreStatic: true,
  // No type checker runs (vitest strips types), and a "// @ts-nocheck" line
  // added to every source file would break the test that compares the
  // generated model module with what `npm run train` makes.
  disableTypeChecks: false,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/incremental-${area}${quick}.json`,
  // The machine is shared (2 cores): one sandbox per core at most.
  concurrency: 2,
  // The fuzz and training tests take seconds; a slow shared machine must not
  // count them as timeouts.
  timeoutMS: 30_000,
  // event-recorder: one file per tested mutant under reports/mutation/events-<area>/, to read survivors during a long run.
  reporters: ['clear-text', 'progress-append-only', 'html', 'json', 'event-recorder'],
  eventReporter: { baseDir: `reports/mutation/events-${area}${quick}` },
  htmlReporter: { fileName: `reports/mutation/${area}${quick}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}${quick}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.output', 'test-results', 'playwright-report', 'reports', 'bench', 'docs'],
  thresholds: { high: 90, low: 85, break: null },
};
