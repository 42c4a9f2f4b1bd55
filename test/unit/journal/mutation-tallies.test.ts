// Edges of the counts kept beside the entries (tallies.ts), found by mutation
// testing (issue 21): day keys at local midnight, stale counts a rebuild
// removes (and the records it must keep), the "tallies current?" check, counts
// going to zero, the latest dates in either order, and an edit moving an entry
// to another day, person and direction. Dates are built from local clock times
// so the file holds in whatever zone the run has (no TZ change here).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { describe, expect, test } from 'vitest';
import { ALL_STORES, openDatabase, type JournalDB, type MetaRecord, type Tx } from '../../../src/journal/schema';
import { applyTallies, dayKey, rebuildTallies, talliesCurrent } from '../../../src/journal/tallies';
import type { Direction, Entry } from '../../../src/journal/types';
import { currentTimeZone, localDayOf } from '../../../src/journal/validate';

let dbCount = 0;
const freshDb = () => openDatabase(new IDBFactory(), `tallies-${dbCount++}`);
type Db = IDBPDatabase<JournalDB>;

/** A local clock time in March 2024 as an ISO string. */
const at = (day: number, h = 12, mi = 0, s = 0, ms = 0) => new Date(2024, 2, day, h, mi, s, ms).toISOString();
const dk = (iso: string) => dayKey(localDayOf(iso));
const entry = (id: string, personId: string, direction: Direction, date: string): Entry =>
  ({ id, personId, site: 'x', direction, kind: 'reply', note: '', date });

async function inTx<T>(db: Db, f: (tx: Tx<'readwrite'>) => Promise<T>): Promise<T> {
  const tx = db.transaction(ALL_STORES, 'readwrite') as unknown as Tx<'readwrite'>;
  const result = await f(tx);
  await tx.done;
  return result;
}
async function seed(db: Db, entries: Entry[], meta: MetaRecord[] = []): Promise<void> {
  await inTx(db, async (tx) => {
    await Promise.all([...entries.map((e) => tx.objectStore('entries').put(e)), ...meta.map((m) => tx.objectStore('meta').put(m))]);
  });
}
/** Writes a change the way the store does (entries first), then applies it to the counts. */
async function change(db: Db, removed: Entry[], added: Entry[]): Promise<void> {
  await inTx(db, async (tx) => {
    const entries = tx.objectStore('entries');
    for (const e of removed) await entries.delete(e.id);
    for (const e of added) await entries.put(e);
    await applyTallies(tx, removed, added);
  });
}
async function metaOf(db: Db): Promise<Record<string, MetaRecord>> {
  const all = await db.getAll('meta');
  return Object.fromEntries(all.map((m) => [m.key, m]));
}

describe('rebuildTallies', () => {
  // Ids sort a1 < a2 < …: ada's gave entries come latest-first, her received ones earliest-first.
  const entries = [
    entry('a1', 'x:@ada', 'gave', at(9)),
    entry('a2', 'x:@ada', 'gave', at(2)),
    entry('a3', 'x:@ada', 'received', at(5)),
    entry('a4', 'x:@ada', 'received', at(10)),
    entry('b1', 'x:@bob', 'received', at(9, 23, 59, 59, 999)),
    entry('b2', 'x:@bob', 'gave', at(10, 0)),
  ];

  test('counts every day, person and the total; drops stale day and person counts, keeps other records', async () => {
    const db = await freshDb();
    await seed(db, entries, [
      { key: 'total', gave: 40, received: 40 },
      { key: 'd:2020-01-01', gave: 5, received: 0 },
      { key: dk(at(9)), gave: 9, received: 9 },
      { key: 'p:x:@ghost', gave: 1, received: 1, lastGave: at(1) },
      { key: 'p:x:@ada', gave: 9, received: 9, lastGave: at(30) },
      { key: 'dismissed:x:@ada|x:@bob' },
    ]);
    await inTx(db, rebuildTallies);
    expect(await metaOf(db)).toStrictEqual({
      total: { key: 'total', gave: 3, received: 3 },
      [dk(at(2))]: { key: dk(at(2)), gave: 1, received: 0 },
      [dk(at(5))]: { key: dk(at(5)), gave: 0, received: 1 },
      // Bob's received at 23:59:59.999 is the 9th, his gave at midnight the 10th.
      [dk(at(9))]: { key: dk(at(9)), gave: 1, received: 1 },
      [dk(at(10))]: { key: dk(at(10)), gave: 1, received: 1 },
      'p:x:@ada': { key: 'p:x:@ada', gave: 2, received: 2, lastGave: at(9), lastReceived: at(10) },
      'p:x:@bob': { key: 'p:x:@bob', gave: 1, received: 1, lastGave: at(10, 0), lastReceived: at(9, 23, 59, 59, 999) },
      'dismissed:x:@ada|x:@bob': { key: 'dismissed:x:@ada|x:@bob' },
      tallies: { key: 'tallies', timeZone: currentTimeZone() },
    });
  });

  test('an empty journal keeps a zero total and no day or person counts', async () => {
    const db = await freshDb();
    await seed(db, [], [{ key: 'd:2024-03-01', gave: 1, received: 0 }, { key: 'p:x:@ada', gave: 1, received: 0 }]);
    await inTx(db, rebuildTallies);
    expect(await metaOf(db)).toStrictEqual({
      total: { key: 'total', gave: 0, received: 0 },
      tallies: { key: 'tallies', timeZone: currentTimeZone() },
    });
  });
});

