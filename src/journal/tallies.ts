// Counts kept beside the entries (the meta store, see schema.ts) so the page
// can show the balance, the weekly chart and the people you owe without
// reading every entry: one record for the whole journal, one per local day
// and one per handle. Every write applies its change to them in the same
// transaction; a first open after the upgrade, or in another time zone,
// counts everything again once.
import type { CountRecord, PersonTally, TalliesMarker, Tx } from './schema';
import type { Entry } from './types';
import { currentTimeZone, localDayOf } from './validate';

export const TOTAL_KEY = 'total';
export const TALLIES_KEY = 'tallies';
export const dayKey = (day: string) => `d:${day}`;
export const personKey = (personId: string) => `p:${personId}`;
/** All keys of a prefix ("d:", "p:", "dismissed:"). */
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

type RW = Tx<'readwrite'>;

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

/** Recounts everything from the entries (after the upgrade, or when the time zone changed). */
export async function rebuildTallies(tx: RW): Promise<void> {
  const meta = tx.objectStore('meta');
  const entries = await tx.objectStore('entries').getAll();
  const total: CountRecord = { key: TOTAL_KEY, gave: 0, received: 0 };
  const days = new Map<string, CountRecord>();
  const people = new Map<string, PersonTally>();
  for (const e of entries) {
    total[e.direction]++;
    const dk = dayKey(localDayOf(e.date));
    let d = days.get(dk);
    if (!d) days.set(dk, (d = { key: dk, gave: 0, received: 0 }));
    d[e.direction]++;
    const pk = personKey(e.personId);
    let p = people.get(pk);
    if (!p) people.set(pk, (p = { key: pk, gave: 0, received: 0 }));
    p[e.direction]++;
    if (e.direction === 'gave') p.lastGave = later(p.lastGave, e.date);
    else p.lastReceived = later(p.lastReceived, e.date);
  }
  await Promise.all([meta.delete(prefixRange('d:')), meta.delete(prefixRange('p:'))]);
  const writes: Promise<unknown>[] = [meta.put(total)];
  for (const d of days.values()) writes.push(meta.put(d));
  for (const p of people.values()) writes.push(meta.put(p));
  const marker: TalliesMarker = { key: TALLIES_KEY, timeZone: currentTimeZone() };
  writes.push(meta.put(marker));
  await Promise.all(writes);
}

/** True when the counts are complete and their days are this time zone's. */
export async function talliesCurrent(tx: Tx<IDBTransactionMode>): Promise<boolean> {
  const marker = (await tx.objectStore('meta').get(TALLIES_KEY)) as TalliesMarker | undefined;
  return marker?.timeZone === currentTimeZone();
}

/**
 * Applies a change (entries removed, entries added; an edit is both) to the
 * counts. A handle whose latest gave/received entry went away is recounted
 * from its own entries (after the change is written).
 */
export async function applyTallies(tx: RW, removed: readonly Entry[], added: readonly Entry[]): Promise<void> {
  if (removed.length === 0 && added.length === 0) return;
  const meta = tx.objectStore('meta');
  const total = { gave: 0, received: 0 };
  const days = new Map<string, { gave: number; received: number }>();
  const people = new Map<string, { gave: number; received: number; lastGave?: string; lastReceived?: string; recount: boolean }>();
  const step = (e: Entry, sign: 1 | -1) => {
    total[e.direction] += sign;
    const dk = dayKey(localDayOf(e.date));
    const d = days.get(dk) ?? { gave: 0, received: 0 };
    d[e.direction] += sign;
    days.set(dk, d);
    const pk = personKey(e.personId);
    const p = people.get(pk) ?? { gave: 0, received: 0, recount: false };
    p[e.direction] += sign;
    if (sign < 0) p.recount = true;
    else if (e.direction === 'gave') p.lastGave = later(p.lastGave, e.date);
    else p.lastReceived = later(p.lastReceived, e.date);
    people.set(pk, p);
  };
  for (const e of removed) step(e, -1);
  for (const e of added) step(e, 1);

  const writes: Promise<unknown>[] = [];
  const bump = async (key: string, delta: { gave: number; received: number }) => {
    const old = ((await meta.get(key)) as CountRecord | undefined) ?? { key, gave: 0, received: 0 };
    const next = { ...old, gave: Math.max(0, old.gave + delta.gave), received: Math.max(0, old.received + delta.received) };
    if (next.gave === 0 && next.received === 0 && key !== TOTAL_KEY) writes.push(meta.delete(key));
    else writes.push(meta.put(next));
  };
  const personIndex = tx.objectStore('entries').index('personId');
  const bumpPerson = async (key: string, delta: { gave: number; received: number; lastGave?: string; lastReceived?: string; recount: boolean }) => {
    const old = ((await meta.get(key)) as PersonTally | undefined) ?? { key, gave: 0, received: 0 };
    const next: PersonTally = { key, gave: Math.max(0, old.gave + delta.gave), received: Math.max(0, old.received + delta.received) };
    if (delta.recount) {
      // Removals may have taken the latest entry: ask the handle's own entries (already written).
      for (const e of await personIndex.getAll(key.slice(2))) {
        if (e.direction === 'gave') next.lastGave = later(next.lastGave, e.date);
        else next.lastReceived = later(next.lastReceived, e.date);
      }
    } else {
      const lg = later(old.lastGave, delta.lastGave), lr = later(old.lastReceived, delta.lastReceived);
      if (lg !== undefined) next.lastGave = lg;
      if (lr !== undefined) next.lastReceived = lr;
    }
    if (next.gave === 0 && next.received === 0) writes.push(meta.delete(key));
    else writes.push(meta.put(next));
  };
  await Promise.all([
    bump(TOTAL_KEY, total),
    ...[...days].map(([k, d]) => bump(k, d)),
    ...[...people].map(([k, p]) => bumpPerson(k, p)),
  ]);
  await Promise.all(writes);
}
