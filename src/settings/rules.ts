// Per-rule settings as the options page changes them. Pure, so the rules
// (switching off keeps the custom weight; 1 is stored as "no override") are
// tested without a browser.
import type { Settings } from './schema';

/** The weight shown for a rule: its override, the weight saved while it is off, or 1. */
export function ruleWeight(settings: Settings, id: string): number {
  const value = settings.rules[id];
  if (typeof value === 'number') return value;
  return settings.savedWeights[id] ?? 1;
}

export function isRuleOn(settings: Settings, id: string): boolean {
  return settings.rules[id] !== 'off';
}

/** Switches a rule on or off; a custom weight survives the round trip. */
export function setRuleOn(settings: Settings, id: string, on: boolean): Settings {
  const rules = { ...settings.rules };
  const savedWeights = { ...settings.savedWeights };
  if (on) {
    const saved = savedWeights[id];
    delete savedWeights[id];
    if (saved === undefined || saved === 1) delete rules[id];
    else rules[id] = saved;
  } else {
    const current = rules[id];
    if (typeof current === 'number' && current !== 1) savedWeights[id] = current;
    rules[id] = 'off';
  }
  return { ...settings, rules, savedWeights };
}

/** Sets a rule's weight (it must be on to have one); 1 removes the override. */
export function setRuleWeight(settings: Settings, id: string, weight: number): Settings {
  const rules = { ...settings.rules };
  if (weight === 1) delete rules[id];
  else rules[id] = weight;
  return { ...settings, rules };
}
