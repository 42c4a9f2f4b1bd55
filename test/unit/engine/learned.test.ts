// The learned layer: features and spans, the packed weights, the cap on its
// share, and the generated module being what the training script makes of
// today's corpus.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BASE, RULES, SHIPPED_MODEL, scoreDraft } from '../../../src/engine/index';
import { features, tokens } from '../../../src/engine/learned/features';
import { contributions, decodeModel, encodeWeights } from '../../../src/engine/learned/model';
import { loadDraftsFile, loadSpans } from '../../../src/eval/load';
import { MODEL_PATH, renderModelModule, trainShippedModel } from '../../../src/eval/model-file';

describe('features', () => {
  test.each([
    ['Only $49 at shop.example.com/x 🎉!!', ['only', '<money>', 'at', '<url>', '<emoji>', '!']],
    ['@ana 40% of 12 #growth?', ['<at>', '<pct>', 'of', '<num>', '<tag>', '?']],
    ["Can’t stop", ["can't", 'stop']],
  ])('tokens of %j', (text, keys) => {
    expect(tokens(text).map((t) => t.key)).toEqual(keys);
  });

  test('every feature span lies inside the text, and pairs do not cross a line break', () => {
    const text = 'grab yours\ntoday only';
    for (const f of features(text, 16)) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).not.toContain('\n');
    }
  });
});

describe('packed weights', () => {
  test('encode then decode gives the weights back, rounded to a tenth and clipped', () => {
    const points = new Map([[3, 1.26], [70000, -4], [65535, 20], [200, 0.04]]);
    const decoded = decodeModel({ base: 72, scales: {}, bits: 17, cap: 10, maxFindings: 3, minPoints: 1, weights: encodeWeights(points) }).points;
    expect([...decoded.entries()].sort((a, b) => a[0] - b[0])).toEqual([[3, 1.3], [65535, 12.7], [70000, -4]]);
  });
});

describe('contributions', () => {
  const model = decodeModel({ base: 72, scales: {}, bits: 16, cap: 10, maxFindings: 2, minPoints: 1, weights: '' });
  test('an empty model says nothing', () => {
    expect(contributions('Buy now, limited spots!', model)).toEqual([]);
  });

  test('the shipped layer never speaks for more than its cap and its few words, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const cs = contributions(text, SHIPPED_MODEL);
        expect(cs.length).toBeLessThanOrEqual(SHIPPED_MODEL.maxFindings);
        expect(Math.abs(cs.reduce((a, c) => a + c.points, 0))).toBeLessThanOrEqual(SHIPPED_MODEL.cap + 1e-9);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  test('its findings carry spans and add up with the rules to the score', () => {
    // The rule's README example names words the shipped model weighs (weights.test checks that it fires).
    const text = `${String(RULES.find((r) => r.id === 'learned-words')?.example)} The new workbook is live!`;
    const r = scoreDraft(text);
    const learned = r.findings.filter((f) => f.ruleId === 'learned-words');
    expect(learned.length).toBeGreaterThan(0);
    for (const f of learned) expect(text.slice(f.start, f.end)).toBe(f.actual);
    expect(BASE + r.findings.reduce((a, f) => a + f.weight, 0)).toBe(r.score);
  });
});

describe('the generated model module', () => {
  test('is what `npm run train` makes of today\'s training drafts (run it after changing rules or drafts)', () => {
    const drafts = loadDraftsFile();
    const { source } = renderModelModule(trainShippedModel(drafts, loadSpans(drafts)), drafts);
    expect(readFileSync(MODEL_PATH, 'utf8')).toBe(source);
  }, 180_000); // ~25 s on a quiet 2-core machine, 3,244 drafts; more when it is loaded

  test('stays small: at most 20 KB gzipped in the content script', () => {
    expect(gzipSync(readFileSync(MODEL_PATH)).length).toBeLessThanOrEqual(20 * 1024);
  });

  test('training refuses the sealed holdout', () => {
    const [first] = loadDraftsFile();
    if (!first) throw new Error('no training drafts');
    expect(() => trainShippedModel([{ ...first, split: 'sealed' }], new Map())).toThrow(/sealed/);
  });
});
