// Cued patterns (rule.ts CuedPattern) are skipped when none of their cue
// words is in the draft. A cue that a pattern can match without would hide
// a finding: check every cued pattern against every training draft, every
// rule case, and drafts built from the patterns' own words.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CuedPattern } from '../../../src/engine/rule';
import { SHAPES } from '../../../src/engine/rules/engagement-bait';
import { PATTERNS } from '../../../src/engine/rules/passing-plug';
import { TENX } from '../../../src/engine/rules/puffery';
import { WHY_BUILT } from '../../../src/engine/rules/question-then-pitch';
import { PIVOTS } from '../../../src/engine/rules/tips-then-offer';
import { CLEAROUT, MUST_GO } from '../../../src/engine/rules/urgency';
import { DRAFTS_PATH, loadDraftsFile } from '../../../src/eval/load';
import { RULE_CASES } from './rule-cases';

const hidden = (patterns: readonly CuedPattern[], text: string): string[] =>
  patterns.flatMap(([re, cues]) => {
    re.lastIndex = 0;
    const m = re.exec(text);
    return m && !cues.some((cue) => text.toLowerCase().includes(cue)) ? [`${re.source.slice(0, 40)}… matched "${m[0]}"`] : [];
  });

const texts = [
  ...loadDraftsFile(DRAFTS_PATH).map((d) => d.text),
  ...Object.values(RULE_CASES).flatMap((c) => [...c.fires, ...c.passes]).map((e) => (typeof e === 'string' ? e : e.text)),
];

// Words of the patterns, to build drafts that come close to matching them.
const WORDS: Record<string, string[]> = {
  'passing-plug': ['I', "I'm", 'we', "we're", 'We', 'do', 'take', 'on', 'playing', 'the', 'Fleece', 'Old', 'Bell', 'friday', 'tonight', 'booking', 'now', 'still', 'taking', 'commissions',
    'song', 'is', 'out', 'streaming', 'live', 'at', '8', 'come', 'lurk', 'link', 'pinned', 'sell', 'a', 'few', 'teach', 'online', 'every', 'week', 'hosting', 'pop-up', 'hiring',
    'home', 'visits', '£12', 'if', 'you', 'bring', 'her', 'in', 'for', 'see', 'me', 'ask', 'got', 'slot', 'round', 'your', 'way', 'our', 'shelf', 'there’s', 'paid', 'kit', 'has', 'some', 'dates'],
  'tips-then-offer': ['or', 'just', 'skip', 'all', 'that', 'this', 'save', 'yourself', 'the', 'hassle', 'let', 'us', 'me', 'handle', 'it', 'last', 'one', "that's", 'is', 'why', 'I', 'we',
    'created', 'built', 'whole', 'reason', 'my', 'what', 'do', 'exactly', 'if', 'anyone', 'wants', 'to', 'where', 'Ivy', 'come', 'comes', 'in', 'ours', 'ship', 'at', 'Fernhill', 'post',
    'order', 'book', 'some', 'of', 'mine', 'from', '#5', 'left', 'job', 'build', 'ended', 'up', 'writing', 'a', 'tool', 'check', 'with', 'session'],
  'engagement-bait': ['Tag', 'tag', 'the', 'a', 'your', 'mate', 'friend', 'who', 'that', 'u', 'Follow', 'follow', 'page', 'along', 'us', 'for', 'part', 'pt', 'more', '2'],
  puffery: ['10x', '100X', 'faster', 'your', 'the', 'growth', 'harder', 'is', 'now'],
  'question-then-pitch': ["It's", 'why', 'Why', 'I', 'we', 'We', 'built', 'made', 'started', 'my', 'our', 'a', 'set', 'up', 'thing'],
  urgency: ['this', 'next', 'on', 'one', 'Saturday', 'SATURDAY', 'day', 'weekend', 'only', 'ONLY', 'when', "it's", 'they', 'are', 'gone', 'gone,', 'everything', 'must', 'go', 'MUST', 'GO'],
};

describe.each<[string, readonly CuedPattern[]]>([
  ['passing-plug', PATTERNS],
  ['tips-then-offer', PIVOTS],
  ['engagement-bait', SHAPES],
  ['puffery', TENX],
  ['question-then-pitch', WHY_BUILT],
  ['urgency', [...CLEAROUT, ...MUST_GO]],
])('%s: no cue hides a match', (rule, patterns) => {
  test('in the training drafts or the rule cases', () => {
    expect(texts.flatMap((t) => hidden(patterns, t))).toEqual([]);
  });

  test("in drafts made of the patterns' own words", () => {
    const words = WORDS[rule] ?? [];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (ws) => hidden(patterns, ws.join(' ')).length === 0), { numRuns: 3000 });
  });
});
