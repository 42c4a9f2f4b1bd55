// The corpus tools: near-copy detection, the SMS loader, the peek check,
// stratified folds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { NEAR_COPY_JACCARD, dropNearCopies, jaccard } from '../../src/eval/dedupe';
import type { LabeledDraft } from '../../src/eval/drafts';
import { peekedPhrases, wordListPhrases } from '../../src/eval/peek';
import { parseSms, smsReport } from '../../src/eval/sms';
import { stratifiedFolds } from '../../src/eval/folds';

describe('dropNearCopies', () => {
  test.each([
    { name: 'identical text', a: 'Thanks for the tip, it fixed my build today.', b: 'Thanks for the tip, it fixed my build today.', dropped: 1 },
    { name: 'one word changed', a: 'Our new mugs are back in stock this weekend, come and see them at the market stall.', b: 'Our new mugs are back in stock this weekend, come and see them at the Saturday market stall.', dropped: 1 },
    { name: 'different drafts', a: 'Thanks for the tip, it fixed my build today.', b: 'Anyone know a good plumber near the station?', dropped: 0 },
  ])('$name', ({ a, b, dropped }) => {
    expect(dropNearCopies([{ text: a }, { text: b }]).dropped).toHaveLength(dropped);
  });

  test('drops what copies a protected set (the sealed holdout)', () => {
    const r = dropNearCopies([{ text: 'Anyone know a good plumber near the station?' }], ['anyone know a good plumber near the station'] );
    expect(r.kept).toEqual([]);
  });
});

test('dropNearCopies (indexed) keeps and drops exactly what comparing every pair would', () => {
  // The reference: each item against every text seen so far, first match wins.
  const shingles = (t: string) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Set<string>();
    if (w.length < 3) out.add(w.join(' '));
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
    return out;
  };
  const naive = (items: string[], against: string[]) => {
    const seen = [...against];
    const dropped: Array<[string, string]> = [];
    for (const t of items) {
      const copy = seen.find((s) => jaccard(shingles(s), shingles(t)) >= NEAR_COPY_JACCARD);
      if (copy !== undefined) dropped.push([t, copy]);
      else seen.push(t);
    }
    return dropped;
  };
  const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 7 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.array(text, { maxLength: 25 }), fc.array(text, { maxLength: 5 }), (items, against) => {
      const got = dropNearCopies(items.map((t) => ({ text: t })), against).dropped.map((d) => [d.item.text, d.copies]);
      expect(got).toEqual(naive(items, against));
    }),
    { numRuns: 300 },
  );
  // Two texts it copies: the first one seen is named.
  const r = dropNearCopies([{ text: 'a b c d e f g h i j' }], ['a b c d e f g h i j k', 'z a b c d e f g h i j']);
  expect(r.dropped.map((d) => d.copies)).toEqual(['a b c d e f g h i j k']);
});

describe('parseSms', () => {
  test('reads label<TAB>text after a header line', () => {
    expect(parseSms('Label\tSMS\nham\tOk lar... Joking wif u oni...\nspam\tWIN a prize\ttoday\n\n')).toEqual([
      { spam: false, text: 'Ok lar... Joking wif u oni...' },
      { spam: true, text: 'WIN a prize\ttoday' },
    ]);
  });
  test.each([['Label\tSMS\nmaybe\thello'], ['Label\tSMS\nno tab here']])('rejects a malformed line: %j', (tsv) => {
    expect(() => parseSms(tsv)).toThrow(/line 2/);
  });
  test('report counts classes, unscored messages and AUC', () => {
    const r = smsReport(
      [{ spam: false, text: 'a' }, { spam: true, text: 'b' }, { spam: true, text: 'c' }],
      (t) => (t === 'c' ? { score: null, status: 'too-short' } : { score: t === 'a' ? 90 : 10, status: 'scored' }),
    );
    expect({ ham: r.ham, spam: r.spam, auc: r.auc, unscored: r.unscored }).toEqual({ ham: 1, spam: 2, auc: 1, unscored: { 'too-short': 1 } });
  });
});

describe('peek check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communis-rules-'));
  writeFileSync(join(dir, 'a-rule.ts'), "const LIST = ['spots are filling', 'the workaround'];\nconst re = /x/;\nexport default { id: 'a-rule', message: 'not a list' };\n");
  writeFileSync(join(dir, 'index.ts'), "const IGNORED = ['index files are not rules'];\n");

  test('reads phrases from array literals of rule files only', () => {
    expect(wordListPhrases(dir)).toEqual([
      { phrase: 'spots are filling', rule: 'a-rule' },
      { phrase: 'the workaround', rule: 'a-rule' },
    ]);
  });

  test('flags phrases in the sealed holdout and in no training draft', () => {
    const phrases = wordListPhrases(dir);
    expect(peekedPhrases(phrases, ['the workaround was a restart'], ['Spots are filling fast!', 'the workaround helped'])).toEqual([
      { phrase: 'spots are filling', rule: 'a-rule', sealedHits: 1 },
    ]);
  });
});

describe('stratifiedFolds', () => {
  const drafts = Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, label: i % 5 === 0 ? 'promotional' : i % 2 ? 'human' : 'mixed' }) as LabeledDraft);
  test('is seeded and balances each label over the folds', () => {
    const a = stratifiedFolds(drafts, 5, 7);
    expect(stratifiedFolds(drafts, 5, 7)).toEqual(a);
    expect(stratifiedFolds(drafts, 5, 8)).not.toEqual(a);
    for (const label of ['promotional', 'human', 'mixed'] as const) {
      const counts = [0, 1, 2, 3, 4].map((f) => drafts.filter((d) => d.label === label && a.get(d.id) === f).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });
});
