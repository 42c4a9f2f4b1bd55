import { describe, expect, test } from 'vitest';
import { bestThresholds, fitOf, formatFit, type Scored } from '../../src/eval/calibrate';

const SHIPPED = { human: 70, broadcast: 40 };
const h = (score: number | null): Scored => ({ score, label: 'human' });
const m = (score: number | null): Scored => ({ score, label: 'mixed' });
const p = (score: number | null): Scored => ({ score, label: 'promotional' });

describe('fitOf', () => {
  test.each([
    { name: 'boundaries: 70 is human, 40 is mixed, 39 is broadcast', drafts: [h(70), m(40), p(39)], accuracy: 1, promoAsHuman: 0, humanAsBroadcast: 0 },
    { name: 'one below each boundary', drafts: [h(69), m(39), p(40)], accuracy: 0, promoAsHuman: 0, humanAsBroadcast: 0 },
    { name: 'cross errors', drafts: [h(10), h(90), p(80), p(5)], accuracy: 0.5, promoAsHuman: 0.5, humanAsBroadcast: 0.5 },
    { name: 'unscored counts as wrong, never as a cross error', drafts: [h(null), p(null), m(50)], accuracy: 1 / 3, promoAsHuman: 0, humanAsBroadcast: 0 },
    { name: 'no drafts of a class: no cross error', drafts: [m(50)], accuracy: 1, promoAsHuman: 0, humanAsBroadcast: 0 },
  ])('$name', ({ drafts, ...want }) => {
    const fit = fitOf(drafts, SHIPPED);
    expect(fit.accuracy).toBeCloseTo(want.accuracy, 10);
    expect(fit.promoAsHuman).toBeCloseTo(want.promoAsHuman, 10);
    expect(fit.humanAsBroadcast).toBeCloseTo(want.humanAsBroadcast, 10);
  });

  test('no drafts: accuracy is NaN (nothing to measure), not 0 or 1', () => {
    expect(fitOf([], SHIPPED).accuracy).toBeNaN();
  });
});

describe('bestThresholds', () => {
  test('separable scores: a perfect pair, the one closest to the shipped pair', () => {
    const fit = bestThresholds([h(80), h(75), m(60), m(55), p(30), p(20)], 0, SHIPPED);
    expect(fit).toMatchObject({ accuracy: 1, human: 70, broadcast: 40 });
  });

  test('moves the human threshold above a promotional score when the limit demands it', () => {
    // One of two promotional drafts scores 72: with a 0% limit the human band must start above 72. Calling it
    // broadcast too would take the mixed draft at 50 with it, so 4 of 5 is the best, and of the pairs that
    // reach it the one nearest the shipped pair wins.
    const fit = bestThresholds([h(90), h(74), p(72), p(10), m(50)], 0, SHIPPED);
    expect(fit).toMatchObject({ human: 73, broadcast: 40, promoAsHuman: 0 });
    expect(fit?.accuracy).toBeCloseTo(0.8, 10);
  });

  test('trades accuracy for the limit: a looser limit may buy accuracy', () => {
    const drafts = [h(71), h(72), h(73), p(71), p(5), p(6), m(50)];
    const strict = bestThresholds(drafts, 0, SHIPPED);
    const loose = bestThresholds(drafts, 0.5, SHIPPED);
    expect(strict?.promoAsHuman).toBe(0);
    expect(loose?.accuracy ?? 0).toBeGreaterThan(strict?.accuracy ?? 1);
  });

  test('null when no pair keeps the limit (a human draft unscored is no cross error, so use scores)', () => {
    // A human draft at 1 is broadcast under every pair with broadcast ≥ 2, and human under broadcast = 1 only
    // if human ≤ 1, which then takes the promotional 100 to human too.
    expect(bestThresholds([h(1), p(100)], 0, SHIPPED)).toBeNull();
  });
});

test('formatFit names both thresholds and the three figures, or says why there is none', () => {
  expect(formatFit('x', { human: 72, broadcast: 41, accuracy: 0.5, promoAsHuman: 0.05, humanAsBroadcast: 0.01 })).toBe(
    'x             human ≥  72  broadcast <  41  band accuracy  50.0%  promo→human  5.0%  human→broadcast  1.0%',
  );
  expect(formatFit('all', null)).toContain('no thresholds keep both cross errors');
});
