// The learned layer at runtime: a sparse table of points per hashed word or
// word pair (trained offline by `npm run train`), turned into findings with
// spans. Only the strongest few words of a draft speak, and their total is
// capped, so the hand-written rules stay in charge of the score.
import { features } from './features';

/** The generated module's shape (src/engine/learned/model.generated.ts). */
export interface ModelData {
  /** Hash buckets are `bits` wide. */
  bits: number;
  /** Most points (either sign) the layer may move one draft. */
  cap: number;
  /** At most this many words or pairs of a draft get a finding. */
  maxFindings: number;
  /** Weaker contributions than this (in points) are left out. */
  minPoints: number;
  /** Sparse weights: base64 of (bucket delta as varint, points × 10 as int8) pairs. */
  weights: string;
}

export interface LearnedModel {
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
  return { bits: data.bits, cap: data.cap, maxFindings: data.maxFindings, minPoints: data.minPoints, points };
}

// Words too common to show as "the word that carried it": a sentence's
// total is pinned on its strongest other feature when there is one.
const FILLER = new Set(
  'a an the in on at to of for and or but so is are was be it its this that i you we my our your me us with as by from if'.split(' '),
);
const isFiller = (text: string) => !/[\p{L}\p{N}]{2}/u.test(text) || FILLER.has(text.toLowerCase());

/** Where each sentence-like piece of a draft starts: after ".", "!", "?" or a line break. */
function pieceStarts(text: string): number[] {
  const starts = [0];
  const re = /[.!?\n]+\s*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * What the model says about a draft, as findings. Every weighted word or
 * pair counts; they are summed per sentence, and each sentence's total is
 * pinned on its strongest word (a highlight on a word reads better than a
 * whole sentence). The `maxFindings` sentences that move most are kept, and
 * if together they pass `cap`, they are scaled down to it.
 */
export function contributions(text: string, model: LearnedModel): Contribution[] {
  const starts = pieceStarts(text);
  const pieceOf = (pos: number) => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= pos) i++;
    return i;
  };
  const pieces = new Map<number, { points: number; best: Contribution & { filler: boolean } }>();
  for (const f of features(text, model.bits)) {
    const points = model.points.get(f.hash);
    if (points === undefined) continue;
    const key = pieceOf(f.start);
    const here = { start: f.start, end: f.end, points, filler: isFiller(text.slice(f.start, f.end)) };
    const piece = pieces.get(key);
    if (!piece) pieces.set(key, { points, best: here });
    else {
      piece.points += points;
      // A real word beats a filler word; among equals, the stronger one.
      const better = piece.best.filler !== here.filler ? piece.best.filler : Math.abs(points) > Math.abs(piece.best.points);
      if (better) piece.best = here;
    }
  }
  const found = [...pieces.values()]
    .filter((p) => Math.abs(p.points) >= model.minPoints)
    .map((p) => ({ start: p.best.start, end: p.best.end, points: p.points }));
  // Strongest first; ties broken by position so the result is deterministic.
  found.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.start - b.start);
  const kept = found.slice(0, model.maxFindings);
  const total = kept.reduce((a, c) => a + c.points, 0);
  const k = Math.abs(total) > model.cap ? model.cap / Math.abs(total) : 1;
  return kept.map((c) => ({ ...c, points: c.points * k })).sort((a, b) => a.start - b.start);
}
