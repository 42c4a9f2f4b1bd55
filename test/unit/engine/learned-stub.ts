// A learned model made by hand for tests: chosen words carry chosen points, so
// a test controls exactly which findings a draft gets and how large they are,
// whatever the shipped model, the rules' weights or their word lists say.
import { RULES, scoreWithModel, type DraftScore, type ScoreOptions } from '../../../src/engine/index';
import { fnv1a } from '../../../src/engine/learned/features';
import type { LearnedModel } from '../../../src/engine/learned/model';

export const BITS = 18;
/** The stub's own base, so the points in tests do not move when training moves the shipped one. */
export const STUB_BASE = 72;
export const bucket = (key: string) => fnv1a(key) & ((1 << BITS) - 1);

/** Words (or "word word" pairs, lower-case) → points. */
export function stubModel(points: Record<string, number>, o: Partial<Omit<LearnedModel, 'points' | 'bits'>> = {}): LearnedModel {
  return {
    base: o.base ?? STUB_BASE, scales: o.scales ?? new Map(),
    bits: BITS, cap: o.cap ?? 1000, maxFindings: o.maxFindings ?? 20, minPoints: o.minPoints ?? 0,
    points: new Map(Object.entries(points).map(([k, v]) => [bucket(k), v])),
  };
}

/** Every hand-written rule switched off: only the stub model speaks. */
export const RULES_OFF: Record<string, 'off'> = Object.fromEntries(RULES.filter((r) => r.id !== 'learned-words').map((r) => [r.id, 'off']));

/** Scores a draft with the hand-written rules off and the stub model's words as the only findings. */
export function scoreStub(text: string, points: Record<string, number>, opts: ScoreOptions = {}, model: Partial<LearnedModel> = {}): DraftScore {
  return scoreWithModel(text, { ...opts, rules: { ...RULES_OFF, ...opts.rules } }, stubModel(points, model));
}
