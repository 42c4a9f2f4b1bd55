// passing-plug skips a pattern when none of its cue words is in the draft.
// A cue that a pattern can match without would hide a plug: check every
// pattern against every training draft, every rule case, and drafts built
// from the patterns' own words.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { PATTERNS } from '../../../src/engine/rules/passing-plug';
import { DRAFTS_PATH, loadDraftsFile } from '../../../src/eval/load';
import { RULE_CASES } from './rule-cases';

const hidden = (text: string): string[] =>
  PATTERNS.flatMap(([re, cues]) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    return m && !cues.some((cue) => text.toLowerCase().includes(cue)) ? [`${re.source.slice(0, 40)}… matched "${m[0]}"`] : [];
  });

test('no cue hides a match in the training drafts or the rule cases', () => {
  const cases = Object.values(RULE_CASES).flatMap((c) => [...c.fires, ...c.passes]).map((e) => (typeof e === 'string' ? e : e.text));
  const texts = [...loadDraftsFile(DRAFTS_PATH).map((d) => d.text), ...cases];
  expect(texts.flatMap(hidden)).toEqual([]);
});

test('no cue hides a match in drafts made of the patterns\' own words', () => {
  const words = ['I', "I'm", 'we', "we're", 'We', 'do', 'take', 'on', 'playing', 'the', 'Fleece', 'Old', 'Bell', 'friday', 'tonight', 'booking', 'now', 'still', 'taking', 'commissions',
    'song', 'is', 'out', 'streaming', 'live', 'at', '8', 'come', 'lurk', 'link', 'pinned', 'sell', 'a', 'few', 'teach', 'online', 'every', 'week', 'hosting', 'pop-up', 'hiring',
    'home', 'visits', '£12', 'if', 'you', 'bring', 'her', 'in', 'for', 'see', 'me', 'ask', 'got', 'slot', 'round', 'your', 'way', 'our', 'shelf', 'there’s', 'paid', 'kit', 'has', 'some', 'dates'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (ws) => hidden(ws.join(' ')).length === 0), { numRuns: 3000 });
});
