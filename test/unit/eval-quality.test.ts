// Quality gates on the real engine and corpus, on out-of-fold
// cross-validation of the training drafts only. The sealed holdout is never
// asserted on by a test (a test run must not become a peek at it): its
// figures are printed by `npm run eval` alone. The gates sit just under
// today's cross-validated figures (README, "How well it works"), so a change
// that loses ground fails here.
import { describe, expect, test } from 'vitest';
import { scoreWithModel } from '../../src/engine/index';
import type { DraftScore } from '../../src/engine/types';
import type { LabeledDraft } from '../../src/eval/drafts';
import { DRAFTS_PATH, loadDraftsFile, loadSpans } from '../../src/eval/load';
import { qualityReport } from '../../src/eval/report';
import { LEARNED_RULE_ID, crossValidatedModels, draftOptions } from '../../src/eval/train';
import { writerReport } from '../../src/eval/writer';

const train = loadDraftsFile(DRAFTS_PATH);
const spans = loadSpans(train);

describe('scoring quality (cross-validation)', () => {
  const cv = crossValidatedModels(train, spans, 5, 20261129);
  const outOfFold = (rules?: Record<string, 'off'>) => {
    const memo = new Map<string, DraftScore>();
    return (d: LabeledDraft): DraftScore => {
      const hit = memo.get(d.id);
      if (hit) return hit;
      const model = cv.models[cv.folds.get(d.id) ?? -1];
      if (!model) throw new Error(`no fold for ${d.id}`);
      const r = scoreWithModel(d.text, { ...draftOptions(d), ...(rules ? { rules } : {}) }, model);
      memo.set(d.id, r);
      return r;
    };
  };
  const on = outOfFold();

  test('ROC AUC >= 0.92, promotional called human under 10%, and the learned layer helps', () => {
    const r = qualityReport('cv', train, on);
    expect(r.auc).toBeGreaterThanOrEqual(0.92);
    expect(r.promotionalAsHuman).toBeLessThan(0.1);
    expect(qualityReport('rules', train, outOfFold({ [LEARNED_RULE_ID]: 'off' })).auc).toBeLessThan(r.auc);
  }, 120_000);

  test('what a writer sees: no cost on plain words, few human drafts nagged or highlighted, the pitch found', () => {
    const w = writerReport('cv', train, spans, on);
    expect(w.warmCosts).toBe(0);
    expect(w.humanNudged / w.humans).toBeLessThanOrEqual(0.13);
    expect(w.humanOrange / w.humans).toBeLessThanOrEqual(0.2);
    expect(w.pitchFound / w.promotional).toBeGreaterThanOrEqual(0.88);
    expect(w.costPointsInside / w.costPoints).toBeGreaterThanOrEqual(0.7);
  }, 120_000);
});
