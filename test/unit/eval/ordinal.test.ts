// The fit behind `npm run train` (src/eval/ordinal.ts), on rows made for the
// test: its gradient is the loss's, it finds a planted pitch word and leaves
// a word both classes use at 0, keeps every scale inside its bounds, and
// puts the base where unmarked drafts belong.
import { describe, expect, test } from 'vitest';
import { fitOrdinal, likelihood, rowScores, type OrdinalLabel, type OrdinalProblem } from '../../../src/eval/ordinal';

/** n rows of each label, in the order promotional, mixed, human. */
function labels(n: number): OrdinalLabel[] {
  return [...Array<OrdinalLabel>(n).fill(0), ...Array<OrdinalLabel>(n).fill(1), ...Array<OrdinalLabel>(n).fill(2)];
}
const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

function problem(over: Partial<OrdinalProblem> = {}): OrdinalProblem {
  const y = labels(20);
  return { labels: y, offset: y.map(() => 0), scaled: [], costs: [], scaleBounds: [], l1: 0.1, maxCost: 40, base: 72, ...over };
}

describe('likelihood', () => {
  test.each([
    [[0, 1, 2], [30, 55, 80], 10],
    [[2, 2, 0], [65, 40, 75], 4],
    [[1, 0, 2, 1], [10, 90, 20, 70], 25],
  ] as const)('labels %j at scores %j, T=%d: the gradient is the loss\'s', (ys, zs, T) => {
    const z = Float64Array.from(zs);
    const { loss, dz, dLogT } = likelihood(ys, z, T);
    const eps = 1e-5;
    zs.forEach((_, i) => {
      const up = Float64Array.from(zs), down = Float64Array.from(zs);
      up[i]! += eps;
      down[i]! -= eps;
      const numeric = (likelihood(ys, up, T).loss - likelihood(ys, down, T).loss) / (2 * eps);
      expect(dz[i]).toBeCloseTo(numeric, 5);
    });
    const numericT = (likelihood(ys, z, T * Math.exp(eps)).loss - likelihood(ys, z, T * Math.exp(-eps)).loss) / (2 * eps);
    expect(dLogT).toBeCloseTo(numericT, 4);
    expect(loss).toBeGreaterThan(0);
  });
});

describe('fitOrdinal', () => {
  test('a word only promotional rows use gets a cost; a word every label uses stays at 0', () => {
    const fit = fitOrdinal(problem({ costs: [rows(0, 20), [0, 5, 20, 25, 40, 45]] }));
    expect(fit.costs[0]).toBeGreaterThan(20);
    expect(fit.costs[1]).toBeLessThan(0.5);
    const z = rowScores(problem({ costs: [rows(0, 20), [0, 5, 20, 25, 40, 45]] }), fit.base, [], fit.costs);
    expect(z[0]).toBeLessThan(40); // a promotional row with the pitch word is broadcast
  });

  test('the base lands unmarked rows in the band of most of them', () => {
    const humans = problem({ labels: [...Array<OrdinalLabel>(50).fill(2), ...Array<OrdinalLabel>(5).fill(1)], offset: Array(55).fill(0) });
    expect(fitOrdinal(humans).base).toBeGreaterThanOrEqual(70);
    const mixed = problem({ labels: [...Array<OrdinalLabel>(5).fill(2), ...Array<OrdinalLabel>(50).fill(1)], offset: Array(55).fill(0) });
    const b = fitOrdinal(mixed).base;
    expect(b).toBeGreaterThanOrEqual(40);
    expect(b).toBeLessThan(70);
  });

  test('scales stay inside their bounds, and a rule held at 1 stays at 1', () => {
    // Both columns mark the promotional rows with -1 point: far too little, so the fit wants them much larger.
    const col = labels(20).map((y) => (y === 0 ? -1 : 0));
    const fit = fitOrdinal(problem({ scaled: [col, col], scaleBounds: [[0.5, 2.5], [0.5, 1]] }));
    expect(fit.scales[0]).toBeCloseTo(2.5, 5);
    expect(fit.scales[1]).toBeCloseTo(1, 5);
  });

  test('a word never costs more than its cap, nor less than nothing', () => {
    const fit = fitOrdinal(problem({ costs: [rows(0, 20), rows(40, 60)], maxCost: 6 }));
    expect(fit.costs[0]).toBeLessThanOrEqual(6);
    expect(fit.costs[0]).toBeGreaterThan(5);
    expect(fit.costs[1]).toBe(0);
  });

  test('is deterministic', () => {
    const p = problem({ costs: [rows(0, 15), rows(10, 30)], scaled: [labels(20).map((y) => (y === 2 ? 0 : -3))], scaleBounds: [[0.5, 2.5]] });
    expect(fitOrdinal(p)).toEqual(fitOrdinal(p));
  });
});

