// Quality gate from DESIGN.md: ROC AUC >= 0.9 on labelled drafts that were
// not used to tune the rules. Uses the real engine and the real fixture, so
// it fails loudly if either is missing or regresses.

import { describe, expect, test } from 'vitest';
import { scoreDraft } from '../../src/engine/index';
import { loadDraftsFile, scoreLabeledDraft } from '../../src/eval/load';
import { splitReport } from '../../src/eval/report';

describe('scoring quality on the holdout drafts', () => {
  test('holdout ROC AUC (human vs promotional) is at least 0.90', () => {
    const drafts = loadDraftsFile();
    const report = splitReport('holdout', drafts, scoreLabeledDraft);
    // Guard against a vacuous pass: AUC needs both classes in the holdout.
    const holdout = drafts.filter((d) => d.split === 'holdout');
    expect(holdout.filter((d) => d.label === 'human').length).toBeGreaterThan(0);
    expect(holdout.filter((d) => d.label === 'promotional').length).toBeGreaterThan(0);
    expect(report.auc).toBeGreaterThanOrEqual(0.9);
  });

  test('the essays\' canonical broadcast line lands in the broadcast band', () => {
    const result = scoreDraft('Here is what we have to offer. Here is why you need it. And here is how to get it!');
    expect(result.band).toBe('broadcast');
  });
});
