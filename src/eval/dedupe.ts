// Near-copy detection for the labelled corpus: two drafts whose word
// 3-shingles overlap this much are the same draft reworded, and keeping
// both would let a model memorise one and be graded on the other.

/** Jaccard overlap of word 3-shingles at or above which two drafts are near-copies. */
export const NEAR_COPY_JACCARD = 0.6;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < 3) out.add(words.join(' '));
  for (let i = 0; i + 3 <= words.length; i++) out.add(words.slice(i, i + 3).join(' '));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  const union = a.size + b.size - both;
  return union === 0 ? 1 : both / union;
}

/**
 * Keeps the first of every group of near-copies, in order. `against` holds
 * texts that must not be copied at all (the sealed holdout, when building
 * the training set). Returns the kept items and, for each dropped one, the
 * text it copied.
 */
export function dropNearCopies<T extends { text: string }>(
  items: readonly T[],
  against: readonly string[] = [],
): { kept: T[]; dropped: Array<{ item: T; copies: string }> } {
  // An index from shingle to the texts seen with it: only texts that share a
  // shingle can be near-copies, so each item is compared with those alone.
  const seen: Array<{ text: string; size: number }> = [];
  const index = new Map<string, number[]>();
  const add = (text: string, sh: Set<string>) => {
    const at = seen.push({ text, size: sh.size }) - 1;
    for (const s of sh) {
      const list = index.get(s);
      if (list) list.push(at);
      else index.set(s, [at]);
    }
  };
  for (const text of against) add(text, shingles(text));
  const kept: T[] = [];
  const dropped: Array<{ item: T; copies: string }> = [];
  for (const item of items) {
    const sh = shingles(item.text);
    const shared = new Map<number, number>();
    for (const s of sh) for (const at of index.get(s) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    // The first text seen that it copies (Jaccard = shared / union).
    let copy: number | undefined;
    for (const [at, both] of shared) {
      const other = seen[at];
      if (other && both / (sh.size + other.size - both) >= NEAR_COPY_JACCARD && (copy === undefined || at < copy)) copy = at;
    }
    if (copy !== undefined) {
      dropped.push({ item, copies: seen[copy]?.text ?? '' });
      continue;
    }
    add(item.text, sh);
    kept.push(item);
  }
  return { kept, dropped };
}
