// Band calibration, searched on cross-validation scores only (never the
// sealed holdout): which pair of thresholds (human ≥ h, broadcast < b) gives
// the best band accuracy while keeping both cross errors within a limit, per
// site and overall. `npm run eval` prints it next to the thresholds the engine
// ships (DESIGN.md: 70 and 40), so a choice to keep or move them rests on a
// figure. Pure: scores and labels in, thresholds out.
import type { Label } from './drafts';

export interface Scored {
  score: number | null;
  label: Label;
}

export interface Thresholds {
  /** A score at or above this is `human`. */
  human: number;
  /** A score below this is `broadcast`. */
  broadcast: number;
}

export interface BandFit extends Thresholds {
  accuracy: number;
  promoAsHuman: number;
  humanAsBroadcast: number;
}

/** Band accuracy and both cross errors of one pair of thresholds; unscored drafts count as wrong. */
export function fitOf(drafts: readonly Scored[], t: Thresholds): BandFit {
  let right = 0;
  let promos = 0;
  let promoAsHuman = 0;
  let humans = 0;
  let humanAsBroadcast = 0;
  for (const d of drafts) {
    const band = d.score === null ? null : d.score >= t.human ? 'human' : d.score >= t.broadcast ? 'mixed' : 'broadcast';
    const want = d.label === 'promotional' ? 'broadcast' : d.label;
    if (band === want) right++;
    if (d.label === 'promotional') {
      promos++;
      if (band === 'human') promoAsHuman++;
    } else if (d.label === 'human') {
      humans++;
      if (band === 'broadcast') humanAsBroadcast++;
    }
  }
  return {
    ...t,
    accuracy: drafts.length ? right / drafts.length : NaN,
    promoAsHuman: promos ? promoAsHuman / promos : 0,
    humanAsBroadcast: humans ? humanAsBroadcast / humans : 0,
  };
}

/**
 * The thresholds (integers, 1 ≤ broadcast ≤ human ≤ 100) with the best band
 * accuracy whose cross errors both stay at or under `maxCross`; ties go to
 * the pair closest to the shipped one. null when no pair keeps the limit.
 */
export function bestThresholds(drafts: readonly Scored[], maxCross: number, shipped: Thresholds): BandFit | null {
  let best: BandFit | null = null;
  const distance = (t: Thresholds) => Math.abs(t.human - shipped.human) + Math.abs(t.broadcast - shipped.broadcast);
  for (let human = 1; human <= 100; human++) {
    for (let broadcast = 1; broadcast <= human; broadcast++) {
      const fit = fitOf(drafts, { human, broadcast });
      if (fit.promoAsHuman > maxCross || fit.humanAsBroadcast > maxCross) continue;
      if (!best || fit.accuracy > best.accuracy || (fit.accuracy === best.accuracy && distance(fit) < distance(best))) best = fit;
    }
  }
  return best;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatFit(name: string, fit: BandFit | null): string {
  if (!fit) return `${name.padEnd(13)} no thresholds keep both cross errors within the limit`;
  return `${name.padEnd(13)} human ≥ ${String(fit.human).padStart(3)}  broadcast < ${String(fit.broadcast).padStart(3)}  band accuracy ${pct(fit.accuracy).padStart(6)}  promo→human ${pct(fit.promoAsHuman).padStart(5)}  human→broadcast ${pct(fit.humanAsBroadcast).padStart(5)}`;
}
