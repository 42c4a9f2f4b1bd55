// The journal's summaries: the page's overview in one call (from the kept
// counts, never every entry), balances, the weekly chart, the people you
// owe or are losing touch with, and the counts for the badge and digest.
import type { JournalApi } from './api';
import { bad, blank, checkCount, checkNow, isObject } from './checks';
import {
  balanceFromDay, balanceFromDays, balanceFromTime, groupsOf, helpedNoReply, loadGroups, losingTouchOf, owedOf, suggestionsOf, totalOf,
  waitingCount, weeklyFrom, weeklyOf,
} from './queries';
import type { Session } from './session';
import type { Balance, Overview, PersonBalance, WeekBalance } from './types';
import { describeType, localMondayOf, rangeStart } from './validate';

type Summaries = Pick<JournalApi, 'overview' | 'balance' | 'weekly' | 'owed' | 'losingTouch' | 'reminders'>;

export function summaries(s: Session): Summaries {
  return {
    async overview(opts: unknown): Promise<Overview> {
      const o = isObject(opts) ? opts : {};
      const nowIso = checkNow(o.now);
      const weeks = checkCount(blank(o.weeks) ? undefined : o.weeks, 'weeks', 12, 520);
      const limit = checkCount(blank(o.limit) ? undefined : o.limit, 'limit', 5);
      const given = o.losingTouchDays;
      if (!blank(given) && (typeof given !== 'number' || !Number.isFinite(given) || given < 0)) bad(`losingTouchDays must be a number of days (got ${describeType(given)})`);
      const days = blank(given) ? ((await s.options.losingTouchDays?.().catch(() => undefined)) ?? 30) : (given as number);
      return s.inTx('readonly', async (tx) => {
        const kept = await s.summaryIn(tx);
        const groups = (kept.groups ??= groupsOf(kept.people, kept.tallies));
        const suggestions = (kept.suggestions ??= new Map());
        if (!suggestions.has(limit)) suggestions.set(limit, suggestionsOf(groups, kept.dismissed, limit));
        return {
          overall: { ...kept.total },
          week: balanceFromDays(kept.days, localMondayOf(nowIso)),
          weekly: weeklyFrom(kept.total, kept.days, weeks, nowIso),
          owed: owedOf(groups.values(), limit, nowIso),
          losingTouch: losingTouchOf(groups.values(), days, limit, nowIso),
          suggestions: suggestions.get(limit) ?? [],
          waiting: waitingCount(groups, days, nowIso),
          losingTouchDays: days,
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

    async losingTouch(days: number, limit: number, now?: string): Promise<PersonBalance[]> {
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) bad(`days must be a number of days (got ${describeType(days)})`);
      const max = checkCount(limit, 'limit');
      const nowIso = checkNow(now);
      if (max === 0) return [];
      return s.inTx('readonly', async (tx) => losingTouchOf((await loadGroups(tx)).values(), days, max, nowIso));
    },

    async reminders(days: number, now?: string) {
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) bad(`days must be a number of days (got ${describeType(days)})`);
      const nowIso = checkNow(now);
      return s.inTx('readonly', async (tx) => {
        const groups = await loadGroups(tx);
        return {
          waiting: waitingCount(groups, days, nowIso),
          helpedNoReply: helpedNoReply(groups, nowIso),
          losingTouch: losingTouchOf(groups.values(), days, Infinity, nowIso).length,
        };
      });
    },
  };
}
