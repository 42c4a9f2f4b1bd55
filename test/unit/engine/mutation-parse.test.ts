// Sentence and term parsing (src/engine/parse.ts), found by mutation testing
// (issue 21): a term's normal form is the tokenizer's, and the parse cache
// holds exactly CACHE_LIMIT (2,000) sentences.
import { expect, test } from 'vitest';
import { clearParseCache, parse, parseCount } from '../../../src/engine/parse';

test.each([
  ['Café crème', ['cafe', 'creme']], // accents go, not only capitals
  ['We met in the U.S. today', ['we', 'met', 'in', 'the', 'us', 'today']],
])("%j: each term's normal form is the tokenizer's", (text, normals) => {
  expect(parse(text).flatMap((s) => s.terms.map((t) => t.normal))).toEqual(normals);
});

test('the cache holds 2,000 sentences: the first of 2,000 is still there', () => {
  clearParseCache();
  for (let i = 0; i < 2_000; i++) parse(`S${i}.`);
  const before = parseCount();
  parse('S0.');
  expect(parseCount()).toBe(before);
  clearParseCache();
});
