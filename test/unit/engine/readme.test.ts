import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { withRulesSection } from '../../../src/docs/rules-table';

test('README "How it decides" matches the rules (run `npm run docs` to update)', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  expect(withRulesSection(readme)).toBe(readme);
});
