// Merge and split (people.ts), run inside real transactions on fake
// IndexedDB, found by mutation testing (issue 21): groups read from journals
// damaged before the rule (loops, chains, merges into nobody), the later
// snooze and the rhythm carried on merge and split, exact records (no field
// left as undefined), exact messages, and a merge or split that changes
// nothing writing nothing.
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, test } from 'vitest';
import { dismissPair, groupOf, mergeGroups, setGroupRhythm, snoozeGroup, splitHandle } from '../../../src/journal/people';
import { pairKey } from '../../../src/journal/queries';
import { ALL_STORES, type JournalDB, type Tx } from '../../../src/journal/schema';
import type { Person } from '../../../src/journal/types';
import { freshJournal } from './helpers';

const day = (d: number) => `2024-05-${String(d).padStart(2, '0')}T00:00:00.000Z`;
const person = (id: string, over: Partial<Person> = {}): Person => ({
  id, site: 'x', handle: id, displayName: id, firstSeen: day(1), lastInteraction: day(1), ...over,
});

let n = 0;
/** A journal (its real schema) holding exactly `people`, written as they are: no rule applied. */
async function world(...people: Person[]): Promise<IDBPDatabase<JournalDB>> {
  const name = `jmut-people-${n++}`;
  (await freshJournal(indexedDB, name)).close();
  const db = await openDB<JournalDB>(name);
  const tx = db.transaction('people', 'readwrite');
  await Promise.all(people.map((p) => tx.store.put(p)));
  await tx.done;
  return db;
}

