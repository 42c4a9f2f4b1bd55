// What a writer sees (src/eval/writer.ts) and the span labels it is measured
// against (src/eval/spans.ts), on hand-made drafts and a stub scorer.
import { describe, expect, test } from 'vitest';
import type { DraftScore, Finding } from '../../src/engine/types';
import type { LabeledDraft } from '../../src/eval/drafts';
import { parseSpanLabels } from '../../src/eval/spans';
import { warmOrFunctionOnly } from '../../src/eval/warm';
import { coveredChars, writerReport } from '../../src/eval/writer';

const draft = (id: string, label: LabeledDraft['label'], text: string, site: LabeledDraft['site'] = 'x'): LabeledDraft =>
  ({ id, split: 'train', label, site, kind: 'post', text, note: '', source: 'test', line: 1 });

const finding = (text: string, words: string, weight: number): Finding => {
  const start = text.indexOf(words);
  return { ruleId: 'r', axis: 'promotion', weight, start, end: start + words.length, actual: words, message: '', suggestions: [] };
};

describe('span labels file', () => {
  const texts = new Map([['a', 'Buy now, link in bio'], ['b', 'hello there']]);
  test('reads one line per draft', () => {
    const src = '{"id":"a","spans":[{"start":0,"end":7,"type":"pitch"}],"annotator":"s1"}\n{"id":"b","spans":[],"annotator":"s1"}\n';
    const m = parseSpanLabels(src, texts);
    expect(m.get('a')?.spans).toEqual([{ start: 0, end: 7, type: 'pitch' }]);
    expect(m.get('b')?.spans).toEqual([]);
  });
  test.each([
    ['not JSON', '{', /line 1: not JSON/],
    ['a span outside the text', '{"id":"a","spans":[{"start":0,"end":99,"type":"ad"}],"annotator":"s1"}\n{"id":"b","spans":[],"annotator":"s1"}', /inside the draft/],
    ['an unknown type', '{"id":"a","spans":[{"start":0,"end":3,"type":"meh"}],"annotator":"s1"}\n{"id":"b","spans":[],"annotator":"s1"}', /inside the draft/],
    ['a missing draft', '{"id":"a","spans":[],"annotator":"s1"}', /draft b has no span label line/],
    ['a twice-labelled draft', '{"id":"a","spans":[],"annotator":"s1"}\n{"id":"a","spans":[],"annotator":"s1"}\n{"id":"b","spans":[],"annotator":"s1"}', /labelled twice/],
    ['an unknown id', '{"id":"z","spans":[],"annotator":"s1"}', /no draft with id z/],
  ])('refuses %s', (_name, src, message) => {
    expect(() => parseSpanLabels(src, texts)).toThrow(message);
  });
});

describe('warm or function words alone', () => {
  test.each([
    ['thank you', true], ['Happy to', true], ["you're", true], ['to the', true], ['one week', true],
    ['40% off', false], ['$12', false], ['Sign up', false], ['link in bio', false], ['!!!', false],
  ])('%j → %s', (text, warm) => {
    expect(warmOrFunctionOnly(text)).toBe(warm);
  });
});

describe('writer report', () => {
  const human = draft('h', 'human', 'Thank you so much, this made my week');
  const promo = draft('p', 'promotional', 'Big news! Sign up today, link in bio', 'linkedin');
  const spans = new Map([
    ['h', { id: 'h', spans: [], annotator: 't' }],
    ['p', { id: 'p', spans: [{ start: 10, end: 24, type: 'pitch' as const }], annotator: 't' }],
  ]);
  const result = (findings: Finding[], band: DraftScore['band'], nudges = 0): DraftScore => ({
    score: 50, band, axes: { promotion: 0, value: 0, reciprocity: 0 }, findings,
    nudges: Array.from({ length: nudges }, () => ({ ruleId: 'r', message: 'm', findingIndexes: [] })), praise: [], status: 'scored',
  });

  test('counts nudged and orange human drafts, cost precision, pitch recall and warm costs', () => {
    const r = writerReport('t', [human, promo], spans, (d) =>
      d.id === 'h'
        ? result([finding(d.text, 'Thank', -4), finding(d.text, 'made my week', 3)], 'mixed', 1)
        : result([finding(d.text, 'Sign up', -10), finding(d.text, 'Big news', -6)], 'broadcast'));
    expect(r.humanNudged).toBe(1);
    expect(r.humanOrange).toBe(1);
    expect(r.costPoints).toBe(20);
    expect(r.costPointsInside).toBe(10);
    expect(r.pitchFound).toBe(1);
    expect(r.warmCosts).toBe(1);
    expect(r.bySite.get('x')).toMatchObject({ correct: 0, total: 1, humans: 1, humanAsBroadcast: 0 });
    expect(r.bySite.get('linkedin')).toMatchObject({ correct: 1, total: 1, promos: 1, promoAsHuman: 0 });
  });

  test('a cost half inside a marked span counts as inside, less than half does not; a gain never counts', () => {
    expect(coveredChars(5, 15, [{ start: 10, end: 30, type: 'ad' }])).toBe(5);
    const costs = (words: string) => writerReport('t', [promo], spans, (d) => result([finding(d.text, words, -2), finding(d.text, 'Sign', 5)], 'human'));
    expect(costs('! Sign up').costPointsInside).toBe(2); // 7 of 9 characters marked
    expect(costs('Big news! Si').costPointsInside).toBe(0); // 2 of 12
    const r = costs('Big news! Si');
    expect(r.pitchFound).toBe(1); // it overlaps the marked span
    expect(r.bySite.get('linkedin')?.promoAsHuman).toBe(1);
  });
});
