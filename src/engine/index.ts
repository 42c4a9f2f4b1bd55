// TEMPORARY placeholder while the real engine is written (same session).
import type { DraftScore, ScoreOptions } from './types';
export type * from './types';
export function scoreDraft(text: string, _opts: ScoreOptions = {}): DraftScore {
  void text;
  return { score: null, band: null, axes: { promotion: 0, value: 0, reciprocity: 0 }, findings: [], nudges: [], status: 'too-short' };
}
