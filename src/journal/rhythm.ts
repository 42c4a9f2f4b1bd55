// Keeping in touch by a rhythm per person (pure; no storage). A person's
// rhythm is weekly, monthly, quarterly, yearly or none; until the user sets
// one, the usual gap between their interactions suggests one. Someone is due
// from the local calendar day `rhythm` days after the last interaction in
// either direction, and overdue from 1.5 × the rhythm. "Reach out" ranks the
// people who are due or whom you owe (they helped you and heard nothing back
// since) by (time since last − rhythm) / rhythm, plus what you owe, and keeps
// the first few; the toolbar badge is that list's count.
import type { PersonBalance, ReachOut, Rhythm, RhythmSuggestion } from './types';

export type { Rhythm, RhythmSuggestion, ReachOut };
export const RHYTHMS: readonly Rhythm[] = ['weekly', 'monthly', 'quarterly', 'yearly', 'none'];
type Period = Exclude<Rhythm, 'none'>;
/** Days of each rhythm. */
export const RHYTHM_DAYS: Readonly<Record<Period, number>> = { weekly: 7, monthly: 30, quarterly: 91, yearly: 365 };
/** Overdue from this many rhythms after the last interaction ("gently, then firmly"). */
export const OVERDUE_FACTOR = 1.5;
/** The Reach out list (and so the badge) never holds more than this: a single digit. */
export const REACH_OUT_MAX = 9;
export const REACH_OUT_DEFAULT = 5;

const DAY_MS = 86_400_000;

export const isRhythm = (v: unknown): v is Rhythm => typeof v === 'string' && (RHYTHMS as readonly string[]).includes(v);

/**
 * The rhythm the history suggests: the median gap between interactions
 * (several on the same day count once, as one conversation), rounded to the
 * nearest rhythm on a log scale (a gap of 18 days is nearer a month than a
 * week). Null with fewer than two interactions on different days.
 */
export function suggestRhythm(dates: readonly string[]): RhythmSuggestion | null {
  const times = dates.map((d) => Date.parse(d)).filter(Number.isFinite).sort((a, b) => a - b);
  const kept: number[] = [];
  for (const t of times) if (kept.length === 0 || t - (kept[kept.length - 1] as number) >= DAY_MS) kept.push(t);
  if (kept.length < 2) return null;
  const gaps = kept.slice(1).map((t, i) => (t - (kept[i] as number)) / DAY_MS).sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 ? (gaps[mid] as number) : ((gaps[mid - 1] as number) + (gaps[mid] as number)) / 2;
  let best: Period = 'weekly';
  for (const r of Object.keys(RHYTHM_DAYS) as Period[]) {
    if (Math.abs(Math.log(median / RHYTHM_DAYS[r])) < Math.abs(Math.log(median / RHYTHM_DAYS[best]))) best = r;
  }
  return { rhythm: best, gapDays: Math.round(median) };
}

/** When someone with this rhythm is due and overdue (local midnights, calendar days after the last one), or null for none. */
export function dueOf(lastInteraction: string, rhythm: Rhythm | undefined): { dueAt: string; overdueAt: string } | null {
  if (rhythm === undefined || rhythm === 'none') return null;
  const days = RHYTHM_DAYS[rhythm];
  const last = new Date(lastInteraction);
  // Date's own calendar arithmetic in local time: a day added is a calendar day, whatever DST does.
  const at = (n: number) => new Date(last.getFullYear(), last.getMonth(), last.getDate() + n).toISOString();
  return { dueAt: at(days), overdueAt: at(Math.ceil(days * OVERDUE_FACTOR)) };
}

/** "due", "overdue", or null (not yet, or no rhythm). */
export function statusAt(due: { dueAt: string; overdueAt: string } | null, nowIso: string): 'due' | 'overdue' | null {
  if (!due || nowIso < due.dueAt) return null;
  return nowIso >= due.overdueAt ? 'overdue' : 'due';
}