describe('talliesCurrent', () => {
  test.each([
    ['no marker (before the first count)', [], false],
    ['a marker of another time zone', [{ key: 'tallies', timeZone: 'Mars/Olympus|0/0' }], false],
    ['a marker of this time zone', [{ key: 'tallies', timeZone: currentTimeZone() }], true],
  ] as [string, MetaRecord[], boolean][])('%s → %s', async (_, meta, expected) => {
    const db = await freshDb();
    await seed(db, [], meta);
    expect(await inTx(db, talliesCurrent)).toBe(expected);
  });

  test('true after a rebuild', async () => {
    const db = await freshDb();
    await inTx(db, rebuildTallies);
    expect(await inTx(db, talliesCurrent)).toBe(true);
  });
});

describe('applyTallies: additions', () => {
  test('an empty change writes nothing (not even a zero total)', async () => {
    const db = await freshDb();
    await change(db, [], []);
    expect(await metaOf(db)).toStrictEqual({});
  });

  test('several additions in one change: counts per day and person, the latest dates in either order', async () => {
    const db = await freshDb();
    await change(db, [], [
      entry('a1', 'x:@ada', 'gave', at(9)),
      entry('a2', 'x:@ada', 'gave', at(2)),
      entry('a3', 'x:@ada', 'received', at(5)),
      entry('a4', 'x:@ada', 'received', at(9, 23, 59, 59, 999)),
      entry('c1', 'x:@cy', 'received', at(10, 0)),
      entry('d1', 'x:@di', 'gave', at(10, 0)),
    ]);
    expect(await metaOf(db)).toStrictEqual({
      total: { key: 'total', gave: 3, received: 3 },
      [dk(at(2))]: { key: dk(at(2)), gave: 1, received: 0 },
      [dk(at(5))]: { key: dk(at(5)), gave: 0, received: 1 },
      [dk(at(9))]: { key: dk(at(9)), gave: 1, received: 1 },
      [dk(at(10))]: { key: dk(at(10)), gave: 1, received: 1 },
      'p:x:@ada': { key: 'p:x:@ada', gave: 2, received: 2, lastGave: at(9), lastReceived: at(9, 23, 59, 59, 999) },
      // A handle with entries in one direction only has no date for the other (not even an undefined one).
      'p:x:@cy': { key: 'p:x:@cy', gave: 0, received: 1, lastReceived: at(10, 0) },
      'p:x:@di': { key: 'p:x:@di', gave: 1, received: 0, lastGave: at(10, 0) },
    });
  });

  // An addition trusts the stored tally (it reads no entries): here the stored
  // dates are not among the entries, so a recount would show.
  test.each([
    ['a later addition moves the date on', { lastGave: at(5) }, entry('n', 'x:@ada', 'gave', at(20)), { gave: 2, received: 0, lastGave: at(20) }],
    ['an earlier addition leaves it', { lastGave: at(20) }, entry('n', 'x:@ada', 'gave', at(5)), { gave: 2, received: 0, lastGave: at(20) }],
    ['an addition the other way keeps the gave date', { lastGave: at(20) }, entry('n', 'x:@ada', 'received', at(5)), { gave: 1, received: 1, lastGave: at(20), lastReceived: at(5) }],
    ['an addition keeps the received date', { lastReceived: at(20) }, entry('n', 'x:@ada', 'gave', at(5)), { gave: 1, received: 1, lastGave: at(5), lastReceived: at(20) }],
  ] as [string, { lastGave?: string; lastReceived?: string }, Entry, object][])('%s', async (_, stored, added, expected) => {
    const db = await freshDb();
    const old = { gave: stored.lastGave ? 1 : 0, received: stored.lastReceived ? 1 : 0 };
    await seed(db, [], [{ key: 'p:x:@ada', ...old, ...stored }]);
    await change(db, [], [added]);
    expect((await metaOf(db))['p:x:@ada']).toStrictEqual({ key: 'p:x:@ada', ...expected });
  });
});

