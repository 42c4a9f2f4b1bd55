// What a writer sees, measured against blind span labels: how often a human
// draft is told to change or gets an orange (cost) highlight, whether the
// cost highlights sit on the words annotators marked as the pitch, and
// whether every promotional draft gets at least one such highlight.
// Takes the scorer as a parameter, like report.ts.

import type { Band, DraftScore, Finding, Kind, Site } from '../engine/types';
import type { LabeledDraft } from './drafts';
import { EXPECTED_BAND } from './report';
import type { MarkedSpan, SpanLabel } from './spans';
import { warmOrFunctionOnly } from './warm';

export type FullScorer = (draft: LabeledDraft) => DraftScore;

/** A cost finding counts as "inside" the marked pitch when at least this share of its characters is marked. */
export const INSIDE_SHARE = 0.5;

export interface WriterReport {
  name: string;
  humans: number;
  /** Human drafts with any nudge (every nudge asks for a change). */
  humanNudged: number;
  /** Human drafts with at least one cost (orange) highlight. */
  humanOrange: number;
  /** Sum of |weight| over cost findings, and the part inside marked spans (≥ INSIDE_SHARE, and wholly). */
  costPoints: number;
  costPointsInside: number;
  costPointsWhollyInside: number;
  promotional: number;
  /** Promotional drafts where a cost finding overlaps a marked span. */
  pitchFound: number;
  /** Cost findings whose words are all warm or function words, with examples. */
  warmCosts: number;
  warmExamples: string[];
  /** Band accuracy per site and per kind: [correct, total, promo→human, human→broadcast]. */
  bySite: Map<Site, Cell>;
  byKind: Map<Kind, Cell>;
}

export interface Cell {
  correct: number;
  total: number;
  promoAsHuman: number;
  promos: number;
  humanAsBroadcast: number;
  humans: number;
}

/** Characters of [start, end) covered by the marked spans. */
export function coveredChars(start: number, end: number, spans: readonly MarkedSpan[]): number {
  let covered = 0;
  for (let i = start; i < end; i++) if (spans.some((s) => i >= s.start && i < s.end)) covered++;
  return covered;
}

const overlaps = (f: Finding, spans: readonly MarkedSpan[]) => spans.some((s) => f.start < s.end && f.end > s.start);

function cell(): Cell {
  return { correct: 0, total: 0, promoAsHuman: 0, promos: 0, humanAsBroadcast: 0, humans: 0 };
}

function tally(c: Cell, d: LabeledDraft, band: Band | null): void {
  c.total++;
  if (band === EXPECTED_BAND[d.label]) c.correct++;
  if (d.label === 'promotional') {
    c.promos++;
    if (band === 'human') c.promoAsHuman++;
  }
  if (d.label === 'human') {
    c.humans++;
    if (band === 'broadcast') c.humanAsBroadcast++;
  }
}

export function writerReport(name: string, drafts: readonly LabeledDraft[], spans: ReadonlyMap<string, SpanLabel>, score: FullScorer): WriterReport {
  const r: WriterReport = {
    name, humans: 0, humanNudged: 0, humanOrange: 0, costPoints: 0, costPointsInside: 0, costPointsWhollyInside: 0,
    promotional: 0, pitchFound: 0, warmCosts: 0, warmExamples: [], bySite: new Map(), byKind: new Map(),
  };
  for (const d of drafts) {
    const result = score(d);
    const marked = spans.get(d.id)?.spans ?? [];
    const costs = result.findings.filter((f) => f.weight < 0);
    if (d.label === 'human') {
      r.humans++;
      if (result.nudges.length > 0) r.humanNudged++;
      if (costs.length > 0) r.humanOrange++;
    }
    if (d.label === 'promotional') {
      r.promotional++;
      if (costs.some((f) => overlaps(f, marked))) r.pitchFound++;
    }
    for (const f of costs) {
      const w = -f.weight;
      const covered = coveredChars(f.start, f.end, marked);
      r.costPoints += w;
      if (covered >= INSIDE_SHARE * (f.end - f.start)) r.costPointsInside += w;
      if (covered === f.end - f.start) r.costPointsWhollyInside += w;
      if (warmOrFunctionOnly(f.actual)) {
        r.warmCosts++;
        if (r.warmExamples.length < 8) r.warmExamples.push(`"${f.actual}" (${f.ruleId})`);
      }
    }
    const site = r.bySite.get(d.site) ?? cell();
    tally(site, d, result.band);
    r.bySite.set(d.site, site);
    const kind = r.byKind.get(d.kind) ?? cell();
    tally(kind, d, result.band);
    r.byKind.set(d.kind, kind);
  }
  return r;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const ratio = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3));

export function formatWriterReport(r: WriterReport): string {
  const rows = (m: Map<string, Cell>) =>
    [...m.entries()].map(([k, c]) =>
      `  ${k.padEnd(9)} ${String(c.total).padStart(4)} drafts  band accuracy ${pct(c.correct, c.total).padStart(6)}  promo→human ${pct(c.promoAsHuman, c.promos).padStart(6)}  human→broadcast ${pct(c.humanAsBroadcast, c.humans).padStart(6)}`);
  return [
    `-- what a writer sees: ${r.name} --`,
    `human drafts with a nudge to change: ${r.humanNudged}/${r.humans} (${pct(r.humanNudged, r.humans)})`,
    `human drafts with an orange highlight: ${r.humanOrange}/${r.humans} (${pct(r.humanOrange, r.humans)})`,
    `cost precision (cost points ≥${INSIDE_SHARE * 100}% inside a marked span): ${ratio(r.costPointsInside, r.costPoints)}   wholly inside: ${ratio(r.costPointsWhollyInside, r.costPoints)}`,
    `pitch recall (promotional drafts with a cost on a marked span): ${r.pitchFound}/${r.promotional} (${ratio(r.pitchFound, r.promotional)})`,
    `cost findings on warm or function words alone: ${r.warmCosts}${r.warmExamples.length ? ` e.g. ${r.warmExamples.join(', ')}` : ''}`,
    'per site:',
    ...rows(r.bySite),
    'per kind:',
    ...rows(r.byKind),
  ].join('\n');
}
