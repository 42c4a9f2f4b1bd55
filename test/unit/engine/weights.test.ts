// Per-rule settings do what the options page promises: a weight of 2
// doubles a rule's points, 0.25 quarters them (within the rounding to whole
// points), and "off" removes them. Every rule is checked on its own README
// example, and the rest of the score must not move.
import { describe, expect, test } from 'vitest';
import { RULES, scoreDraft } from '../../../src/engine/index';
import type { Example } from '../../../src/engine/rule';
import type { RuleSetting } from '../../../src/engine/types';

const asCase = (e: Example) => (typeof e === 'string' ? { text: e } : e);

function pointsOf(ruleId: string, example: Example, setting?: RuleSetting) {
  const { text, ...opts } = asCase(example);
  const result = scoreDraft(text, { ...opts, rules: setting === undefined ? {} : { [ruleId]: setting } });
  const mine = result.findings.filter((f) => f.ruleId === ruleId);
  // The learned layer speaks only where no rule does, so it may fill in
  // where a rule was switched off: the rules' own points are compared.
  // A rule that yields its words to this one (Rule.yieldsTo) may speak once this one is off.
  const yielding = new Set(RULES.filter((r) => r.yieldsTo?.includes(ruleId)).map((r) => r.id));
  const others = result.findings.filter((f) => f.ruleId !== ruleId && f.ruleId !== 'learned-words' && !yielding.has(f.ruleId)).reduce((a, f) => a + f.weight, 0);
  // Earning findings stop counting once a draft carries a pitch (WRAPPER_COST):
  // a change of that state legitimately moves the others.
  const wrapped = !result.findings.some((f) => f.weight > 0) && result.findings.some((f) => f.weight < 0);
  return { points: mine.reduce((a, f) => a + f.weight, 0), hits: mine.length, others, wrapped, score: result.score ?? NaN };
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const base = pointsOf(id, rule.example);
  // Scaling to stay within 0..100 would blur the comparison; the examples
  // are chosen so that a doubled rule still fits, and this says so if not.
  const fits = (r: { score: number }) => r.score > 0 && r.score < 100;

  test('its README example fires it', () => {
    expect(base.hits).toBeGreaterThan(0);
    expect(base.points).not.toBe(0);
  });

  test.each([
    { setting: 2, factor: 2 },
    { setting: 0.25, factor: 0.25 },
    { setting: 3, factor: 3 },
  ])('weight $setting multiplies its points by $factor', ({ setting, factor }) => {
    const weighted = pointsOf(id, rule.example, setting);
    // A weakened finding may yield to a stronger overlapping one of the
    // other sign (no words both earn and cost): then only the direction holds.
    if (!fits(weighted) || !fits(base) || weighted.hits !== base.hits) {
      // Overflow: a side was scaled to keep the score in range, so only
      // the direction of the change can be checked.
      expect(Math.sign(weighted.points)).toBe(Math.sign(base.points));
      if (factor > 1) expect(Math.abs(weighted.points)).toBeGreaterThanOrEqual(Math.abs(base.points));
      else expect(Math.abs(weighted.points)).toBeLessThanOrEqual(Math.abs(base.points));
      return;
    }
    // Each finding is rounded to whole points, before and after: half a point
    // of the weighted one plus `factor` halves of the base one, per hit.
    expect(Math.abs(weighted.points - base.points * factor)).toBeLessThanOrEqual(base.hits * Math.max(1, Math.floor((1 + factor) / 2)));
    // The other findings keep their points, give or take the one point that
    // rounding to whole numbers may hand to a different finding.
    if (weighted.wrapped === base.wrapped) expect(Math.abs(weighted.others - base.others)).toBeLessThanOrEqual(1);
  });

  test('off removes its points and nothing else', () => {
    const off = pointsOf(id, rule.example, 'off');
    expect(off.hits).toBe(0);
    expect(off.points).toBe(0);
    if (fits(base) && fits(off) && off.wrapped === base.wrapped) expect(Math.abs(off.others - base.others)).toBeLessThanOrEqual(1);
  });
});
