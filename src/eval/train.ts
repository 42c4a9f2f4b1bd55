// Offline training of the learned layer (`npm run train`): logistic
// regression over the rules' own score plus hashed word uni- and bigrams.
//
//   logit(human) = b + a · (rules' points / 10) + Σ w_j · [feature j present]
//
// The rules' points are a fixed input, so each w_j is measured in the same
// currency as a rule: w_j / a · 10 points. Guards against learning a
// writer's style instead of intent: a feature is kept only when it occurs in
// several drafts *from several different briefs*, w is L2-regularised, each
// feature's points are clipped, and at runtime only a few strongest words
// speak, capped in total (src/engine/learned/model.ts).
//
// Deterministic: full-batch Adam from zeros, fixed iterations; folds for
// cross-validation come from a seeded generator.
import { BASE, scoreWithModel } from '../engine/index';
import { features } from '../engine/learned/features';
import { decodeModel, encodeWeights, type LearnedModel, type ModelData } from '../engine/learned/model';
import type { ScoreOptions } from '../engine/types';
import type { Label, LabeledDraft } from './drafts';
import { stratifiedFolds } from './folds';

export interface TrainConfig {
  bits: number;
  l2: number;
  iterations: number;
  /** A feature must occur in at least this many training drafts… */
  minDrafts: number;
  /** …written from at least this many different briefs. */
  minSources: number;
  perFeatureCap: number;
  cap: number;
  maxFindings: number;
  minPoints: number;
}

export const TRAIN_CONFIG: TrainConfig = {
  bits: 16,
  l2: 0.01,
  iterations: 400,
  minDrafts: 4,
  minSources: 3,
  perFeatureCap: 6,
  cap: 30,
  maxFindings: 6,
  minPoints: 1,
};

const TARGET: Record<Label, number> = { human: 1, mixed: 0.5, promotional: 0 };

export const LEARNED_RULE_ID = 'learned-words';
const EMPTY: LearnedModel = { bits: 16, cap: 0, maxFindings: 0, minPoints: 1, points: new Map() };

export const draftOptions = (d: LabeledDraft): ScoreOptions => ({ site: d.site, kind: d.kind, replyTo: d.replyTo });

/** The rules' points for a draft with the learned layer off (null when unscored). */
export function rulePoints(d: LabeledDraft): number | null {
  const r = scoreWithModel(d.text, { ...draftOptions(d), rules: { [LEARNED_RULE_ID]: 'off' } }, EMPTY);
  return r.score === null ? null : r.score - BASE;
}

export interface TrainResult {
  data: ModelData;
  /** Fitted coefficient on the rules' points (per 10 points). */
  a: number;
  b: number;
  vocabulary: number;
}

export function train(drafts: readonly LabeledDraft[], config: TrainConfig = TRAIN_CONFIG, ruleCache?: Map<string, number | null>): TrainResult {
  const rows: Array<{ r: number; y: number; feats: number[] }> = [];
  const df = new Map<number, { drafts: number; sources: Set<string> }>();
  const rawFeats: number[][] = [];
  const usable: LabeledDraft[] = [];
  for (const d of drafts) {
    const cached = ruleCache?.get(d.id);
    const r = cached !== undefined ? cached : rulePoints(d);
    ruleCache?.set(d.id, r);
    if (r === null) continue;
    const hs = features(d.text, config.bits).map((f) => f.hash);
    for (const h of hs) {
      const e = df.get(h) ?? { drafts: 0, sources: new Set<string>() };
      e.drafts++;
      e.sources.add(d.source);
      df.set(h, e);
    }
    rawFeats.push(hs);
    usable.push(d);
    rows.push({ r: r / 10, y: TARGET[d.label], feats: [] });
  }
  const column = new Map<number, number>();
  for (const [h, e] of [...df.entries()].sort((x, y) => x[0] - y[0])) {
    if (e.drafts >= config.minDrafts && e.sources.size >= config.minSources) column.set(h, column.size);
  }
  rows.forEach((row, i) => {
    row.feats = (rawFeats[i] ?? []).map((h) => column.get(h)).filter((c): c is number => c !== undefined);
  });

  // Full-batch Adam on mean log-loss + l2/2·|w|² (b and a unpenalised).
  const n = rows.length;
  const dim = column.size + 2; // [b, a, w...]
  const theta = new Float64Array(dim);
  const m = new Float64Array(dim);
  const v = new Float64Array(dim);
  const lr = 0.05;
  for (let t = 1; t <= config.iterations; t++) {
    const grad = new Float64Array(dim);
    for (const row of rows) {
      let z = theta[0]! + theta[1]! * row.r;
      for (const c of row.feats) z += theta[c + 2]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - row.y) / n;
      grad[0]! += g;
      grad[1]! += g * row.r;
      for (const c of row.feats) grad[c + 2]! += g;
    }
    for (let j = 2; j < dim; j++) grad[j]! += config.l2 * theta[j]!;
    for (let j = 0; j < dim; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * grad[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * grad[j]! * grad[j]!;
      const mh = m[j]! / (1 - 0.9 ** t);
      const vh = v[j]! / (1 - 0.999 ** t);
      theta[j]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const b = theta[0]!;
  // The rules must carry the score; a non-positive slope would make every
  // conversion below meaningless, so it is floored.
  const a = Math.max(theta[1]!, 0.05);
  const points = new Map<number, number>();
  for (const [h, c] of column) {
    const pts = Math.max(-config.perFeatureCap, Math.min(config.perFeatureCap, (theta[c + 2]! / a) * 10));
    if (Math.abs(pts) >= 0.05) points.set(h, pts);
  }
  const data: ModelData = {
    bits: config.bits,
    cap: config.cap,
    maxFindings: config.maxFindings,
    minPoints: config.minPoints,
    weights: encodeWeights(points),
  };
  return { data, a, b, vocabulary: column.size };
}

/** Out-of-fold learned models: for each fold, a model trained on the others. */
export function crossValidatedModels(drafts: readonly LabeledDraft[], k: number, seed: number, config: TrainConfig = TRAIN_CONFIG): {
  folds: Map<string, number>;
  models: LearnedModel[];
} {
  const folds = stratifiedFolds(drafts, k, seed);
  const cache = new Map<string, number | null>();
  const models: LearnedModel[] = [];
  for (let f = 0; f < k; f++) {
    models.push(decodeModel(train(drafts.filter((d) => folds.get(d.id) !== f), config, cache).data));
  }
  return { folds, models };
}