/** Runs `f` in one read-write transaction; `puts` lists the ids (or keys) it wrote. */
async function run<T>(db: IDBPDatabase<JournalDB>, f: (tx: Tx<'readwrite'>) => Promise<T>): Promise<{ result: T; puts: string[] }> {
  const puts: string[] = [];
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const bound = <O extends object>(o: O, over: (k: string | symbol) => unknown) => new Proxy(o, {
    get(t, k) {
      const mine = over(k);
      if (mine !== undefined) return mine;
      const v: unknown = Reflect.get(t, k, t);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
  const counted = bound(tx, (k) => k === 'objectStore' ? (name: 'people' | 'meta') => {
    const store = tx.objectStore(name);
    return bound(store, (sk) => sk === 'put' ? (v: { id?: string; key?: string }) => { puts.push(v.id ?? v.key ?? '?'); return store.put(v as never); } : undefined);
  } : undefined);
  const result = await f(counted);
  await tx.done;
  return { result, puts };
}

const records = async (db: IDBPDatabase<JournalDB>) => (await db.getAll('people')).sort((a, b) => (a.id < b.id ? -1 : 1));
const ids = (g: { lead: Person; handles: Person[] } | null) => g && [g.lead.id, g.handles.map((h) => h.id)];

describe('groupOf reads any journal, damaged or not, showing each handle once', () => {
  test.each<[string, Person[], string, [string, string[]] | null]>([
    ['unknown', [person('a')], 'zz', null],
    ['a lone person', [person('a')], 'a', ['a', ['a']]],
    ['a merge into nobody', [person('a', { mergedInto: 'zz' })], 'a', ['a', ['a']]],
    ['a loop of one, from its lead', [person('a', { mergedInto: 'a' }), person('b', { mergedInto: 'a' })], 'a', ['a', ['a', 'b']]],
    ['a loop of two, from the smaller id', [person('a', { mergedInto: 'b' }), person('b', { mergedInto: 'a' })], 'a', ['a', ['a', 'b']]],
    ['a loop of two, from the larger id', [person('a', { mergedInto: 'b' }), person('b', { mergedInto: 'a' })], 'b', ['a', ['a', 'b']]],
    // The tail (a) has the smallest id, and the loop is not entered at its lead: b leads.
    ['a tail into a loop', [person('a', { mergedInto: 'b' }), person('b', { mergedInto: 'd' }), person('d', { mergedInto: 'c' }), person('c', { mergedInto: 'b', lastInteraction: day(3) })], 'a',
      ['b', ['b', 'c', 'a']]],
    ['a chain, from its start: the start is shown too', [person('a', { mergedInto: 'b' }), person('b', { mergedInto: 'c', lastInteraction: day(3) }), person('c')], 'a',
      ['c', ['c', 'b', 'a']]],
    ['the lead first, then the most recent', [person('l'), person('m1', { mergedInto: 'l' }), person('m2', { mergedInto: 'l', lastInteraction: day(9) }), person('m3', { mergedInto: 'l', lastInteraction: day(5) })], 'm1',
      ['l', ['l', 'm2', 'm3', 'm1']]],
  ])('%s', async (_n, people, from, expected) => {
    const db = await world(...people);
    expect(ids((await run(db, (tx) => groupOf(tx, from))).result)).toEqual(expected);
  });
});

describe('merge', () => {
  test.each([['zz', 'a'], ['a', 'zz']])('merging %s with %s: the unknown one is named, nothing is written', async (keep, other) => {
    const db = await world(person('a'));
    await expect(run(db, (tx) => mergeGroups(tx, keep, other))).rejects.toThrow('there is no person "zz"');
    expect(await records(db)).toStrictEqual([person('a')]);
  });

  test('two handles of one person already: nothing is written', async () => {
    const db = await world(person('a'), person('b', { mergedInto: 'a' }), person('c', { mergedInto: 'a' }));
    expect(await run(db, (tx) => mergeGroups(tx, 'b', 'c'))).toEqual({ result: 'a', puts: [] });
  });

  test.each<[string, string | undefined, string | undefined, string | undefined]>([
    ['neither snoozed: no snooze field at all', undefined, undefined, undefined],
    ['only the lead', day(20), undefined, day(20)],
    ['only the other: it moves to the lead', undefined, day(20), day(20)],
    ['both, the lead\'s later', day(21), day(20), day(21)],
    ['both, the other\'s later', day(20), day(21), day(21)],
  ])('the snooze on merge, %s', async (_n, keepSnooze, otherSnooze, expected) => {
    const snoozed = (s: string | undefined) => (s === undefined ? {} : { snoozedUntil: s });
    const db = await world(person('a', snoozed(keepSnooze)), person('b', snoozed(otherSnooze)), person('c', { mergedInto: 'b' }));
    expect((await run(db, (tx) => mergeGroups(tx, 'a', 'c'))).result).toBe('a');
    expect(await records(db)).toStrictEqual([person('a', snoozed(expected)), person('b', { mergedInto: 'a' }), person('c', { mergedInto: 'a' })]);
  });
});

describe('split', () => {
  const rhythm = { rhythm: 'weekly', rhythmSetAt: day(2) } as const;

  test('an unknown handle is named', async () => {
    const db = await world(person('a'));
    await expect(run(db, (tx) => splitHandle(tx, 'zz'))).rejects.toThrow('there is no person "zz"');
  });

  test('a handle on its own: nothing to split, nothing written', async () => {
    const db = await world(person('a', { snoozedUntil: day(20), ...rhythm }));
    expect((await run(db, (tx) => splitHandle(tx, 'a'))).puts).toEqual([]);
    expect(await records(db)).toStrictEqual([person('a', { snoozedUntil: day(20), ...rhythm })]);
  });

  test.each<[string, Partial<Person>, string, Person[]]>([
    ['a member leaves with the rhythm; the snooze stays', { snoozedUntil: day(20), ...rhythm }, 'b',
      [person('a', { snoozedUntil: day(20), ...rhythm }), person('b', { lastInteraction: day(5), ...rhythm }), person('c', { mergedInto: 'a', lastInteraction: day(3) })]],
    ['a member leaves a group with no rhythm: no rhythm fields', {}, 'c',
      [person('a'), person('b', { mergedInto: 'a', lastInteraction: day(5) }), person('c', { lastInteraction: day(3) })]],
    ['the lead leaves: the most recent leads, keeps the snooze; the rhythm goes to both', { snoozedUntil: day(20), ...rhythm }, 'a',
      [person('a', rhythm), person('b', { lastInteraction: day(5), snoozedUntil: day(20), ...rhythm }), person('c', { mergedInto: 'b', lastInteraction: day(3) })]],
    ['the lead leaves a group with no snooze or rhythm: no such fields', {}, 'a',
      [person('a'), person('b', { lastInteraction: day(5) }), person('c', { mergedInto: 'b', lastInteraction: day(3) })]],
  ])('%s', async (_n, lead, leaving, expected) => {
    const db = await world(person('a', lead), person('b', { mergedInto: 'a', lastInteraction: day(5) }), person('c', { mergedInto: 'a', lastInteraction: day(3) }));
    await run(db, (tx) => splitHandle(tx, leaving));
    expect(await records(db)).toStrictEqual(expected);
  });
});

describe('snooze, rhythm and dismissed pairs act on the group\'s lead', () => {
  const group = () => world(person('a', { snoozedUntil: day(20), rhythm: 'weekly', rhythmSetAt: day(2) }), person('b', { mergedInto: 'a' }));

  test.each<[string, (tx: Tx<'readwrite'>) => Promise<void>]>([
    ['snooze', (tx) => snoozeGroup(tx, 'zz', day(9))],
    ['rhythm', (tx) => setGroupRhythm(tx, 'zz', 'weekly', day(9))],
  ])('%s of an unknown handle: it is named', async (_n, f) => {
    const db = await group();
    await expect(run(db, f)).rejects.toThrow('there is no person "zz"');
  });

  test('snoozed through a member, then woken: no snooze field left', async () => {
    const db = await group();
    await run(db, (tx) => snoozeGroup(tx, 'b', day(25)));
    expect((await records(db))[0]).toStrictEqual(person('a', { snoozedUntil: day(25), rhythm: 'weekly', rhythmSetAt: day(2) }));
    await run(db, (tx) => snoozeGroup(tx, 'b', null));
    expect((await records(db))[0]).toStrictEqual(person('a', { rhythm: 'weekly', rhythmSetAt: day(2) }));
  });

  test('a rhythm set through a member, then cleared: neither field left', async () => {
    const db = await group();
    await run(db, (tx) => setGroupRhythm(tx, 'b', 'monthly', day(9)));
    expect((await records(db))[0]).toStrictEqual(person('a', { snoozedUntil: day(20), rhythm: 'monthly', rhythmSetAt: day(9) }));
    await run(db, (tx) => setGroupRhythm(tx, 'b', null, day(10)));
    expect((await records(db))[0]).toStrictEqual(person('a', { snoozedUntil: day(20) }));
  });

  test.each([
    ['through members, the pair of leads is kept', 'b', 'd', pairKey('a', 'c')],
    ['unknown handles are kept as given', 'zz', 'yy', pairKey('zz', 'yy')],
  ])('dismissed: %s', async (_n, x, y, key) => {
    const db = await world(person('a'), person('b', { mergedInto: 'a' }), person('c'), person('d', { mergedInto: 'c' }));
    await run(db, (tx) => dismissPair(tx, x, y));
    expect(await db.getAllKeys('meta')).toContain(key);
  });
});
