// The engine's arithmetic and policies (src/engine/index.ts) on drafts whose
// only findings come from a hand-made learned model (learned-stub.ts), found
// by mutation testing (issue 21): band boundaries, the 0..100 cap on one side
// only, rounding that adds up, the wrapper threshold, multipliers, limits,
// the order of findings, and when the coach nudges. Nothing here depends on
// the rules' weights, their word lists or the shipped model.
import { describe, expect, test } from 'vitest';
import {
  bandOf, CONFIDENT_COST, explainable, MIN_WORDS, nudgesFor, RULES, scoreDraft, STRONG_COST, WRAPPER_COST, type Finding, type RawFinding, type Rule,
} from '../../../src/engine/index';
import { STUB_BASE as BASE, scoreStub } from './learned-stub';

const LEARNED = RULES.find((r) => r.id === 'learned-words')!;
const weights = (s: { findings: { actual: string; weight: number }[] }) => s.findings.map((f) => [f.actual, f.weight]);

describe('bands', () => {
  test.each([
    [100, 'human'], [70, 'human'], [69, 'mixed'], [40, 'mixed'], [39, 'broadcast'], [0, 'broadcast'],
  ] as const)('%i is %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  // Points below are chosen from BASE, so a change of BASE moves them along.
  test.each([
    [70 - BASE, 'human'], [69 - BASE, 'mixed'], [40 - BASE, 'mixed'], [39 - BASE, 'broadcast'],
  ] as const)('a draft whose findings add up to %i is %s', (points, band) => {
    const s = scoreStub('alpha bravo', { alpha: points });
    expect(s.score).toBe(BASE + points);
    expect(s.band).toBe(band);
  });
});

describe('the 0..100 cap', () => {
  test('too much credit is scaled down on the earning side only', () => {
    const s = scoreStub('alpha bravo charlie', { alpha: 20, bravo: 20, charlie: -4 });
    expect(s.score).toBe(100);
    expect(weights(s)).toEqual([['alpha', 16], ['bravo', 16], ['charlie', -4]]);
  });

  test('exactly 100 is not scaled', () => {
    const s = scoreStub('alpha bravo', { alpha: 100 - BASE - 10, bravo: 10 });
    expect(s.score).toBe(100);
    expect(weights(s)).toEqual([['alpha', 100 - BASE - 10], ['bravo', 10]]);
  });

  test('too much cost is scaled up to 0 on the costing side, and the rounded points still add up', () => {
    const s = scoreStub('alpha bravo charlie delta echo', { alpha: -20, bravo: -20, charlie: -20, delta: -20, echo: -20 });
    expect(s.score).toBe(0);
    const w = s.findings.map((f) => f.weight);
    expect(w.reduce((a, b) => a + b, 0)).toBe(-BASE);
    expect(Math.max(...w) - Math.min(...w)).toBe(1); // shared out evenly, to the point
  });

  test('a cost that lands exactly on 0 is not scaled', () => {
    const s = scoreStub('alpha bravo', { alpha: -BASE / 2, bravo: -BASE / 2 });
    expect(s.score).toBe(0);
    expect(weights(s)).toEqual([['alpha', -BASE / 2], ['bravo', -BASE / 2]]);
  });
});

describe('rounding: integer points that add up to the score', () => {
  test.each([
    // points → weights (in draft order)
    [{ alpha: 1.5, bravo: 1.5 }, [2, 1]],
    [{ alpha: -1.5, bravo: -1.5 }, [-2, -1]],
    [{ alpha: 2.2, bravo: 1.7 }, [2, 2]], // the leftover point goes to the larger remainder
    [{ alpha: 1.7, bravo: 2.2 }, [2, 2]],
    [{ alpha: -2.2, bravo: -1.7 }, [-2, -2]],
    [{ alpha: -1.2, bravo: 3.9 }, [-1, 4]],
    [{ alpha: 2.4, bravo: -1.6 }, [2, -1]],
    [{ alpha: 1.4, bravo: 1.4 }, [2, 1]],
  ])('%j → %j', (points, expected) => {
    const s = scoreStub('alpha bravo', points);
    expect(s.findings.map((f) => f.weight)).toEqual(expected);
    expect(s.score).toBe(BASE + expected.reduce((a, b) => a + b, 0));
  });

  test('scaled credit shares its leftover point', () => {
    const s = scoreStub('alpha bravo charlie', { alpha: 10, bravo: 10, charlie: 10 });
    expect(s.score).toBe(100);
    expect(s.findings.map((f) => f.weight).sort()).toEqual([10, 9, 9]);
  });
});

describe('the wrapper: warmth earns nothing once a draft pitches', () => {
  test.each([
    [{ alpha: -WRAPPER_COST, bravo: 5 }, ['alpha']],
    [{ alpha: -WRAPPER_COST / 2, charlie: -WRAPPER_COST / 2, bravo: 5 }, ['alpha', 'charlie']],
    [{ alpha: -(WRAPPER_COST - 1), bravo: 5 }, ['alpha', 'bravo']],
    [{ alpha: -(WRAPPER_COST - 0.5), bravo: 5 }, ['alpha', 'bravo']],
  ])('%j keeps %j', (points, kept) => {
    const s = scoreStub('alpha bravo charlie', points);
    expect(s.findings.map((f) => f.actual).sort()).toEqual([...kept].sort());
  });
});

describe('settings and limits', () => {
  test.each([
    [2, -4], [5, -6], [0.5, -1], [Number.NaN, -2], [Number.POSITIVE_INFINITY, -2], ['x', -2], [undefined, -2],
  ])('multiplier %s: a -2 finding weighs %i', (m, weight) => {
    const s = scoreStub('alpha bravo', { alpha: -2 }, { rules: { 'learned-words': m as number } });
    expect(s.findings.map((f) => f.weight)).toEqual([weight]);
  });

  test.each([0, -1, 'off'])('multiplier %s: the rule says nothing', (m) => {
    const s = scoreStub('alpha bravo', { alpha: -2 }, { rules: { 'learned-words': m as number } });
    expect(s.findings).toEqual([]);
    expect(s.score).toBe(BASE);
  });

  test("a rule's hits beyond its maxHits add nothing", () => {
    const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
    const s = scoreStub(words.join(' '), Object.fromEntries(words.map((w) => [w, -0.5])), {}, { maxFindings: 20 });
    expect(LEARNED.maxHits).toBeLessThan(words.length);
    expect(s.findings).toHaveLength(LEARNED.maxHits);
  });

  test('a hit worth nothing is no finding', () => {
    expect(scoreStub('alpha bravo', { alpha: 0 }).findings).toEqual([]);
  });

  test('findings come in draft order, whatever their size', () => {
    const s = scoreStub('alpha bravo charlie', { alpha: -1, bravo: -5, charlie: -3 });
    expect(s.findings.map((f) => f.actual)).toEqual(['alpha', 'bravo', 'charlie']);
    expect(s.findings.map((f) => [f.start, f.end])).toEqual([[0, 5], [6, 11], [12, 19]]);
  });

  test.each([
    ['alpha', 'too-short'],
    ['', 'too-short'],
    ['el la los las que y en', 'unsupported-language'],
  ])('%j is %s', (text, status) => {
    const s = scoreDraft(text);
    expect(s).toMatchObject({ status, score: null, band: null, findings: [], nudges: [], praise: [] });
    expect(s.axes).toEqual({ promotion: 0, value: 0, reciprocity: 0 });
  });

  test(`${MIN_WORDS} words are enough to score, and anything not a string is read as one`, () => {
    expect(MIN_WORDS).toBe(2);
    expect(scoreDraft('ok lor').status).toBe('scored');
    expect(scoreDraft(42 as unknown as string).status).toBe('too-short');
    expect(scoreDraft(undefined as unknown as string).status).toBe('too-short');
  });

  test('each axis saturates from the raw points behind it', () => {
    expect(scoreStub('alpha bravo', { alpha: -25 }).axes).toEqual({ promotion: 63, value: 0, reciprocity: 0 });
    expect(scoreStub('alpha bravo', { alpha: 5 }).axes).toEqual({ promotion: 18, value: 0, reciprocity: 0 });
  });
});

describe('explainable: each span is its cause', () => {
  const rule = (id: string) => ({ id }) as Rule;
  const f = (id: string, start: number, end: number, raw: number): RawFinding => ({ rule: rule(id), start, end, raw, message: id });
  const ids = (out: RawFinding[]) => out.map((x) => `${x.rule.id}@${x.start}`).sort();

  test('no cost on plain words alone; credit on them is fine', () => {
    const text = 'thank you so much, buy it';
    expect(ids(explainable(text, [f('a', 0, 9, -3), f('b', 0, 9, 3), f('c', 19, 25, -3)]))).toEqual(['b@0', 'c@19']);
  });

  test('the learned layer is silent where a rule explains the words, and only there', () => {
    const text = 'alpha bravo charlie';
    const out = explainable(text, [f('r', 6, 11, -2), f('learned-words', 6, 11, -9), f('learned-words', 0, 6, -1), f('learned-words', 11, 19, -1)]);
    expect(ids(out)).toEqual(['learned-words@0', 'learned-words@11', 'r@6']);
  });

  test.each([
    // of two overlapping findings of opposite signs: the weaker goes, then the later, then the learned one
    [[f('a', 0, 5, -3), f('b', 2, 8, 2)], ['a@0']],
    [[f('a', 0, 5, 2), f('b', 2, 8, -3)], ['b@2']],
    [[f('a', 0, 5, -3), f('b', 2, 8, 3)], ['a@0']],
    [[f('b', 2, 8, 3), f('a', 0, 5, -3)], ['a@0']],
    [[f('a', 0, 5, 3), f('b', 2, 8, -3)], ['a@0']],
    // same sign, or only touching: both stay
    [[f('a', 0, 5, -3), f('b', 2, 8, -2)], ['a@0', 'b@2']],
    [[f('a', 0, 5, -3), f('b', 5, 8, 2)], ['a@0', 'b@5']],
  ])('%#', (found, kept) => {
    expect(ids(explainable('alpha bravo charlie', found))).toEqual(kept);
  });

  test('at the same strength and start, the rule wins over the learned layer', () => {
    // The learned finding is not dropped for overlapping a rule here: it is a
    // credit against a cost, so only the opposite-sign rule applies.
    const out = explainable('alpha bravo', [f('learned-words', 0, 5, 3), f('r', 0, 5, -3)]);
    expect(ids(out)).toEqual(['r@0']);
    const flipped = explainable('alpha bravo', [f('r', 0, 5, -3), f('learned-words', 0, 5, 3)]);
    expect(ids(flipped)).toEqual(['r@0']);
  });
});

describe('nudges', () => {
  const ASK_READERS = 'Ask your readers a question, and mean it.';
  // The policy on findings made for the test: a real rule id (for its nudge text), chosen points.
  const PUFFERY = RULES.find((r) => r.id === 'puffery')!;
  const cost = (actual: string, weight: number, ruleId = 'puffery'): Finding =>
    ({ ruleId, axis: weight < 0 ? 'promotion' : 'value', weight, start: 0, end: actual.length, actual, message: '', suggestions: [] });
  const post = (text: string) => ({ text, answering: false, replyTo: undefined });

  test(`a cost nudges once it reaches ${CONFIDENT_COST} points, quoting at most two of its words`, () => {
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -(CONFIDENT_COST - 1))], 'mixed')).toEqual([]);
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -CONFIDENT_COST)], 'mixed')).toEqual([
      { ruleId: 'puffery', message: `“alpha”: ${PUFFERY.nudge}`, findingIndexes: [0] },
      { ruleId: 'genuine-question', message: ASK_READERS, findingIndexes: [] },
    ]);
    const three = nudgesFor(post('alpha bravo charlie'), [cost('alpha', -3), cost('bravo', -3), cost('charlie', -3)], 'mixed');
    expect(three[0]).toEqual({ ruleId: 'puffery', message: `“alpha”, “bravo”: ${PUFFERY.nudge}`, findingIndexes: [0, 1, 2] });
  });

  test('a quiet rule (Rule.quiet) moves points and never nudges, however large its cost', () => {
    expect(RULES.filter((r) => r.quiet).map((r) => r.id)).toEqual(['passing-plug']);
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -2 * STRONG_COST, 'passing-plug')], 'mixed')).toEqual([]);
    // …and it does not hide another rule's nudge.
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -2 * STRONG_COST, 'passing-plug'), cost('bravo', -CONFIDENT_COST)], 'mixed').map((n) => n.ruleId)).toEqual(['puffery', 'genuine-question']);
  });

  test(`in the human band, only a strong cost (${STRONG_COST} points) nudges, and nothing is asked for`, () => {
    expect(nudgesFor(post('alpha bravo charlie'), [cost('alpha', -4), cost('bravo', -4), cost('charlie', 7, 'teaching')], 'human')).toEqual([]);
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -(STRONG_COST - 1))], 'human')).toEqual([]);
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -STRONG_COST)], 'human')).toEqual([
      { ruleId: 'puffery', message: `“alpha”: ${PUFFERY.nudge}`, findingIndexes: [0] },
    ]);
  });

  test('in the human band, a cost that reaches 8 points only by rounding is highlighted, not nagged', () => {
    // 7.9 raw points of cost: under WRAPPER_COST, so the credit stays; rounded, the costs weigh 8.
    const s = scoreStub('alpha bravo charlie', { alpha: -3.9, bravo: -4, charlie: 7 });
    expect(s.findings.map((f) => f.weight)).toEqual([-4, -4, 7]);
    expect(s.band).toBe('human');
    expect(s.nudges).toEqual([]);
  });

  test('the learned words cost and are highlighted, but never nudge on their own', () => {
    const s = scoreStub('alpha bravo', { alpha: -40 });
    expect(weights(s)).toEqual([['alpha', -40]]);
    expect(s.band).toBe('broadcast');
    expect(s.nudges).toEqual([]);
    expect(nudgesFor(post('alpha bravo'), [cost('alpha', -30, 'learned-words')], 'broadcast')).toEqual([]);
  });

  test('quotes longer than 40 characters are shortened', () => {
    const w40 = 'a'.repeat(40), w41 = 'b'.repeat(41);
    const n = nudgesFor(post(`${w40} ${w41}`), [cost(w40, -4), cost(w41, -4)], 'mixed');
    expect(n[0]?.message).toBe(`“${w40}”, “${'b'.repeat(39)}…”: ${PUFFERY.nudge}`);
  });

  test('a draft that already asks is not told to ask', () => {
    expect(nudgesFor(post('alpha bravo?'), [cost('alpha', -10)], 'mixed').map((n) => n.ruleId)).toEqual(['puffery']);
  });

  test.each([
    ['ada', 'Ask @ada a question about what they said.', 'Mention something specific @ada said.'],
    ['Ada Lovelace', 'Ask Ada Lovelace a question about what they said.', 'Mention something specific Ada Lovelace said.'],
    [undefined, 'Ask the person you are answering a question about what they said.', 'Mention something specific from the post you are answering.'],
  ] as const)('an answer to %j is asked to ask and to be specific', (replyTo, ask, specific) => {
    expect(nudgesFor({ text: 'alpha bravo', answering: true, replyTo }, [cost('alpha', -10)], 'mixed')).toEqual([
      { ruleId: 'puffery', message: `“alpha”: ${PUFFERY.nudge}`, findingIndexes: [0] },
      { ruleId: 'curiosity', message: ask, findingIndexes: [] },
      { ruleId: 'engage-reply', message: specific, findingIndexes: [] },
    ]);
  });

  // Who is answered, as scoreDraft reads it from the options: trimmed, without the "@", nobody when blank.
  test.each([
    ['reply', 'ada', 'Ask @ada'],
    ['comment', ' @ada ', 'Ask @ada'],
    ['reply', 'Ada Lovelace', 'Ask Ada Lovelace'],
    ['reply', '  ', 'Ask the person you are answering'],
    ['comment', undefined, 'Ask the person you are answering'],
  ] as const)('a %s to %j: "%s…"', (kind, replyTo, ask) => {
    const s = scoreDraft('Sign up today, everyone.', { kind, replyTo });
    expect(s.nudges.find((n) => n.ruleId === 'curiosity')?.message).toMatch(new RegExp(`^${ask} a question`));
  });

  test('a reply that asks is only told to be specific', () => {
    const n = nudgesFor({ text: 'alpha bravo?', answering: true, replyTo: 'ada' }, [cost('alpha', -10)], 'mixed');
    expect(n.map((x) => x.ruleId)).toEqual(['puffery', 'engage-reply']);
  });

  test('the learned layer earns no praise line', () => {
    const s = scoreStub('alpha bravo', { alpha: 5 });
    expect(s.findings).toHaveLength(1);
    expect(s.praise).toEqual([]);
  });
});
