// Offline training of the learned layer (`npm run train`) from the blind
// span labels: which words and word pairs annotators marked as the pitch.
//
// For each content uni- or bigram (src/engine/learned/features.ts) that no
// rule already explains, count the training drafts where it occurs inside a
// marked span and those where it occurs outside one. A feature is kept when
// it occurs in several drafts *from several different briefs* (so it is not
// one writer's style) and annotators marked it as the pitch in most of them;
// its cost grows with that share, up to a cap:
//
//   points = -perFeatureCap · (p - minInside) / (1 - minInside),
//   p = (inside + 1) / (inside + outside + 2)   (add-one smoothing)
//
// So each word carries its own cause (it was marked), an ordinary word costs
// nothing, and the labels of whole drafts are not used at all: they stay
// the judge of the score (cross-validation, the sealed holdout).
//
// Deterministic; folds for cross-validation come from a seeded generator.
import { BASE, scoreWithModel } from '../engine/index';
import { features } from '../engine/learned/features';
import { decodeModel, encodeWeights, type LearnedModel, type ModelData } from '../engine/learned/model';
import type { ScoreOptions } from '../engine/types';
import type { LabeledDraft } from './drafts';
import { stratifiedFolds } from './folds';
import type { SpanLabel } from './spans';

export interface TrainConfig {
  bits: number;
  /** Smoothed share of a feature's drafts where it was marked as the pitch, at least. */
  minInside: number;
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
  minInside: 0.6,
  minDrafts: 4,
  minSources: 3,
  perFeatureCap: 8,
  cap: 24,
  maxFindings: 4,
  minPoints: 2.5,
};

export const LEARNED_RULE_ID = 'learned-words';
const EMPTY: LearnedModel = { bits: 16, cap: 0, maxFindings: 0, minPoints: 1, points: new Map() };

export const draftOptions = (d: LabeledDraft): ScoreOptions => ({ site: d.site, kind: d.kind, replyTo: d.replyTo });

/** The rules' points for a draft with the learned layer off (null when unscored), and the spans they explain. */
export function rulePoints(d: LabeledDraft): { points: number; spans: Array<{ start: number; end: number }> } | null {
  const r = scoreWithModel(d.text, { ...draftOptions(d), rules: { [LEARNED_RULE_ID]: 'off' } }, EMPTY);
  return r.score === null ? null : { points: r.score - BASE, spans: r.findings.map((f) => ({ start: f.start, end: f.end })) };
}

type RuleCache = Map<string, ReturnType<typeof rulePoints>>;

export interface TrainResult {
  data: ModelData;
  /** Features that passed the support filters, and those that became costs. */
  vocabulary: number;
  kept: number;
}

/** Whether at least half of a feature's span is marked. */
function marked(start: number, end: number, spans: SpanLabel['spans']): boolean {
  let covered = 0;
  for (const s of spans) covered += Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
  return covered * 2 >= end - start;
}

export function train(
  drafts: readonly LabeledDraft[],
  spans: ReadonlyMap<string, SpanLabel>,
  config: TrainConfig = TRAIN_CONFIG,
  ruleCache?: RuleCache,
): TrainResult {
  const stats = new Map<number, { inside: number; outside: number; sources: Set<string> }>();
  for (const d of drafts) {
    const label = spans.get(d.id);
    if (!label) throw new Error(`no span label for training draft ${d.id}`);
    const cached = ruleCache?.get(d.id);
    const r = cached !== undefined ? cached : rulePoints(d);
    ruleCache?.set(d.id, r);
    if (r === null) continue;
    // Words a rule already explains are not the learned layer's to weigh
    // (at run time it stays silent there too), so it learns what the rules miss.
    for (const f of features(d.text, config.bits)) {
      if (r.spans.some((s: { start: number; end: number }) => f.start < s.end && f.end > s.start)) continue;
      const e = stats.get(f.hash) ?? { inside: 0, outside: 0, sources: new Set<string>() };
      if (marked(f.start, f.end, label.spans)) e.inside++;
      else e.outside++;
      e.sources.add(d.source);
      stats.set(f.hash, e);
    }
  }
  const points = new Map<number, number>();
  let vocabulary = 0;
  for (const [h, e] of [...stats.entries()].sort((x, y) => x[0] - y[0])) {
    if (e.inside + e.outside < config.minDrafts || e.sources.size < config.minSources) continue;
    vocabulary++;
    const p = (e.inside + 1) / (e.inside + e.outside + 2);
    if (p < config.minInside) continue;
    const pts = -config.perFeatureCap * ((p - config.minInside) / (1 - config.minInside));
    if (Math.abs(pts) >= 0.05) points.set(h, pts);
  }
  const data: ModelData = {
    bits: config.bits,
    cap: config.cap,
    maxFindings: config.maxFindings,
    minPoints: config.minPoints,
    weights: encodeWeights(points),
  };
  return { data, vocabulary, kept: points.size };
}

/** Out-of-fold learned models: for each fold, a model trained on the others. */
export function crossValidatedModels(drafts: readonly LabeledDraft[], spans: ReadonlyMap<string, SpanLabel>, k: number, seed: number, config: TrainConfig = TRAIN_CONFIG): {
  folds: Map<string, number>;
  models: LearnedModel[];
} {
  const folds = stratifiedFolds(drafts, k, seed);
  const cache: RuleCache = new Map();
  const models: LearnedModel[] = [];
  for (let f = 0; f < k; f++) {
    models.push(decodeModel(train(drafts.filter((d) => folds.get(d.id) !== f), spans, config, cache).data));
  }
  return { folds, models };
}
