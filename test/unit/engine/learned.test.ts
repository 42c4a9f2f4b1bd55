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
import type { LabeledDraft } from '../../../src/eval/drafts';
import { loadDraftsFile, loadSpans } from '../../../src/eval/load';
import { corpusHash, MODEL_PATH, renderModelModule, trainedPrefix, trainShippedModel } from '../../../src/eval/model-file';

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

  test('the same text again gives the same answer, and an answer changed by its caller does not leak into the next', () => {
    const text = `${String(RULES.find((r) => r.id === 'learned-words')?.example)} The new workbook is live!`;
    const first = contributions(text, SHIPPED_MODEL);
    expect(first.length).toBeGreaterThan(0);
    const kept = structuredClone(first);
    first.pop();
    if (first[0]) first[0].points = 99;
    expect(contributions(text, SHIPPED_MODEL)).toEqual(kept);
    // Another model, or another text, is asked afresh.
    expect(contributions(text, model)).toEqual([]);
    expect(contributions(`${text} `, SHIPPED_MODEL)).toEqual(kept);
    expect(contributions('Lovely walk by the river', SHIPPED_MODEL)).toEqual([]);
  });

  test('a weighted word said twice speaks once, where it is first said', () => {
    const text = String(RULES.find((r) => r.id === 'learned-words')?.example);
    const once = contributions(text, SHIPPED_MODEL);
    expect(once.length).toBeGreaterThan(0);
    expect(contributions(`${text}\n\n${text}`, SHIPPED_MODEL)).toEqual(once);
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
  test('is what `npm run train` makes of the training drafts it names (a promoted batch may wait one commit)', () => {
    const drafts = loadDraftsFile();
    const shipped = readFileSync(MODEL_PATH, 'utf8');
    const trainedOn = trainedPrefix(shipped, drafts);
    const { source } = renderModelModule(trainShippedModel(trainedOn, loadSpans(drafts)), trainedOn);
    expect(shipped).toBe(source);
  }, 180_000); // ~25 s on a quiet 2-core machine, 3,244 drafts; more when it is loaded

  test.each([
    ['the drafts it was trained on', (d: LabeledDraft[]) => d, 3],
    ['those drafts with a batch appended', (d: LabeledDraft[]) => [...d, { ...d[0]!, id: 'late-1' }], 3],
  ])('names its training drafts by count and hash: %s', (_, grow, n) => {
    const drafts = loadDraftsFile().slice(0, 3);
    const header = `// Generated by \`npm run train\` from 3 training drafts (corpus ${corpusHash(drafts)}); do not edit.\n`;
    expect(trainedPrefix(header, grow(drafts)).map((d) => d.id)).toEqual(drafts.slice(0, n).map((d) => d.id));
  });

  test.each([
    ['a changed label', (d: LabeledDraft[]) => [{ ...d[0]!, label: d[0]!.label === 'human' ? 'promotional' : 'human' }, ...d.slice(1)], /not the ones/],
    ['a changed text', (d: LabeledDraft[]) => [d[0]!, { ...d[1]!, text: `${d[1]!.text}!` }, d[2]!], /not the ones/],
    ['a dropped draft', (d: LabeledDraft[]) => d.slice(0, 2), /names 3 training drafts but the file has 2/],
    ['reordered drafts', (d: LabeledDraft[]) => [d[1]!, d[0]!, d[2]!], /not the ones/],
  ] as const)('refuses training drafts that changed under the model: %s', (_, change, message) => {
    const drafts = loadDraftsFile().slice(0, 3);
    const header = `// Generated by \`npm run train\` from 3 training drafts (corpus ${corpusHash(drafts)}); do not edit.\n`;
    expect(() => trainedPrefix(header, change(drafts) as LabeledDraft[])).toThrow(message);
  });

  test('refuses a model module without its training header', () => {
    expect(() => trainedPrefix('// hand-written\n', loadDraftsFile())).toThrow(/no "Generated by/);
  });

  test('stays small: at most 20 KB gzipped in the content script', () => {
    expect(gzipSync(readFileSync(MODEL_PATH)).length).toBeLessThanOrEqual(20 * 1024);
  });

  test('training refuses the sealed holdout', () => {
    const [first] = loadDraftsFile();
    if (!first) throw new Error('no training drafts');
    expect(() => trainShippedModel([{ ...first, split: 'sealed' }], new Map())).toThrow(/sealed/);
  });
});
