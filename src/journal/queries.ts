// Read-side answers built from the counts (tallies.ts) and the people, never
// from all entries: balances, the weekly chart with its running balance,
// people you owe or are losing touch with (per person, merged handles
// together) and merge suggestions. Reach out and the badge: rhythm.ts.
import { leadsOf } from './groups';
import type { CountRecord, PersonTally, Tx } from './schema';
import { dayKey, personKey, prefixRange, TOTAL_KEY } from './tallies';
import type { Balance, MergeSuggestion, Person, PersonBalance, WeekBalance } from './types';
import { addDays, localMondayOf } from './validate';

const DAY_MS = 86_400_000;
type AnyTx = Tx<IDBTransactionMode>;

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/** Whole days from calendar day a to b (YYYY-MM-DD). */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Every person (a lead handle and the handles merged into it) with their summed counts, by lead id. */
export async function loadGroups(tx: AnyTx): Promise<Map<string, PersonBalance>> {
  const [people, tallies] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('meta').getAll(prefixRange('p:')) as Promise<PersonTally[]>,
  ]);
  return groupsOf(people, tallies);
}

export function groupsOf(people: Person[], tallies: PersonTally[]): Map<string, PersonBalance> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const tally = new Map(tallies.map((t) => [t.key, t]));
  const groups = new Map<string, PersonBalance>();
  // Chains and loops (a journal from before the rule) read by the rule of groups.ts.
  const leads = leadsOf(byId);
  const leadOf = (p: Person) => leads.get(p.id) ?? p.id;
  for (const p of people) {
    if (leadOf(p) !== p.id) continue;
    groups.set(p.id, { person: p, handles: [p], gave: 0, received: 0, lastInteraction: p.lastInteraction });
  }
  for (const p of people) {
    const g = groups.get(leadOf(p));
    if (!g) continue;
    if (g.person !== p) g.handles.push(p);
    g.lastInteraction = later(g.lastInteraction, p.lastInteraction) as string;
    const t = tally.get(personKey(p.id));
    if (!t) continue;
    g.gave += t.gave;
    g.received += t.received;
    const lg = later(g.lastGave, t.lastGave), lr = later(g.lastReceived, t.lastReceived);
    if (lg !== undefined) g.lastGave = lg;
    if (lr !== undefined) g.lastReceived = lr;
  }
  return groups;
}

const snoozed = (g: PersonBalance, nowIso: string) => g.person.snoozedUntil !== undefined && g.person.snoozedUntil > nowIso;

export const isOwed = (b: PersonBalance) =>
  b.received > b.gave || (b.lastReceived !== undefined && (b.lastGave === undefined || b.lastReceived > b.lastGave));

/** People who helped you more recently or more often than you helped them; most owed first. Snoozed people wait. */
export function owedOf(groups: Iterable<PersonBalance>, limit: number, nowIso: string): PersonBalance[] {
  const list = [...groups].filter((g) => isOwed(g) && !snoozed(g, nowIso));
  list.sort((a, b) =>
    (b.received - b.gave) - (a.received - a.gave)
    || ((b.lastReceived ?? '') > (a.lastReceived ?? '') ? 1 : (b.lastReceived ?? '') < (a.lastReceived ?? '') ? -1 : 0)
    || (a.person.id < b.person.id ? -1 : 1));
  return list.slice(0, limit);
}

export async function totalOf(tx: AnyTx): Promise<Balance> {
  const t = (await tx.objectStore('meta').get(TOTAL_KEY)) as CountRecord | undefined;
  return { gave: t?.gave ?? 0, received: t?.received ?? 0 };
}

/** Counts from a local calendar day (inclusive) onwards, from the day tallies. */
export async function balanceFromDay(tx: AnyTx, day: string): Promise<Balance> {
  const days = (await tx.objectStore('meta').getAll(IDBKeyRange.bound(dayKey(day), 'd:\uffff'))) as CountRecord[];
  const b: Balance = { gave: 0, received: 0 };
  for (const d of days) { b.gave += d.gave; b.received += d.received; }
  return b;
}

/** Counts from an exact moment onwards (through the date index). */
export async function balanceFromTime(tx: AnyTx, fromIso: string): Promise<Balance> {
  const b: Balance = { gave: 0, received: 0 };
  for (const e of await tx.objectStore('entries').index('date').getAll(IDBKeyRange.lowerBound(fromIso))) b[e.direction]++;
  return b;
}