describe('rowScores', () => {
  // Three rows; column 0 scaled by 2, column 1 by 0.5; word 0 in rows 0 and 2 costs 3, word 1 (cost 0) in row 1.
  const p = problem({
    labels: [0, 1, 2],
    offset: [1, -2, 0],
    scaled: [[-4, 0, -1], [0, -6, 0]],
    scaleBounds: [[0.5, 2.5], [0.5, 2.5]],
    costs: [[0, 2], [1]],
  });
  test.each([
    [70, [2, 0.5], [3, 0], [70 + 1 - 8 - 3, 70 - 2 - 3, 70 - 2 - 3]],
    [50, [1, 1], [0, 5], [47, 50 - 2 - 6 - 5, 49]],
    [60, [], [], [57, 52, 59]], // a scale or cost not given counts as 1 and 0
  ] as const)('base %d, scales %j, costs %j: %j', (base, scales, costs, expected) => {
    expect(Array.from(rowScores(p, base, scales, costs))).toEqual(expected);
  });
});

describe('fitOrdinal, what it reports', () => {
  test('the loss is per row, the temperature stays within 1..50, and an offset counts for its row', () => {
    const y = labels(10);
    // Every row's offset already puts it in its band: the fit needs no word and reports a small loss.
    const offset = y.map((l) => (l === 0 ? -60 : l === 1 ? -17 : 10));
    const fit = fitOrdinal(problem({ labels: y, offset, costs: [rows(0, 10)] }));
    expect(fit.loss).toBeGreaterThan(0);
    expect(fit.loss).toBeLessThan(0.3);
    expect(fit.temperature).toBeGreaterThanOrEqual(1);
    expect(fit.temperature).toBeLessThanOrEqual(50);
    const z = rowScores(problem({ labels: y, offset, costs: [rows(0, 10)] }), fit.base, [], fit.costs);
    expect(z[0]).toBeLessThan(40);
    expect(z[15]).toBeGreaterThanOrEqual(40);
    expect(z[15]).toBeLessThan(70);
    expect(z[25]).toBeGreaterThanOrEqual(70);
  });

  test('the same rows with offsets the wrong way round fit worse', () => {
    const y = labels(10);
    const right = fitOrdinal(problem({ labels: y, offset: y.map((l) => (l === 0 ? -60 : l === 1 ? -17 : 10)) }));
    const wrong = fitOrdinal(problem({ labels: y, offset: y.map((l) => (l === 0 ? 10 : l === 1 ? -17 : -60)) }));
    expect(wrong.loss).toBeGreaterThan(right.loss + 0.5);
  });

  test('a scaled column that separates the labels is used with the right sign, each column with its own scale', () => {
    const y = labels(20);
    // Column 0 costs the promotional rows 8 points at its written weight; column 1 is noise on every label.
    const col0 = y.map((l) => (l === 0 ? -8 : 0));
    const col1 = y.map((_, i) => (i % 2 ? -3 : 0));
    const fit = fitOrdinal(problem({ labels: y, scaled: [col0, col1], scaleBounds: [[0.5, 2.5], [0.5, 2.5]] }));
    expect(fit.scales[0]).toBeGreaterThan(1.5);
    expect(fit.scales[1]).toBeLessThan(1);
    const z = rowScores(problem({ labels: y, scaled: [col0, col1] }), fit.base, fit.scales, fit.costs);
    expect(Math.max(...Array.from(z.subarray(0, 20)))).toBeLessThan(Math.min(...Array.from(z.subarray(40, 60))));
  });

  test('a few iterations are not a fit: the number of iterations is used', () => {
    const p = problem({ costs: [rows(0, 20)] });
    expect(fitOrdinal({ ...p, iterations: 3 }).costs[0]).toBeLessThan(2);
    expect(fitOrdinal({ ...p, iterations: 1500 }).costs[0]).toBeGreaterThan(20);
  });
});
