// The rules' calibration at run time: a model's scale multiplies a rule's
// written points (and the user's setting on top), never the learned words'
// own points; training reads the rules at their written weights.
import { describe, expect, test } from 'vitest';
import { RULES, SHIPPED_MODEL, scoreWithModel, writtenRuleFindings } from '../../../src/engine/index';
import { RULES_OFF, STUB_BASE, stubModel } from './learned-stub';

const CTA = RULES.find((r) => r.id === 'call-to-action')!;
const TEXT = 'Sign up today, alpha.';
/** Only call-to-action and the stub's learned word "alpha" speak. */
const rules = { ...RULES_OFF, 'call-to-action': 1 };
const weightsOf = (scales: Record<string, number>, setting = 1) =>
  scoreWithModel(TEXT, { rules: { ...rules, 'call-to-action': setting } }, stubModel({ alpha: -3 }, { scales: new Map(Object.entries(scales)) }))
    .findings.map((f) => [f.ruleId, f.weight]);

describe('calibration', () => {
  test.each([
    [{}, 1, CTA.weight],
    [{ 'call-to-action': 2 }, 1, CTA.weight * 2],
    [{ 'call-to-action': 0.5 }, 1, CTA.weight * 0.5],
    [{ 'call-to-action': 2 }, 0.5, CTA.weight], // the user's setting multiplies the calibrated points
    [{ 'learned-words': 3 }, 1, CTA.weight], // another rule's scale changes nothing here
  ])('scales %j, setting %d: the call to action weighs its written weight × scale × setting', (scales, setting, expected) => {
    expect(weightsOf(scales, setting)).toEqual([['call-to-action', Math.round(expected)], ['learned-words', -3]]);
  });

  test('the learned words keep their own points, whatever scale is given for them', () => {
    expect(weightsOf({ 'learned-words': 3 })).toContainEqual(['learned-words', -3]);
  });

  test('the score starts from the model\'s base', () => {
    const s = scoreWithModel('alpha bravo charlie', { rules: RULES_OFF }, stubModel({}, { base: 61 }));
    expect(s.score).toBe(61);
    expect(scoreWithModel('alpha bravo charlie', { rules: RULES_OFF }, stubModel({})).score).toBe(STUB_BASE);
  });
});

describe('writtenRuleFindings (for training)', () => {
  // The shipped model calibrates urgency; training must still read its written weight.
  test('the rules at their written weights: no calibration, no learned words', () => {
    const urgency = RULES.find((r) => r.id === 'urgency')!;
    expect(SHIPPED_MODEL.scales.get('urgency') ?? 1).not.toBe(1); // else this test could not tell
    const text = 'Only 3 spots left, alpha.';
    const found = writtenRuleFindings(text, { rules: { ...RULES_OFF, urgency: 1 } });
    expect(found?.map((f) => [f.rule.id, f.raw, text.slice(f.start, f.end)])).toEqual([['urgency', urgency.weight, 'Only 3 spots left']]);
  });

  test('the user\'s settings still apply; a rule switched off is not read', () => {
    expect(writtenRuleFindings(TEXT, { rules: { ...rules, 'call-to-action': 'off' } })).toEqual([]);
  });

  test.each(['Hi', '', 'Hoy es un gran día para todos los que están aquí con nosotros.'])('%j is not scored: null', (text) => {
    expect(writtenRuleFindings(text, { rules })).toBeNull();
  });
});
