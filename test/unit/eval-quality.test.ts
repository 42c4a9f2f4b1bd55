// Quality gates on the real engine and corpus, on out-of-fold
// cross-validation of the training drafts only. The sealed holdout is never
// asserted on by a test (a test run must not become a peek at it): its
// figures are printed by `npm run eval` alone.
import { describe, expect, test } from 'vitest';
import { scoreWithModel } from '../../src/engine/index';
import { DRAFTS_PATH, loadDraftsFile } from '../../src/eval/load';
import { qualityReport } from '../../src/eval/report';
import { LEARNED_RULE_ID, crossValidatedModels, draftOptions } from '../../src/eval/train';

const train = loadDraftsFile(DRAFTS_PATH);

describe('scoring quality (cross-validation)', () => {
  test('5-fold cross-validation with out-of-fold models: ROC AUC >= 0.95, and the learned layer helps', () => {
    const cv = crossValidatedModels(train, 5, 20261129);
    const outOfFold = (rules?: Record<string, 'off'>) => qualityReport('cv', train, (d) => {
      const model = cv.models[cv.folds.get(d.id) ?? -1];
      if (!model) throw new Error(`no fold for ${d.id}`);
      return scoreWithModel(d.text, { ...draftOptions(d), ...(rules ? { rules } : {}) }, model);
    });
    const on = outOfFold();
    expect(on.auc).toBeGreaterThanOrEqual(0.95);
    expect(outOfFold({ [LEARNED_RULE_ID]: 'off' }).auc).toBeLessThan(on.auc);
  }, 120_000);
});
