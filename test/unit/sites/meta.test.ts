// Every adapter file is registered, documented in README and tested.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ADAPTERS } from '../../../src/sites/index';
import { ADAPTER_CASES } from './adapter-cases';

const root = new URL('../../../', import.meta.url);
// Files in src/sites that are shared helpers, not adapters.
const NOT_ADAPTERS = new Set(['adapter.ts', 'index.ts', 'matches.ts', 'text.ts']);
const files = readdirSync(new URL('src/sites/', root)).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
const readme = readFileSync(new URL('README.md', root), 'utf8');

test('every adapter file is registered under its file name', () => {
  expect(ADAPTERS.map((a) => `${a.id === 'x' ? 'x' : a.id}.ts`).sort()).toEqual(files.sort());
});

test.each(ADAPTERS.map((a) => [a.id] as const))('%s is tested on saved markup and documented', (id) => {
  expect(ADAPTER_CASES[id]?.length).toBeGreaterThanOrEqual(3);
  expect(readme).toContain(`src/sites/${id}.ts`);
});
