// Training (src/eval/train.ts) on drafts made for the test: a rule's points
// grow only where readers marked its words as the pitch, and a word costs
// only when readers marked it and no human draft uses it.
import { describe, expect, test } from 'vitest';
import type { LabeledDraft } from '../../../src/eval/drafts';
import type { SpanLabel } from '../../../src/eval/spans';
import { decodeModel } from '../../../src/engine/learned/model';
import { TRAIN_CONFIG, crossValidatedModels, train } from '../../../src/eval/train';

const draft = (id: string, label: LabeledDraft['label'], text: string, source: string): LabeledDraft =>
  ({ id, split: 'train', label, site: 'x', kind: 'post', text, note: '', source, line: 1 });

/** 24 promotional drafts with six hashtags (hashtag-stuffing fires) and 24 plain human ones, from 4 briefs. */
function corpus(): LabeledDraft[] {
  const out: LabeledDraft[] = [];
  for (let i = 0; i < 24; i++) {
    out.push(draft(`p${i}`, 'promotional', `Morning run number ${i} done #run #fit #goals #gym #win #life zorblax`, `brief:${i % 4}`));
    out.push(draft(`h${i}`, 'human', `Morning walk number ${i} with my sister, slow and muddy.`, `brief:${i % 4}`));
  }
  return out;
}

/** Span labels: the hashtags marked (or not), and the made-up word "zorblax" marked in every promotional draft. */
function spans(drafts: readonly LabeledDraft[], markTags: boolean): Map<string, SpanLabel> {
  return new Map(drafts.map((d) => {
    const marks: SpanLabel['spans'] = [];
    const z = d.text.indexOf('zorblax');
    if (z >= 0) marks.push({ start: z, end: z + 7, type: 'ad' });
    const h = d.text.indexOf('#');
    if (markTags && h >= 0) marks.push({ start: h, end: d.text.indexOf(' zorblax'), type: 'ad' });
    return [d.id, { id: d.id, spans: marks, annotator: 'spans:test' }];
  }));
}

describe('train', () => {
  const drafts = corpus();

  test.each([
    [false, (s: number) => expect(s).toBeLessThanOrEqual(1)],
    [true, (s: number) => expect(s).toBeGreaterThan(1)],
  ])('hashtags marked by readers: %s; the rule\'s scale follows', (markTags, check) => {
    const { data } = train(drafts, spans(drafts, markTags), { ...TRAIN_CONFIG });
    check(data.scales['hashtag-stuffing'] ?? 1);
  });

  test('a marked word only promotional drafts use costs; words human drafts use do not', () => {
    const result = train(drafts, spans(drafts, false), { ...TRAIN_CONFIG });
    expect(result.kept).toBeGreaterThan(0);
    // "morning" and "number" occur in human drafts too, and nobody marked them: never candidates.
    expect(result.candidates).toBeLessThanOrEqual(3);
  });

  test('a word readers mark is still no candidate once a human draft uses it', () => {
    const withHuman = drafts.map((d) => (d.id === 'h0' ? { ...d, text: `${d.text} zorblax` } : d));
    const result = train(withHuman, spans(withHuman, false), { ...TRAIN_CONFIG });
    expect(result.candidates).toBe(0);
    expect(result.kept).toBe(0);
  });
});

