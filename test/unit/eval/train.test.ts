// Training (src/eval/train.ts) on drafts made for the test: a rule's points
// grow only where readers marked its words as the pitch, and a word costs
// only when readers marked it and no human draft uses it.
import { describe, expect, test } from 'vitest';
import type { LabeledDraft } from '../../../src/eval/drafts';
import type { SpanLabel } from '../../../src/eval/spans';
import { TRAIN_CONFIG, train } from '../../../src/eval/train';

const draft = (id: string, label: LabeledDraft['label'], text: string, source: string): LabeledDraft =>
  ({ id, split: 'train', label, site: 'x', kind: 'post', text, note: '', source, line: 1 });

/** 24 promotional drafts with six hashtags (hashtag-stuffing fires) and 24 plain human ones, from 3 briefs. */
function corpus(): LabeledDraft[] {
  const out: LabeledDraft[] = [];
  for (let i = 0; i < 24; i++) {
    out.push(draft(`p${i}`, 'promotional', `Morning run number ${i} done #run #fit #goals #gym #win #life zorblax`, `brief:${i % 3}`));
    out.push(draft(`h${i}`, 'human', `Morning walk number ${i} with my sister, slow and muddy.`, `brief:${i % 3}`));
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