describe('applyTallies: removals and edits', () => {
  const ada = [
    entry('g1', 'x:@ada', 'gave', at(1)),
    entry('g2', 'x:@ada', 'gave', at(9)),
    entry('r1', 'x:@ada', 'received', at(12)),
    entry('r2', 'x:@ada', 'received', at(4)),
  ];
  async function rebuilt(entries: Entry[]): Promise<Db> {
    const db = await freshDb();
    await seed(db, entries);
    await inTx(db, rebuildTallies);
    return db;
  }

  test('removing the latest gave entry recounts the dates from what is left', async () => {
    const db = await rebuilt(ada);
    await change(db, [ada[1]!], []);
    const meta = await metaOf(db);
    expect(meta['p:x:@ada']).toStrictEqual({ key: 'p:x:@ada', gave: 1, received: 2, lastGave: at(1), lastReceived: at(12) });
    expect(meta[dk(at(9))]).toBeUndefined();
    expect(meta.total).toStrictEqual({ key: 'total', gave: 1, received: 2 });
  });

  test('removing the latest received entry recounts it too', async () => {
    const db = await rebuilt(ada);
    await change(db, [ada[2]!], []);
    expect((await metaOf(db))['p:x:@ada']).toStrictEqual({ key: 'p:x:@ada', gave: 2, received: 1, lastGave: at(9), lastReceived: at(4) });
  });

  test('removing the only entry: day and person records go, the total stays at zero', async () => {
    const only = entry('o', 'x:@bob', 'received', at(15, 0));
    const db = await rebuilt([only]);
    await change(db, [only], []);
    expect(await metaOf(db)).toStrictEqual({
      total: { key: 'total', gave: 0, received: 0 },
      tallies: { key: 'tallies', timeZone: currentTimeZone() },
    });
  });

  test('an edit moving an entry to another day, person and direction moves every count', async () => {
    const moved = entry('m', 'x:@bob', 'gave', at(14, 23, 59, 59, 999));
    const db = await rebuilt([...ada, moved]);
    const edited = { ...moved, personId: 'x:@cy', direction: 'received' as const, date: at(15, 0) };
    await change(db, [moved], [edited]);
    const meta = await metaOf(db);
    expect(meta[dk(moved.date)]).toBeUndefined();
    expect(meta[dk(edited.date)]).toStrictEqual({ key: dk(edited.date), gave: 0, received: 1 });
    expect(meta['p:x:@bob']).toBeUndefined();
    expect(meta['p:x:@cy']).toStrictEqual({ key: 'p:x:@cy', gave: 0, received: 1, lastReceived: at(15, 0) });
    expect(meta['p:x:@ada']).toStrictEqual({ key: 'p:x:@ada', gave: 2, received: 2, lastGave: at(9), lastReceived: at(12) });
    expect(meta.total).toStrictEqual({ key: 'total', gave: 2, received: 3 });
  });

  test('an edit within one day and person keeps the day count and moves the dates back', async () => {
    const db = await rebuilt(ada);
    const edited = { ...ada[1]!, date: at(9, 0) };
    await change(db, [ada[1]!], [edited]);
    const meta = await metaOf(db);
    expect(meta[dk(at(9))]).toStrictEqual({ key: dk(at(9)), gave: 1, received: 0 });
    expect(meta['p:x:@ada']).toStrictEqual({ key: 'p:x:@ada', gave: 2, received: 2, lastGave: at(9, 0), lastReceived: at(12) });
  });
});