describe('train: which words are candidates', () => {
  /**
   * 24 human drafts (as in corpus()) and 24 promotional ones without hashtags;
   * the word "quuxly" is added to the first `n` promotional drafts, written
   * from `sources` briefs, and marked as the pitch in the first `marked` of them.
   */
  function withWord(n: number, sources: number, marked: number): { drafts: LabeledDraft[]; spans: Map<string, SpanLabel> } {
    const drafts: LabeledDraft[] = [];
    for (let i = 0; i < 24; i++) {
      const word = i < n ? ' quuxly' : '';
      drafts.push(draft(`p${i}`, 'promotional', `Morning run number ${i} done${word}`, i < n ? `brief:${i % sources}` : `brief:${i % 3}`));
      drafts.push(draft(`h${i}`, 'human', `Morning walk number ${i} with my sister, slow and muddy.`, `brief:${i % 3}`));
    }
    const spans = new Map(drafts.map((d, k) => {
      const at = d.text.indexOf('quuxly');
      const mark = at >= 0 && Number(d.id.slice(1)) < marked;
      return [d.id, { id: d.id, spans: mark ? [{ start: at, end: at + 6, type: 'pitch' as const }] : [], annotator: `spans:${k % 2}` }];
    }));
    return { drafts, spans };
  }
  const config = { ...TRAIN_CONFIG, minDrafts: 5, minSources: 3, minInside: 0.6 };

  test.each([
    // n drafts, from s briefs, m of them marked → candidate?
    [5, 3, 5, true],
    [4, 3, 4, false], // too few drafts
    [5, 2, 5, false], // too few briefs
    [8, 3, 5, true], // (5 + 1) / (8 + 2) = 0.6: just enough
    [8, 3, 4, false], // (4 + 1) / 10 = 0.5
  ] as const)('in %i drafts from %i briefs, marked in %i: candidate %s', (n, s, m, expected) => {
    const { drafts, spans } = withWord(n, s, m);
    const result = train(drafts, spans, config);
    // The word and its pair with the word before it ("done quuxly").
    expect(result.candidates).toBe(expected ? 2 : 0);
    // The support filters alone: the word counts in the vocabulary once it has the drafts and the briefs.
    const base = train(withWord(0, 3, 0).drafts, withWord(0, 3, 0).spans, config).vocabulary;
    expect(result.vocabulary - base).toBe(n >= 5 && s >= 3 ? 2 : 0);
  });

  test('a candidate the labels need costs points, as a negative weight', () => {
    const { drafts, spans } = withWord(12, 3, 12);
    const result = train(drafts, spans, config);
    expect(result.kept).toBeGreaterThanOrEqual(1);
    const points = [...decodeModel(result.data).points.values()];
    expect(points).toHaveLength(result.kept);
    expect(Math.min(...points)).toBeLessThan(-1);
    for (const p of points) expect(p).toBeGreaterThanOrEqual(-config.perFeatureCap);
  });

  test('words a rule already explains are not the learned layer\'s: no candidate, however marked', () => {
    // "sign up" is a call to action: the words under it are never features to learn.
    const drafts: LabeledDraft[] = [];
    for (let i = 0; i < 12; i++) drafts.push(draft(`p${i}`, 'promotional', `Sign up today friends number ${i}`, `brief:${i % 3}`));
    for (let i = 0; i < 12; i++) drafts.push(draft(`h${i}`, 'human', `A long slow walk number ${i} with my sister.`, `brief:${i % 3}`));
    const spans = new Map(drafts.map((d) => [d.id, { id: d.id, spans: d.label === 'promotional' ? [{ start: 0, end: 13, type: 'pitch' as const }] : [], annotator: 'spans:t' }]));
    const result = train(drafts, spans, config);
    expect(result.candidates).toBe(0);
    expect(Object.keys(result.data.scales)).toEqual(['call-to-action']);
    expect(result.data.scales['call-to-action']).toBeGreaterThan(1); // readers marked its words: it may grow
  });

  test('only rules that cost are scaled, and a draft that is not scored is left out', () => {
    const drafts = [...corpus(), draft('short', 'promotional', 'Hi', 'brief:0')];
    const result = train(drafts, spans(drafts, true), { ...TRAIN_CONFIG });
    expect(Object.keys(result.data.scales).every((id) => ['hashtag-stuffing'].includes(id))).toBe(true);
    expect(result.data.base).toBeGreaterThan(40);
  });

  test('a training draft without its span label is a clear error', () => {
    expect(() => train(corpus(), new Map(), { ...TRAIN_CONFIG })).toThrow(/no span label for training draft p0/);
  });
});

describe('crossValidatedModels', () => {
  test('one model per fold, each trained without its own fold', () => {
    const drafts = corpus();
    const marks = spans(drafts, true);
    const { folds, models } = crossValidatedModels(drafts, marks, 3, 7);
    expect(models).toHaveLength(3);
    expect([...folds.keys()].sort()).toEqual(drafts.map((d) => d.id).sort());
    for (let f = 0; f < 3; f++) {
      const rest = drafts.filter((d) => folds.get(d.id) !== f);
      expect(rest.length).toBeLessThan(drafts.length);
      const alone = decodeModel(train(rest, marks).data);
      expect(models[f]).toEqual(alone);
    }
  });
});
