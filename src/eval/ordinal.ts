// The fit behind `npm run train`: an ordinal logistic model of the drafts'
// labels (promotional < mixed < human) whose linear part *is* the engine's
// score, so what it learns can be shipped as points:
//
//   score = base + offset + Σ_c scale_c · scaled_c − Σ_j cost_j · [feature j occurs]
//   P(label ≥ mixed) = σ((score − 40) / T),  P(label = human) = σ((score − 70) / T)
//
// The cut points are the bands' own thresholds (DESIGN.md: 40 and 70), so
// the fitted base and points put drafts in the band their label names. Each
// rule's points are scaled within bounds (the rules say what and roughly how
// much; the fit says how much), each candidate word is a cost ≥ 0 with an L1
// penalty (most stay at 0: a word costs only when the labels need it).
//
// Projected Adam with a decaying step: deterministic, dependency-free, and
// fast enough for a few thousand drafts (well under a second).

export type OrdinalLabel = 0 | 1 | 2;

export interface OrdinalProblem {
  /** Per row: 0 promotional, 1 mixed, 2 human. */
  labels: readonly OrdinalLabel[];
  /** Per row: points that are not fitted (the earning rules at their own weight). */
  offset: readonly number[];
  /** Column-major: scaled[c][row] is the points of rule c in that row at its written weight. */
  scaled: readonly (readonly number[])[];
  /** costs[j]: the rows where candidate word j occurs. */
  costs: readonly (readonly number[])[];
  /** Bounds of each scale (one pair per scaled column). */
  scaleBounds: readonly (readonly [number, number])[];
  /** L1 penalty per point of word cost. */
  l1: number;
  /** Largest cost of one word, in points. */
  maxCost: number;
  /** Starting base (the score of a draft with no findings). */
  base: number;
  iterations?: number;
}

export interface OrdinalFit {
  base: number;
  scales: number[];
  costs: number[];
  temperature: number;
  /** Mean negative log-likelihood per row at the end (for reports and tests). */
  loss: number;
}

const CUT_MIXED = 40;
const CUT_HUMAN = 70;
const sigmoid = (t: number) => 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, t))));
const TINY = 1e-12;

/** Score of each row under the given parameters. */
export function rowScores(p: OrdinalProblem, base: number, scales: readonly number[], costs: readonly number[]): Float64Array {
  const z = new Float64Array(p.labels.length);
  for (let i = 0; i < z.length; i++) z[i] = base + (p.offset[i] ?? 0);
  p.scaled.forEach((col, c) => {
    const s = scales[c] ?? 1;
    for (let i = 0; i < col.length; i++) z[i]! += s * (col[i] ?? 0);
  });
  p.costs.forEach((rows, j) => {
    const w = costs[j] ?? 0;
    if (w !== 0) for (const i of rows) z[i]! -= w;
  });
  return z;
}

/** Negative log-likelihood of the rows, and its gradient by each row's score and by log T. */
export function likelihood(labels: readonly OrdinalLabel[], z: Float64Array, temperature: number): { loss: number; dz: Float64Array; dLogT: number } {
  const dz = new Float64Array(z.length);
  let loss = 0;
  let dLogT = 0;
  const T = temperature;
  for (let i = 0; i < z.length; i++) {
    const zi = z[i] ?? 0;
    const p1 = sigmoid((zi - CUT_MIXED) / T);
    const p2 = sigmoid((zi - CUT_HUMAN) / T);
    const y = labels[i];
    if (y === 0) {
      loss -= Math.log(Math.max(TINY, 1 - p1));
      dz[i] = p1 / T;
      dLogT += (-p1 * (zi - CUT_MIXED)) / T;
    } else if (y === 2) {
      loss -= Math.log(Math.max(TINY, p2));
      dz[i] = -(1 - p2) / T;
      dLogT += ((1 - p2) * (zi - CUT_HUMAN)) / T;
    } else {
      const between = Math.max(TINY, p1 - p2);
      loss -= Math.log(between);
      const g1 = p1 * (1 - p1);
      const g2 = p2 * (1 - p2);
      dz[i] = -(g1 - g2) / T / between;
      // d p_k / d log T = −g_k (z − cut_k) / T
      dLogT += (g1 * (zi - CUT_MIXED) - g2 * (zi - CUT_HUMAN)) / T / between;
    }
  }
  return { loss, dz, dLogT };
}

export function fitOrdinal(p: OrdinalProblem): OrdinalFit {
  const nScaled = p.scaled.length;
  const nCosts = p.costs.length;
  // Parameters: [base, log T, scales…, costs…]
  const n = 2 + nScaled + nCosts;
  const x = new Float64Array(n);
  x[0] = p.base;
  x[1] = Math.log(10);
  for (let c = 0; c < nScaled; c++) x[2 + c] = 1;
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const iterations = p.iterations ?? 1500;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= iterations; t++) {
    const scales = Array.from(x.subarray(2, 2 + nScaled));
    const costs = Array.from(x.subarray(2 + nScaled));
    const z = rowScores(p, x[0] ?? 0, scales, costs);
    const { dz, dLogT } = likelihood(p.labels, z, Math.exp(x[1] ?? 0));
    g.fill(0);
    for (let i = 0; i < dz.length; i++) g[0]! += dz[i] ?? 0;
    g[1] = dLogT;
    p.scaled.forEach((col, c) => {
      let s = 0;
      for (let i = 0; i < col.length; i++) s += (dz[i] ?? 0) * (col[i] ?? 0);
      g[2 + c] = s;
    });
    p.costs.forEach((rows, j) => {
      let s = 0;
      for (const i of rows) s -= dz[i] ?? 0;
      g[2 + nScaled + j] = s + p.l1;
    });
    // Step sizes in each parameter's own units: points for base and costs, multiples for scales.
    const decay = 0.5 * (1 + Math.cos((Math.PI * t) / iterations));
    for (let k = 0; k < n; k++) {
      const gk = g[k] ?? 0;
      m[k] = beta1 * (m[k] ?? 0) + (1 - beta1) * gk;
      v[k] = beta2 * (v[k] ?? 0) + (1 - beta2) * gk * gk;
      const mh = (m[k] ?? 0) / (1 - beta1 ** t);
      const vh = (v[k] ?? 0) / (1 - beta2 ** t);
      const lr = (k === 0 ? 0.5 : k === 1 ? 0.02 : k < 2 + nScaled ? 0.02 : 0.2) * decay + 1e-4;
      let next = (x[k] ?? 0) - (lr * mh) / (Math.sqrt(vh) + 1e-8);
      if (k >= 2 && k < 2 + nScaled) {
        const [lo, hi] = p.scaleBounds[k - 2] ?? [1, 1];
        next = Math.min(hi, Math.max(lo, next));
      }
      else if (k >= 2 + nScaled) next = Math.min(p.maxCost, Math.max(0, next));
      else if (k === 1) next = Math.min(Math.log(50), Math.max(Math.log(1), next));
      x[k] = next;
    }
  }
  const scales = Array.from(x.subarray(2, 2 + nScaled));
  const costs = Array.from(x.subarray(2 + nScaled));
  const temperature = Math.exp(x[1] ?? 0);
  const { loss } = likelihood(p.labels, rowScores(p, x[0] ?? 0, scales, costs), temperature);
  return { base: x[0] ?? 0, scales, costs, temperature, loss: loss / Math.max(1, p.labels.length) };
}
