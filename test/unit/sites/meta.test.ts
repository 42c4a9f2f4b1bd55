// Every adapter file is registered, documented in README and tested.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ADAPTERS } from '../../../src/sites/index';
import { ADAPTER_CASES } from './adapter-cases';

const root = new URL('../../../', import.meta.url);
// Files in src/sites that are shared helpers, not adapters.
const NOT_ADAPTERS = new Set(['adapter.ts', 'index.ts', 'matches.ts', 'text.ts', 'fallback.ts', 'layout.ts']);
const files = readdirSync(new URL('src/sites/', root)).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
const readme = readFileSync(new URL('README.md', root), 'utf8');
const e2eTables = ['x', 'facebook', 'linkedin', 'bluesky', 'threads', 'mastodon'].map((s) => readFileSync(new URL(`test/e2e/composers-${s}.ts`, root), 'utf8')).join('\n');

test('every adapter file is registered under its file name', () => {
  expect(ADAPTERS.map((a) => `${a.id}.ts`).sort()).toEqual(files.sort());
});

test.each(ADAPTERS.map((a) => [a.id] as const))('%s is tested on saved markup and documented', (id) => {
  expect(ADAPTER_CASES[id]?.length).toBeGreaterThanOrEqual(3);
  expect(readme).toContain(`src/sites/${id}.ts`);
});

test('every e2e composer has a saved-markup case and a README row, and the other way round', () => {
  const e2eIds = [...e2eTables.matchAll(/id: '([a-z]+\/[a-z0-9-]+)'/g)].map((m) => m[1]);
  const unitIds = Object.values(ADAPTER_CASES).flat().map((c) => c.id);
  // share-shadow lives in a shadow root, which saved markup cannot hold: adapters.test.ts builds it.
  expect(unitIds.sort()).toEqual(e2eIds.filter((id) => id !== 'linkedin/share-shadow').sort());
  for (const id of e2eIds) expect(readme, id).toContain(`\`${id}\``);
});
