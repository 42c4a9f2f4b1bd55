// The engine's policies (src/engine/index.ts) on drafts whose findings come
// from rules made for the test, found by mutation testing (issue 21): hits a
// rule must not give (out of range, empty), the order of findings, what a
// rule sees of the draft, the cap on one side, rounding that hands out its
// leftover points, the order and words of nudges, and the lines on what is
// working. Test rules are appended to RULES for one test and removed after
// it, so nothing here depends on the shipped rules' weights or word lists.
import { afterEach, describe, expect, test } from 'vitest';
import { explainable, RULES, scoreWithModel, type RawFinding, type Rule, type ScoreOptions } from '../../../src/engine/index';
import type { Context, Hit } from '../../../src/engine/rule';
import { RULES_OFF, scoreStub, stubModel } from './learned-stub';

const added: Rule[] = [];
afterEach(() => {
  const list = RULES as Rule[];
  for (const r of added.splice(0)) list.splice(list.indexOf(r), 1);
});

/** A rule whose hits the test chooses (a list, or a function of what the rule sees). */
function probe(id: string, weight: number, hits: Hit[] | ((ctx: Context) => Hit[]), extra: Partial<Rule> = {}): Rule {
  const rule: Rule = {
    id, axis: 'value', description: id, weight, maxHits: 5, message: `${id} says`, suggestions: [`${id} tip`], example: 'x',
    check: typeof hits === 'function' ? hits : () => hits, ...extra,
  };
  (RULES as Rule[]).push(rule);
  added.push(rule);
  return rule;
}

/** Only the test rules (and an empty learned model) speak. */
const score = (text: string, opts: ScoreOptions = {}) => scoreWithModel(text, { ...opts, rules: { ...RULES_OFF, ...opts.rules } }, stubModel({}));
const at = (text: string, word: string, from = 0): Hit => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });
const TEXT = 'alpha bravo charlie';

describe('hits a rule must not give', () => {
  test.each([
    ['starts before the draft', { start: -1, end: 3 }],
    ['ends after it', { start: 12, end: TEXT.length + 1 }],
    ['is empty', { start: 2, end: 2 }],
    ['ends before it starts', { start: 3, end: 2 }],
  ])('a hit that %s is dropped, and the others stay', (_, bad) => {
    probe('probe', 2, [bad, at(TEXT, 'bravo')]);
    expect(score(TEXT).findings.map((f) => [f.start, f.end])).toEqual([[6, 11]]);
  });

  test('a hit may cover the whole draft', () => {
    probe('probe', 2, [{ start: 0, end: TEXT.length }]);
    expect(score(TEXT).findings.map((f) => f.actual)).toEqual([TEXT]);
  });

  test("a hit's own message replaces the rule's; the rule's own suggestions come along", () => {
    const rule = probe('probe', 2, [{ ...at(TEXT, 'alpha'), message: 'own words' }, at(TEXT, 'charlie')]);
    const s = score(TEXT);
    expect(s.findings.map((f) => f.message)).toEqual(['own words', 'probe says']);
    expect(s.findings.map((f) => f.suggestions)).toEqual([['probe tip'], ['probe tip']]);
    expect(s.findings[0]?.suggestions).not.toBe(rule.suggestions);
  });
});

test('findings that start together come shortest first', () => {
  probe('probe', 1, [{ start: 0, end: 11 }, { start: 0, end: 5 }, { start: 0, end: 8 }]);
  expect(score(TEXT).findings.map((f) => f.end)).toEqual([5, 8, 11]);
});

describe('what a rule sees', () => {
  test.each([
    [{}, 'generic', undefined],
    [{ site: 'x', kind: 'reply', replyTo: 'ada@home' }, 'x', 'ada@home'], // only a leading "@" goes
    [{ kind: 'comment', replyTo: ' @ada ' }, 'generic', 'ada'],
  ] as const)('%j', (opts, site, replyTo) => {
    const seen: Context[] = [];
    probe('probe', 1, (ctx) => (seen.push(ctx), []));
    score(TEXT, opts);
    expect(seen.map((c) => [c.site, c.replyTo])).toEqual([[site, replyTo]]);
  });
});

describe('axes', () => {
  test('value and reciprocity each grow from their own points', () => {
    probe('probe-v', 5, [at(TEXT, 'alpha')]);
    probe('probe-r', 5, [at(TEXT, 'charlie')], { axis: 'reciprocity' });
    expect(score(TEXT).axes).toEqual({ promotion: 0, value: 28, reciprocity: 28 }); // 100 * (1 - e^(-5/15))
  });
});

describe('the cap and rounding', () => {
  test('credit that stays under 100 once the costs count is not scaled', () => {
    const s = scoreStub('alpha bravo', { alpha: 29, bravo: -2 });
    expect(s.findings.map((f) => f.weight)).toEqual([29, -2]);
    expect(s.score).toBe(99);
  });

  test('a point taken back goes to the cost that lost most to rounding, not to a credit', () => {
    // -1.6 - 1.6 + 2.3 = -0.9 → -1, while the truncated points add up to 0.
    const s = scoreStub(TEXT, { alpha: -1.6, bravo: -1.6, charlie: 2.3 });
    expect(s.findings.map((f) => f.weight)).toEqual([-2, -1, 2]);
  });
});

