// The learned layer's limits and its weight format (src/engine/learned/model.ts)
// on hand-made models, found by mutation testing (issue 21): the minimum,
// overlaps and their tie-breaks, the number of findings, the cap on both
// signs, and a packing that reads back exactly.
import { describe, expect, test } from 'vitest';
import { contributions, decodeModel, encodeWeights } from '../../../src/engine/learned/model';
import { MODEL_DATA } from '../../../src/engine/learned/model.generated';
import { stubModel } from './learned-stub';

const said = (text: string, points: Record<string, number>, o: Parameters<typeof stubModel>[1] = {}) =>
  contributions(text, stubModel(points, o)).map((c) => [text.slice(c.start, c.end), c.points]);

describe('contributions', () => {
  test('weaker than the minimum is left out; exactly the minimum speaks', () => {
    expect(said('alpha bravo charlie', { alpha: 0.5, bravo: -0.5, charlie: 0.4 }, { minPoints: 0.5 })).toEqual([['alpha', 0.5], ['bravo', -0.5]]);
  });

  test('of overlapping words and pairs only the stronger speaks', () => {
    expect(said('alpha bravo', { 'alpha bravo': 3, alpha: 1 })).toEqual([['alpha bravo', 3]]);
    expect(said('alpha bravo', { 'alpha bravo': 1, alpha: -3, bravo: 2 })).toEqual([['alpha', -3], ['bravo', 2]]);
  });

  test('at equal strength, the earlier then the shorter wins', () => {
    expect(said('alpha bravo', { alpha: 2, 'alpha bravo': 2 })).toEqual([['alpha', 2]]);
    expect(said('alpha bravo', { 'alpha bravo': -2, bravo: 2 })).toEqual([['alpha bravo', -2]]);
    expect(said('alpha bravo charlie', { 'bravo charlie': 2, 'alpha bravo': 2 })).toEqual([['alpha bravo', 2]]);
  });

  test('at most maxFindings speak: the strongest, returned in draft order', () => {
    expect(said('alpha bravo charlie', { alpha: 1, bravo: -3, charlie: 2 }, { maxFindings: 2 })).toEqual([['bravo', -3], ['charlie', 2]]);
    expect(said('alpha bravo charlie', { alpha: 1, bravo: -3, charlie: 2 }, { maxFindings: 3 })).toHaveLength(3);
    expect(said('alpha bravo charlie', { alpha: 1 }, { maxFindings: 0 })).toEqual([]);
  });

  test('past the cap (both signs counted) every finding is scaled down; at the cap nothing is', () => {
    expect(said('alpha bravo', { alpha: 3, bravo: -3 }, { cap: 3 })).toEqual([['alpha', 1.5], ['bravo', -1.5]]);
    expect(said('alpha bravo', { alpha: 3, bravo: -3 }, { cap: 6 })).toEqual([['alpha', 3], ['bravo', -3]]);
    expect(said('alpha bravo', { alpha: -4 }, { cap: 2 })).toEqual([['alpha', -2]]);
  });

  test('findings that only touch both speak, returned in draft order', () => {
    // "alpha" (0-5) touches the pair "#tag bravo" (5-15).
    expect(said('alpha#tag bravo', { alpha: 3, '<tag> bravo': 2 })).toEqual([['alpha', 3], ['#tag bravo', 2]]);
    expect(said('alpha#tag bravo', { alpha: 2, '<tag> bravo': 3 })).toEqual([['alpha', 2], ['#tag bravo', 3]]);
    expect(said('alpha bravo charlie', { alpha: 1, charlie: -3, bravo: 2 })).toEqual([['alpha', 1], ['bravo', 2], ['charlie', -3]]);
  });

  test('words the model does not know say nothing', () => {
    expect(said('alpha bravo', {})).toEqual([]);
  });
});

describe('the packed weights', () => {
  const packed = (bytes: number[]) => Buffer.from(bytes).toString('base64');

  test.each([
    [new Map([[1, 0.1]]), [1, 1]],
    [new Map([[1, 0.1], [2, -0.1]]), [1, 1, 1, 255]],
    [new Map([[127, 1]]), [127, 10]],
    [new Map([[128, 1]]), [128, 1, 10]], // a delta of 128 takes two varint bytes
    [new Map([[300, -0.1]]), [172, 2, 255]],
    [new Map([[20_000, 12.7]]), [160, 156, 1, 127]],
    [new Map([[5, 99], [9, -99]]), [5, 127, 4, 129]], // clipped to ±12.7
    [new Map([[9, 2], [5, 1]]), [5, 10, 4, 20]], // buckets in order, deltas from the previous one
    [new Map([[3, 0.04], [4, 0.5]]), [4, 5]], // rounds to nothing: left out, and the next delta counts from the last one kept
  ])('%o packs as %j', (points, bytes) => {
    expect(encodeWeights(points)).toBe(packed(bytes));
  });

  test.each([
    new Map([[0, 1.5]]),
    new Map([[1, 0.1], [2, -0.2], [3, 0.3]]),
    new Map([[7, -12.7], [128, 12.7], [16_383, 0.5], [16_384, -0.5], [2_000_000, 3.3]]),
  ])('%o reads back exactly', (points) => {
    const model = decodeModel({ base: 72, scales: {}, bits: 22, cap: 9, maxFindings: 4, minPoints: 0.7, weights: encodeWeights(points) });
    expect(model).toEqual({ base: 72, scales: new Map(), bits: 22, cap: 9, maxFindings: 4, minPoints: 0.7, points });
  });

  test('weights without their "=" padding read the same', () => {
    const points = new Map([[1, 0.1], [2, -0.1]]);
    const padded = encodeWeights(points);
    expect(padded.endsWith('=')).toBe(true);
    expect(decodeModel({ base: 72, scales: {}, bits: 22, cap: 9, maxFindings: 4, minPoints: 0, weights: padded.replace(/=+$/, '') }).points).toEqual(points);
  });

  test('the shipped weights read back to the same string', () => {
    const model = decodeModel(MODEL_DATA);
    expect(model.points.size).toBeGreaterThan(0);
    expect(encodeWeights(model.points)).toBe(MODEL_DATA.weights);
  });
});