/** The last `n` local weeks (Monday to Sunday), oldest first, ending with the week of `nowIso`, with the running balance. */
export async function weeklyOf(tx: AnyTx, n: number, nowIso: string): Promise<WeekBalance[]> {
  const first = addDays(localMondayOf(nowIso), -(n - 1) * 7);
  const [total, days] = await Promise.all([
    totalOf(tx),
    tx.objectStore('meta').getAll(IDBKeyRange.bound(dayKey(first), 'd:\uffff')) as Promise<CountRecord[]>,
  ]);
  return weeklyFrom(total, days, n, nowIso);
}

/** Counts from a local calendar day (inclusive) on, from day counts in memory. */
export function balanceFromDays(days: readonly CountRecord[], day: string): Balance {
  const from = dayKey(day);
  const b: Balance = { gave: 0, received: 0 };
  for (const d of days) if (d.key >= from) { b.gave += d.gave; b.received += d.received; }
  return b;
}

/** weeklyOf from the total and day counts in memory (days before the window are ignored). */
export function weeklyFrom(total: Balance, allDays: readonly CountRecord[], n: number, nowIso: string): WeekBalance[] {
  const thisMonday = localMondayOf(nowIso);
  const first = addDays(thisMonday, -(n - 1) * 7);
  const out: WeekBalance[] = [];
  for (let i = 0; i < n; i++) out.push({ week: addDays(first, i * 7), gave: 0, received: 0, running: 0 });
  const from = dayKey(first);
  // Everything before the first week: the total minus all days from it on (later days included).
  let before = total.gave - total.received;
  for (const d of allDays) {
    if (d.key < from) continue;
    before -= d.gave - d.received;
    const bucket = out[Math.floor(daysBetween(first, d.key.slice(2)) / 7)];
    if (bucket) { bucket.gave += d.gave; bucket.received += d.received; }
  }
  let running = before;
  for (const w of out) {
    running += w.gave - w.received;
    w.running = running;
  }
  return out;
}

export async function dismissedPairs(tx: AnyTx): Promise<Set<string>> {
  return new Set((await tx.objectStore('meta').getAllKeys(prefixRange('dismissed:'))).map(String));
}

export const pairKey = (a: string, b: string) => `dismissed:${a < b ? `${a}|${b}` : `${b}|${a}`}`;

/** A name reduced for comparison: no accents, case, spaces or punctuation ("Grace Hopper" → "gracehopper"). */
export function nameKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Likely merges: two people with the same name, or a handle that spells the
 * other's name (@gracehopper and "Grace Hopper"). Only suggestions: the
 * user accepts or dismisses each; a dismissed pair is not suggested again.
 */
export function suggestionsOf(groups: Map<string, PersonBalance>, dismissed: Set<string>, limit: number): MergeSuggestion[] {
  const byName = new Map<string, PersonBalance[]>();
  const byHandle = new Map<string, PersonBalance[]>();
  const add = (map: Map<string, PersonBalance[]>, key: string, g: PersonBalance) => {
    if (key.length < 4) return; // "al", "@jo": too short to mean anything
    const list = map.get(key);
    if (!list) map.set(key, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  for (const g of groups.values()) {
    for (const h of g.handles) {
      add(byName, nameKey(h.displayName), g);
      if (h.site === 'x') add(byHandle, nameKey(h.handle), g);
    }
  }
  const out: MergeSuggestion[] = [];
  const seen = new Set<string>();
  const consider = (a: PersonBalance, b: PersonBalance, reason: string) => {
    if (a === b) return;
    const key = pairKey(a.person.id, b.person.id);
    if (seen.has(key) || dismissed.has(key)) return;
    seen.add(key);
    const [first, second] = a.lastInteraction >= b.lastInteraction ? [a, b] : [b, a];
    out.push({ a: first, b: second, reason });
  };
  for (const list of byName.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(list[i] as PersonBalance, list[j] as PersonBalance, 'same name');
  }
  for (const [key, handles] of byHandle) {
    for (const named of byName.get(key) ?? []) for (const h of handles) consider(h, named, 'the handle matches the name');
  }
  out.sort((x, y) => (y.a.lastInteraction > x.a.lastInteraction ? 1 : y.a.lastInteraction < x.a.lastInteraction ? -1 : 0));
  return out.slice(0, limit);
}