/** They helped you and have heard nothing back since (a reason to reach out of its own, with or without a rhythm). */
export const owesThem = (g: PersonBalance) => g.lastReceived !== undefined && (g.lastGave === undefined || g.lastReceived > g.lastGave);

/** Someone who may come up in Reach out: prepared once per change of the journal, then only compared with the time. */
export interface Candidate {
  g: PersonBalance;
  due: { dueAt: string; overdueAt: string } | null;
  owed: boolean;
  /** Not before this time (due, or the end of a snooze); '' when owed and not snoozed. */
  from: string;
  /** For the score, worked out once: the last interaction (ms), the rhythm's length (ms, 0 for none), what is owed. */
  lastMs: number;
  periodMs: number;
  owedScore: number;
}

/** The people who may come up in Reach out, soonest first: with a rhythm, or owed. Computed when the journal changes. */
export function candidatesOf(groups: Iterable<PersonBalance>): Candidate[] {
  const out: Candidate[] = [];
  for (const g of groups) {
    const due = dueOf(g.lastInteraction, g.person.rhythm);
    const owed = owesThem(g);
    if (!due && !owed) continue;
    const start = owed ? '' : (due as { dueAt: string }).dueAt;
    const snooze = g.person.snoozedUntil ?? '';
    const rhythm = g.person.rhythm;
    out.push({
      g, due, owed, from: snooze > start ? snooze : start,
      lastMs: Date.parse(g.lastInteraction),
      periodMs: rhythm === undefined || rhythm === 'none' ? 0 : RHYTHM_DAYS[rhythm] * DAY_MS,
      owedScore: owed ? 0.5 + 0.1 * Math.min(5, Math.max(0, g.received - g.gave)) : 0,
    });
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * How pressing someone is: (time since last − rhythm) / rhythm when due by
 * their rhythm (0 at due, 0.5 at overdue), plus, when they helped you and
 * heard nothing back, 0.5 (as pressing as overdue) and 0.1 for each time
 * more they helped you than you them (up to 5).
 */
export function scoreOf(c: Candidate, nowIso: string, nowMs = Date.parse(nowIso)): number {
  const due = c.periodMs > 0 && statusAt(c.due, nowIso) !== null;
  return (due ? Math.max(0, (nowMs - c.lastMs - c.periodMs) / c.periodMs) : 0) + c.owedScore;
}

type Ranked = { c: Candidate; score: number; status: 'due' | 'overdue' | null };
/** Most pressing first; ties: the longer silence, then the id (the same order on every device). */
const before = (a: Ranked, b: Ranked) => b.score - a.score
  || (a.c.g.lastInteraction < b.c.g.lastInteraction ? -1 : a.c.g.lastInteraction > b.c.g.lastInteraction ? 1 : 0)
  || (a.c.g.person.id < b.c.g.person.id ? -1 : 1);

/** Reach out at `nowIso` from candidatesOf's list: who is due or owed and not snoozed, most pressing first, at most `limit`. */
export function reachOutAt(candidates: readonly Candidate[], nowIso: string, limit: number): ReachOut[] {
  if (limit <= 0) return [];
  const nowMs = Date.parse(nowIso);
  // Only the first `limit` (a single digit) are kept, in order, as the candidates go by.
  const top: Ranked[] = [];
  for (const c of candidates) {
    // Sorted by `from` (candidatesOf): from here on nobody is due yet or out of their snooze. Everyone before is
    // past any snooze, and owed or at or past due, so no other test is needed.
    if (c.from > nowIso) break;
    const r: Ranked = { c, score: scoreOf(c, nowIso, nowMs), status: statusAt(c.due, nowIso) };
    if (top.length === limit && before(r, top[top.length - 1] as Ranked) >= 0) continue;
    let i = top.length;
    while (i > 0 && before(r, top[i - 1] as Ranked) < 0) i--;
    top.splice(i, 0, r);
    if (top.length > limit) top.pop();
  }
  return top.map(({ c, score, status }) => {
    const item: ReachOut = { ...c.g, status, owed: c.owed, score };
    if (c.due) item.dueAt = c.due.dueAt;
    return item;
  });
}
