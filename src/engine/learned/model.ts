// The learned layer at runtime: a sparse table of points per hashed word or
// word pair (trained offline by `npm run train`), turned into findings with
// spans. Each word or pair carries its own points; only a few strong ones
// speak, and their total is capped, so the hand-written rules stay in charge.
import { eachFeature } from './features';

/** The generated module's shape (src/engine/learned/model.generated.ts). */
export interface ModelData {
  /** Score of a draft with no findings (fitted with the scales below). */
  base: number;
  /** Calibration of each rule's written points (rule id → multiple); a rule not listed keeps its weight. */
  scales: Record<string, number>;
  /** Hash buckets are `bits` wide. */
  bits: number;
  /** Most points (the sum of both signs' sizes) the layer may move one draft. */
  cap: number;
  /** At most this many words or pairs of a draft get a finding. */
  maxFindings: number;
  /** Weaker contributions than this (in points) are left out. */
  minPoints: number;
  /** Sparse weights: base64 of (bucket delta as varint, points × 10 as int8) pairs. */
  weights: string;
}

export interface LearnedModel {
  base: number;
  scales: ReadonlyMap<string, number>;
  bits: number;
  cap: number;
  maxFindings: number;
  minPoints: number;
  points: ReadonlyMap<number, number>;
}

export interface Contribution {
  start: number;
  end: number;
  points: number;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

function fromBase64(s: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const q = [0, 1, 2, 3].map((k) => B64.indexOf(s[i + k] ?? '='));
    const n = ((q[0]! & 63) << 18) | ((q[1]! & 63) << 12) | ((Math.max(0, q[2]!) & 63) << 6) | (Math.max(0, q[3]!) & 63);
    bytes.push((n >> 16) & 255);
    if (q[2]! >= 0) bytes.push((n >> 8) & 255);
    if (q[3]! >= 0) bytes.push(n & 255);
  }
  return bytes;
}

/** Packs bucket → points (rounded to 0.1, clipped to ±12.7) into the generated string. */
export function encodeWeights(points: ReadonlyMap<number, number>): string {
  const bytes: number[] = [];
  let last = 0;
  for (const bucket of [...points.keys()].sort((a, b) => a - b)) {
    const tenths = Math.max(-127, Math.min(127, Math.round((points.get(bucket) ?? 0) * 10)));
    if (tenths === 0) continue;
    let delta = bucket - last;
    last = bucket;
    do {
      const low = delta & 127;
      delta >>>= 7;
      bytes.push(delta > 0 ? low | 128 : low);
    } while (delta > 0);
    bytes.push(tenths & 255);
  }
  return toBase64(bytes);
}

export function decodeModel(data: ModelData): LearnedModel {
  const bytes = fromBase64(data.weights);
  const points = new Map<number, number>();
  let bucket = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++] ?? 0;
      delta |= (b & 127) << shift;
      shift += 7;
    } while (b & 128 && i < bytes.length);
    bucket += delta;
    const byte = bytes[i++] ?? 0;
    points.set(bucket, (byte > 127 ? byte - 256 : byte) / 10);
  }
  return {
    base: data.base,
    scales: new Map(Object.entries(data.scales)),
    bits: data.bits,
    cap: data.cap,
    maxFindings: data.maxFindings,
    minPoints: data.minPoints,
    points,
  };
}

/**
 * What the model says about a draft, as findings: each weighted word or pair
 * is its own finding and carries exactly its own points (no sentence sums
 * pinned on one word). Weaker ones than `minPoints` are left out; where two
 * overlap ("grab", "grab yours") only the stronger speaks, so no words are
 * counted twice; at most `maxFindings` speak, and if together they pass
 * `cap` they are scaled down to it.
 */
export function contributions(text: string, model: LearnedModel): Contribution[] {
  // The same draft scored again (focus moves, a setting changes) with the same model: the last answer.
  if (last && last.text === text && last.model === model) return last.result.map((c) => ({ ...c }));
  const result = compute(text, model);
  last = { text, model, result };
  return result.map((c) => ({ ...c }));
}

let last: { text: string; model: LearnedModel; result: readonly Contribution[] } | undefined;

function compute(text: string, model: LearnedModel): Contribution[] {
  const found: Contribution[] = [];
  // Each feature once, at its first occurrence (as features() gives them), without building the list.
  const seen = new Set<number>();
  eachFeature(text, model.bits, (hash, start, end) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    const points = model.points.get(hash);
    if (points === undefined || Math.abs(points) < model.minPoints) return;
    found.push({ start, end, points });
  });
  // Strongest first; ties broken by position, then length, so the result is deterministic.
  found.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.start - b.start || a.end - b.end);
  const kept: Contribution[] = [];
  for (const c of found) {
    if (kept.length >= model.maxFindings) break;
    if (!kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  }
  const total = kept.reduce((a, c) => a + Math.abs(c.points), 0);
  const k = total > model.cap ? model.cap / total : 1;
  return kept.map((c) => ({ ...c, points: c.points * k })).sort((a, b) => a.start - b.start);
}
