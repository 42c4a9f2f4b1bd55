// ROC AUC via the Mann–Whitney U statistic. Exact (no threshold sweep), and
// ties between a positive and a negative count as half a win, which is what
// makes a scorer that returns the same value for everything land on 0.5.

/**
 * Probability that a randomly chosen positive (`labels[i] === true`) scores
 * higher than a randomly chosen negative, ties counted as 1/2.
 *
 * Returns NaN when either class is empty: the AUC is undefined then, and a
 * number like 0 or 1 would read as a real (terrible or perfect) result.
 * Throws on mismatched lengths or non-finite scores, which are caller bugs.
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  if (scores.length !== labels.length) {
    throw new RangeError(`rocAuc: ${scores.length} scores but ${labels.length} labels`);
  }
  const items = scores.map((score, i) => {
    if (!Number.isFinite(score)) throw new RangeError(`rocAuc: score ${i} is not a finite number`);
    return { score, positive: labels[i] === true };
  });
  const positives = items.filter((it) => it.positive).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return NaN;

  items.sort((a, b) => a.score - b.score);
  // Sum of 1-based ranks of the positives, tied groups sharing their mean rank.
  let positiveRankSum = 0;
  for (let start = 0; start < items.length; ) {
    let end = start;
    while (end + 1 < items.length && items[end + 1]?.score === items[start]?.score) end++;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) if (items[k]?.positive) positiveRankSum += meanRank;
    start = end + 1;
  }
  const u = positiveRankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}
