// Promoting an incoming batch into the training files: lines move as
// written with split "train", and anything wrong moves nothing.

import { describe, expect, test } from 'vitest';
import { parseDrafts } from '../../../src/eval/drafts';
import { promoteBatch } from '../../../src/eval/promote';

const draft = (id: string, text: string, split = 'train') =>
  JSON.stringify({ id, split, label: 'human', site: 'x', kind: 'post', text, note: 'n', source: 'brief:test' });
const span = (id: string, spans: unknown[] = []) => JSON.stringify({ id, spans, annotator: 'spans:test' });

const train = { drafts: `${draft('a1', 'Morning all, the river is high today')}\n`, spans: `${span('a1')}\n` };

describe('promoteBatch', () => {
  test('appends the incoming drafts as training drafts, with their spans, keeping every other field', () => {
    const incoming = {
      drafts: `${draft('b1', 'Our scones are back, pop in', 'sealed')}\n   \n${draft('b2', 'Lovely walk with the dog')}\n`,
      spans: `${span('b1', [{ start: 4, end: 10, type: 'ad' }])}\n${span('b2')}\n`,
    };
    const out = promoteBatch(train, incoming);
    expect(out.moved).toBe(2);
    const all = parseDrafts(out.drafts);
    expect(all.map((d) => [d.id, d.split])).toEqual([['a1', 'train'], ['b1', 'train'], ['b2', 'train']]);
    expect(all[1]?.text).toBe('Our scones are back, pop in');
    expect(out.spans.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a1', 'b1', 'b2']);
    expect(out.spans).toContain('"start":4');
    // Both files end with a line break, and a blank line in the batch is not a draft.
    expect([out.drafts.endsWith('}\n'), out.spans.endsWith('}\n')]).toEqual([true, true]);
  });

  test('names at most ten clashing ids, comma-separated', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `k${i}`);
    const many = { drafts: ids.map((id) => draft(id, `Draft number ${id} about the weather`)).join('\n'), spans: ids.map((id) => span(id)).join('\n') };
    expect(() => promoteBatch(many, many)).toThrow(/^ids already in the training file: k0, k1, k2, k3, k4, k5, k6, k7, k8, k9$/);
  });

  test.each([
    ['an empty batch', { drafts: '\n', spans: '' }, /empty/],
    ['an id already trained on', { drafts: draft('a1', 'Something else entirely here'), spans: span('a1') }, /already in the training file: a1/],
    ['a draft without its span line', { drafts: draft('c1', 'A new draft'), spans: '' }, /c1 has no span label line/],
    ['a span outside its draft', { drafts: draft('c1', 'Short'), spans: span('c1', [{ start: 0, end: 99, type: 'ad' }]) }, /inside the draft/],
    ['a malformed draft line', { drafts: '{"id": "c1"', spans: span('c1') }, /not valid JSON/],
  ])('refuses %s and says why', (_name, incoming, message) => {
    expect(() => promoteBatch(train, incoming)).toThrow(message);
  });
});
