import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rocAuc } from '../../src/eval/roc';

const T = true;
const F = false;

/** The textbook O(n²) definition, to cross-check the rank formula. */
function pairwiseAuc(scores: number[], labels: boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((p, i) => {
    if (!labels[i]) return;
    scores.forEach((n, j) => {
      if (labels[j]) return;
      pairs++;
      wins += p > n ? 1 : p === n ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('rocAuc', () => {
  test.each([
    { name: 'perfect separation', scores: [0.1, 0.2, 0.8, 0.9], labels: [F, F, T, T], auc: 1 },
    { name: 'perfectly inverted', scores: [0.9, 0.8, 0.2, 0.1], labels: [F, F, T, T], auc: 0 },
    { name: 'scikit-learn docs example', scores: [0.1, 0.4, 0.35, 0.8], labels: [F, F, T, T], auc: 0.75 },
    { name: 'everything tied', scores: [5, 5, 5, 5, 5], labels: [T, F, T, F, F], auc: 0.5 },
    { name: 'one tie across classes counts half', scores: [1, 2, 2, 3], labels: [F, T, F, T], auc: 0.875 },
    { name: 'input order does not matter', scores: [3, 2, 1, 2], labels: [T, F, F, T], auc: 0.875 },
    { name: 'one of each, positive lower', scores: [10, 90], labels: [T, F], auc: 0 },
    { name: 'unbalanced classes', scores: [1, 2, 3, 4, 5], labels: [F, F, F, T, F], auc: 0.75 },
  ])('$name → $auc', ({ scores, labels, auc }) => {
    expect(rocAuc(scores, labels)).toBeCloseTo(auc, 12);
  });

  test.each([
    { name: 'no positives', scores: [1, 2], labels: [F, F] },
    { name: 'no negatives', scores: [1, 2], labels: [T, T] },
    { name: 'empty input', scores: [], labels: [] },
  ])('is NaN when undefined: $name', ({ scores, labels }) => {
    expect(rocAuc(scores, labels)).toBeNaN();
  });

  test.each([
    { name: 'length mismatch', scores: [1, 2, 3], labels: [T, F], error: /3 scores but 2 labels/ },
    { name: 'NaN score', scores: [1, NaN], labels: [T, F], error: /score 1 is not a finite number/ },
    { name: 'infinite score', scores: [Infinity, 1], labels: [T, F], error: /score 0/ },
  ])('throws on caller bugs: $name', ({ scores, labels, error }) => {
    expect(() => rocAuc(scores, labels)).toThrow(error);
  });

  test('matches the pairwise definition on random inputs with many ties', () => {
    const sample = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean()), { minLength: 2, maxLength: 40 })
      .filter((rows) => rows.some(([, l]) => l) && rows.some(([, l]) => !l));
    fc.assert(
      fc.property(sample, (rows) => {
        const scores = rows.map(([s]) => s);
        const labels = rows.map(([, l]) => l);
        expect(rocAuc(scores, labels)).toBeCloseTo(pairwiseAuc(scores, labels), 12);
      }),
    );
  });
});
