import { describe, expect, test } from 'vitest';
import { isRuleOn, ruleWeight, setRuleOn, setRuleWeight } from '../../../src/settings/rules';
import { defaultSettings, parseSettings } from '../../../src/settings/schema';

const ID = 'urgency';

describe('per-rule settings', () => {
  test.each([
    { name: 'custom weight survives off and on', weight: 2, expectAfter: 2 },
    { name: 'quarter weight survives off and on', weight: 0.25, expectAfter: 0.25 },
    { name: 'default weight stays "no override"', weight: 1, expectAfter: 1 },
  ])('$name', ({ weight, expectAfter }) => {
    const weighted = setRuleWeight(defaultSettings(), ID, weight);
    const off = setRuleOn(weighted, ID, false);
    expect(off.rules[ID]).toBe('off');
    expect(isRuleOn(off, ID)).toBe(false);
    expect(ruleWeight(off, ID)).toBe(expectAfter);
    // It survives storage too: what parseSettings reads back is the same.
    const stored = parseSettings(JSON.parse(JSON.stringify(off)) as unknown);
    expect(stored.problems).toEqual([]);
    const on = setRuleOn(stored.settings, ID, true);
    expect(isRuleOn(on, ID)).toBe(true);
    expect(ruleWeight(on, ID)).toBe(expectAfter);
    expect(on.rules[ID]).toBe(expectAfter === 1 ? undefined : expectAfter);
    expect(on.savedWeights[ID]).toBeUndefined();
  });

  test.each([
    { savedWeights: { urgency: 'off' }, problem: 'must be a number' },
    { savedWeights: { nope: 2 }, problem: 'unknown rule' },
    { savedWeights: { urgency: 9 }, problem: 'weight between' },
    { savedWeights: [], problem: 'not an object' },
  ])('bad saved weights are reported and ignored: $problem', ({ savedWeights, problem }) => {
    const { settings, problems } = parseSettings({ ...defaultSettings(), savedWeights });
    expect(problems.join(' ')).toContain(problem);
    expect(settings.savedWeights).toEqual({});
  });
});
