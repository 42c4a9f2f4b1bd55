// Per-split quality report for the labelled drafts: ROC AUC (human vs
// promotional) and band accuracy with a confusion table. Takes the scorer as
// a parameter so it can be tested without the real engine.

import type { Band, DraftScore } from '../engine/types';
import type { Label, LabeledDraft, Split } from './drafts';
import { LABELS } from './drafts';
import { rocAuc } from './roc';

export type Scorer = (draft: LabeledDraft) => Pick<DraftScore, 'score' | 'band'>;

/** The band each label should land in; "promotional" is the broadcast style. */
export const EXPECTED_BAND: Readonly<Record<Label, Band>> = {
  human: 'human',
  mixed: 'mixed',
  promotional: 'broadcast',
};

/** Confusion table columns: the three bands plus "no score". */
export type Predicted = Band | 'unscored';
export const PREDICTED: readonly Predicted[] = ['human', 'mixed', 'broadcast', 'unscored'];

// Unscored drafts (too short, not English) still have to be placed somewhere
// on the ROC curve; the neutral midpoint neither rewards nor punishes them.
export const UNSCORED_AUC_SCORE = 50;

export interface SplitReport {
  /** The split, or another name for the set of drafts (a fold, a category). */
  split: string;
  count: number;
  /** Drafts the engine returned `score: null` for. */
  unscored: number;
  /** Human (positive) vs promotional; mixed excluded. NaN if a class is empty. */
  auc: number;
  /** Share of drafts whose band matches EXPECTED_BAND; unscored count as wrong. */
  bandAccuracy: number;
  /** confusion[label][predicted] = number of drafts. */
  confusion: Record<Label, Record<Predicted, number>>;
  /** Share of promotional drafts called `human` (the user gets no nudge at all). */
  promotionalAsHuman: number;
  /** Share of human drafts called `broadcast`. */
  humanAsBroadcast: number;
}

function emptyConfusion(): Record<Label, Record<Predicted, number>> {
  const row = (): Record<Predicted, number> => ({ human: 0, mixed: 0, broadcast: 0, unscored: 0 });
  return { promotional: row(), human: row(), mixed: row() };
}

export function splitReport(split: Split, drafts: readonly LabeledDraft[], score: Scorer): SplitReport {
  return qualityReport(split, drafts.filter((d) => d.split === split), score);
}

/** The report for a whole set of drafts, whatever their split. */
export function qualityReport(name: string, inSplit: readonly LabeledDraft[], score: Scorer): SplitReport {
  const split = name;
  const confusion = emptyConfusion();
  const aucScores: number[] = [];
  const aucLabels: boolean[] = [];
  let unscored = 0;
  let correct = 0;
  for (const draft of inSplit) {
    const result = score(draft);
    if (result.score === null) unscored++;
    const predicted: Predicted = result.score === null || result.band === null ? 'unscored' : result.band;
    confusion[draft.label][predicted]++;
    if (predicted === EXPECTED_BAND[draft.label]) correct++;
    if (draft.label !== 'mixed') {
      aucScores.push(result.score ?? UNSCORED_AUC_SCORE);
      aucLabels.push(draft.label === 'human');
    }
  }
  return {
    split,
    count: inSplit.length,
    unscored,
    auc: rocAuc(aucScores, aucLabels),
    bandAccuracy: inSplit.length === 0 ? NaN : correct / inSplit.length,
    confusion,
    promotionalAsHuman: share(confusion.promotional.human, confusion.promotional),
    humanAsBroadcast: share(confusion.human.broadcast, confusion.human),
  };
}

function share(n: number, row: Record<Predicted, number>): number {
  const total = PREDICTED.reduce((a, p) => a + row[p], 0);
  return total === 0 ? NaN : n / total;
}

const fixed = (n: number, digits: number): string => (Number.isNaN(n) ? 'n/a' : n.toFixed(digits));

/** Human-readable block for one split, as printed by `npm run eval`. */
export function formatSplitReport(report: SplitReport): string {
  const width = 12;
  const header = ['label \\ band'.padEnd(width), ...PREDICTED.map((p) => p.padStart(width))].join('');
  const rows = LABELS.map((label) =>
    [label.padEnd(width), ...PREDICTED.map((p) => String(report.confusion[label][p]).padStart(width))].join(''),
  );
  return [
    `== ${report.split} ==`,
    `drafts: ${report.count}   unscored: ${report.unscored} (AUC treats them as ${UNSCORED_AUC_SCORE})`,
    `ROC AUC human vs promotional: ${fixed(report.auc, 3)}`,
    `band accuracy: ${fixed(report.bandAccuracy * 100, 1)}%   promotional called human: ${fixed(report.promotionalAsHuman * 100, 1)}%   human called broadcast: ${fixed(report.humanAsBroadcast * 100, 1)}%`,
    header,
    ...rows,
  ].join('\n');
}