describe('nudges', () => {
  test('the costliest rule first', () => {
    const words = 'alpha bravo charlie delta';
    probe('probe-a', -10, [at(words, 'alpha')], { nudge: 'a.' });
    probe('probe-b', -8, [at(words, 'bravo')], { nudge: 'b.' });
    probe('probe-c', -9, [at(words, 'charlie')], { nudge: 'c.' });
    expect(score(words).nudges.map((n) => n.message)).toEqual(['“alpha”: a.', '“charlie”: c.', '“bravo”: b.']);
  });

  test('a word said twice is quoted once', () => {
    const text = 'alpha alpha bravo';
    probe('probe', -3, [at(text, 'alpha'), at(text, 'alpha', 1), at(text, 'bravo')], { nudge: 'say less.' });
    expect(score(text).nudges[0]).toEqual({ ruleId: 'probe', message: '“alpha”, “bravo”: say less.', findingIndexes: [0, 1, 2] });
  });

  test('a rule with no nudge of its own asks for the writer\'s own words', () => {
    probe('probe', -9, [at(TEXT, 'alpha')]);
    expect(score(TEXT).nudges[0]?.message).toBe('“alpha”: say this part in your own words.');
  });

  test('a cost that rounds to nothing is not pointed at', () => {
    // -4 -4 -0.2: the last finding weighs 0 points.
    probe('probe', -4, [at(TEXT, 'alpha'), at(TEXT, 'bravo'), { ...at(TEXT, 'charlie'), factor: 0.05 }], { nudge: 'n.' });
    const s = score(TEXT);
    expect(s.findings.map((f) => Math.abs(f.weight))).toEqual([4, 4, 0]);
    expect(s.nudges[0]?.findingIndexes).toEqual([0, 1]);
  });

  // -3.9 - 3.9 raw points of cost, under WRAPPER_COST, so a credit stays;
  // rounded, the costs weigh 8 and nudge, and the draft is mixed (65).
  test.each([
    ['genuine-question', 'post', []],
    ['curiosity', 'post', []],
    ['curiosity', 'reply', ['engage-reply']],
    ['engage-reply', 'reply', ['curiosity']],
    ['offer-help', 'reply', ['curiosity', 'engage-reply']],
  ] as const)('a draft with a %s finding (a %s) is asked only for what it lacks', (credit, kind, missing) => {
    probe('probe', -3.9, [at(TEXT, 'alpha'), at(TEXT, 'bravo')], { nudge: 'n.' });
    probe(credit, 1, [at(TEXT, 'charlie')]); // a test rule under a shipped rule's id
    const s = score(TEXT, { kind, rules: { [credit]: 1 } });
    expect(s.findings.map((f) => [f.ruleId, f.weight])).toEqual([['probe', -4], ['probe', -4], [credit, 1]]);
    expect(s.nudges.map((n) => n.ruleId)).toEqual(['probe', ...missing]);
  });

  test('a reply to a handle with "@" inside keeps it', () => {
    probe('probe', -9, [at(TEXT, 'alpha')]);
    expect(score(TEXT, { kind: 'reply', replyTo: 'ada@home' }).nudges.map((n) => n.message).slice(1)).toEqual([
      'Ask @ada@home a question about what they said.', 'Mention something specific @ada@home said.',
    ]);
  });
});

describe('what is working', () => {
  test('the strongest two earning rules, each pointing at its findings', () => {
    const words = 'alpha bravo charlie delta';
    probe('probe-a', 5, [at(words, 'alpha')], { praise: 'A works.' });
    probe('probe-b', 1, [at(words, 'bravo'), at(words, 'delta')], { praise: 'B works.' });
    probe('probe-c', 3, [at(words, 'charlie')], { praise: 'C works.' });
    expect(score(words).praise).toEqual([
      { ruleId: 'probe-a', message: 'A works.', findingIndexes: [0] },
      { ruleId: 'probe-c', message: 'C works.', findingIndexes: [2] },
    ]);
  });

  test('a rule with no praise line says nothing, and others still speak', () => {
    probe('probe-a', 9, [at(TEXT, 'alpha')]);
    probe('probe-b', 2, [at(TEXT, 'bravo')], { praise: 'B works.' });
    expect(score(TEXT).praise.map((p) => p.message)).toEqual(['B works.']);
  });

  test('a credit that rounds to nothing earns no praise', () => {
    probe('probe', 4, [{ ...at(TEXT, 'alpha'), factor: 0.05 }], { praise: 'works.' });
    const s = score(TEXT);
    expect(s.findings.map((f) => f.weight)).toEqual([0]);
    expect(s.praise).toEqual([]);
  });
});

test('a finding worth nothing is no cost, even on plain words', () => {
  const f = (raw: number): RawFinding => ({ rule: { id: 'r' } as Rule, start: 0, end: 9, raw, message: '' });
  expect(explainable('thank you', [f(0)]).map((x) => x.raw)).toEqual([0]);
  expect(explainable('thank you', [f(-1)])).toEqual([]);
});

test('anything not a string is read as the text it gives', () => {
  expect(scoreStub({ toString: () => 'alpha bravo' } as unknown as string, { alpha: -3 }).findings.map((f) => f.actual)).toEqual(['alpha']);
  expect(scoreStub(['alpha', 'bravo'] as unknown as string, {}).status).toBe('scored');
});
