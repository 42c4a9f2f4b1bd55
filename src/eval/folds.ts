// Reproducible stratified folds for cross-validation.
import type { LabeledDraft } from './drafts';

/** Small seeded generator (mulberry32) for reproducible folds. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified k-fold: each label is shuffled (seeded) and dealt round-robin. Returns fold index per draft id. */
export function stratifiedFolds(drafts: readonly Pick<LabeledDraft, 'id' | 'label'>[], k: number, seed: number): Map<string, number> {
  const rand = seeded(seed);
  const folds = new Map<string, number>();
  for (const label of ['human', 'mixed', 'promotional'] as const) {
    const group = drafts.filter((d) => d.label === label).map((d) => d.id).sort();
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [group[i], group[j]] = [group[j]!, group[i]!];
    }
    group.forEach((id, i) => folds.set(id, i % k));
  }
  return folds;
}

