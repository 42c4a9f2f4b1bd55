// The journal's summaries: the page's overview in one call (from the kept
// counts, never every entry), balances, the weekly chart, the people you
// owe or are losing touch with, and Reach out for the page, the badge and
// the digest (rhythm.ts: prepared once per change of the journal, then only
// compared with the time).
import type { JournalApi } from './api';
import { bad, blank, checkCount, checkNow, isObject } from './checks';
import {
  balanceFromDay, balanceFromDays, balanceFromTime, groupsOf, owedOf, suggestionsOf, totalOf, weeklyFrom, weeklyOf, loadGroups,
} from './queries';
import { candidatesOf, REACH_OUT_DEFAULT, REACH_OUT_MAX, reachOutAt, suggestRhythm } from './rhythm';
import type { Tx } from './schema';
import type { Session, Summary } from './session';
import type { Balance, Overview, PersonBalance, ReachOut, WeekBalance } from './types';
import { describeType, localMondayOf, rangeStart } from './validate';

type Summaries = Pick<JournalApi, 'overview' | 'balance' | 'weekly' | 'owed' | 'reminders'>;

const groupsIn = (kept: Summary) => (kept.groups ??= groupsOf(kept.people, kept.tallies));

/** Reach out at `nowIso`, with a suggested rhythm for those who have none set (read from their own entries, once per summary). */
async function reachOutIn(tx: Tx<IDBTransactionMode>, kept: Summary, nowIso: string, limit: number): Promise<ReachOut[]> {
  const candidates = (kept.candidates ??= candidatesOf(groupsIn(kept).values()));
  const list = reachOutAt(candidates, nowIso, limit);
  const index = tx.objectStore('entries').index('personId');
  const suggested = (kept.suggestedRhythms ??= new Map());
  await Promise.all(list.map(async (item) => {
    if (item.person.rhythm !== undefined) return;
    if (!suggested.has(item.person.id)) {
      const dates = (await Promise.all(item.handles.map((h) => index.getAll(h.id)))).flat().map((e) => e.date);
      suggested.set(item.person.id, suggestRhythm(dates));
    }
    item.suggested = suggested.get(item.person.id) ?? null;
  }));
  return list;
}

export function summaries(s: Session): Summaries {
  /** The caller's Reach out size, or the user's setting (the background's), or 5; at most 9. */
  const reachOutLimit = async (given: unknown): Promise<number> => {
    if (!blank(given)) return checkCount(given, 'reachOutLimit', undefined, REACH_OUT_MAX);
    const n = await s.options.reachOutLimit?.().catch(() => undefined);
    return n !== undefined && Number.isInteger(n) && n >= 0 ? Math.min(n, REACH_OUT_MAX) : REACH_OUT_DEFAULT;
  };

  return {
    async overview(opts: unknown): Promise<Overview> {
      const o = isObject(opts) ? opts : {};
      const nowIso = checkNow(o.now);
      const weeks = checkCount(blank(o.weeks) ? undefined : o.weeks, 'weeks', 12, 520);
      const limit = checkCount(blank(o.limit) ? undefined : o.limit, 'limit', 5);
      const max = await reachOutLimit(o.reachOutLimit);
      return s.inTx('readonly', async (tx) => {
        const kept = await s.summaryIn(tx);
        const groups = groupsIn(kept);
        const suggestions = (kept.suggestions ??= new Map());
        if (!suggestions.has(limit)) suggestions.set(limit, suggestionsOf(groups, kept.dismissed, limit));
        const reachOut = await reachOutIn(tx, kept, nowIso, max);
        return {
          overall: { ...kept.total },
          week: balanceFromDays(kept.days, localMondayOf(nowIso)),
          weekly: weeklyFrom(kept.total, kept.days, weeks, nowIso),
          owed: owedOf(groups.values(), limit, nowIso),
          reachOut,
          suggestions: suggestions.get(limit) ?? [],
          waiting: reachOut.length,
          reachOutLimit: max,
        };
      });
    },

    async balance(from?: string): Promise<Balance> {
      if (blank(from)) return s.inTx('readonly', totalOf);
      if (typeof from !== 'string') return bad(`from is not a valid date (got ${describeType(from)})`);
      const start = rangeStart(from) ?? bad(`from is not a valid date (got ${describeType(from)})`);
      // A calendar day: from the day counts; an exact moment: through the date index.
      if (/^\d{4}-\d{2}-\d{2}$/.test(from)) return s.inTx('readonly', (tx) => balanceFromDay(tx, from));
      return s.inTx('readonly', (tx) => balanceFromTime(tx, start));
    },

    async weekly(weeks: number, now?: string): Promise<WeekBalance[]> {
      const n = checkCount(weeks, 'weeks', undefined, 520);
      const nowIso = checkNow(now);
      if (n === 0) return [];
      return s.inTx('readonly', (tx) => weeklyOf(tx, n, nowIso));
    },

    async owed(limit: number, now?: string): Promise<PersonBalance[]> {
      const max = checkCount(limit, 'limit');
      const nowIso = checkNow(now);
      return s.inTx('readonly', async (tx) => owedOf((await loadGroups(tx)).values(), max, nowIso));
    },

    async reminders(now?: string, limit?: number) {
      const nowIso = checkNow(now);
      const max = await reachOutLimit(limit);
      return s.inTx('readonly', async (tx) => {
        const reachOut = await reachOutIn(tx, await s.summaryIn(tx), nowIso, max);
        return { waiting: reachOut.length, reachOut };
      });
    },
  };
}
