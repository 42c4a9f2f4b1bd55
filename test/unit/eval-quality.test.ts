// Quality gates from DESIGN.md and issue 10, on the real engine and corpus:
// the sealed holdout (never tuned on) and out-of-fold cross-validation of
// the learned layer. A rule or model change that loses them fails here.
// Figures and per-family tables are printed by `npm run eval`.
import { describe, expect, test } from 'vitest';
import { scoreDraft, scoreWithModel } from '../../src/engine/index';
import { DRAFTS_PATH, SEALED_PATH, loadDraftsFile } from '../../src/eval/load';
import { qualityReport } from '../../src/eval/report';
import { LEARNED_RULE_ID, crossValidatedModels, draftOptions } from '../../src/eval/train';

const sealed = loadDraftsFile(SEALED_PATH);
const train = loadDraftsFile(DRAFTS_PATH);

describe('scoring quality', () => {
  test('sealed holdout: ROC AUC >= 0.95, promotional called human under 5%', () => {
    const r = qualityReport('sealed', sealed, (d) => scoreDraft(d.text, draftOptions(d)));
    expect(r.auc).toBeGreaterThanOrEqual(0.95);
    expect(r.promotionalAsHuman).toBeLessThan(0.05);
  });

  test('the learned layer helps on the sealed holdout (AUC with it beats the rules alone)', () => {
    const off = qualityReport('rules', sealed, (d) => scoreDraft(d.text, { ...draftOptions(d), rules: { [LEARNED_RULE_ID]: 'off' } }));
    const on = qualityReport('learned', sealed, (d) => scoreDraft(d.text, draftOptions(d)));
    expect(on.auc).toBeGreaterThan(off.auc);
  });

  test('5-fold cross-validation with out-of-fold models: ROC AUC >= 0.95', () => {
    const cv = crossValidatedModels(train, 5, 20261129);
    const r = qualityReport('cv', train, (d) => {
      const model = cv.models[cv.folds.get(d.id) ?? -1];
      if (!model) throw new Error(`no fold for ${d.id}`);
      return scoreWithModel(d.text, draftOptions(d), model);
    });
    expect(r.auc).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
