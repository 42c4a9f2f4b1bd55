// A journal merged on two devices stays whole: A merged into B on one, B into
// A on the other, then one's export imported into the other. The loop is
// resolved by the rule of groups.ts (the smallest id leads), the same on both
// devices, and the journal's export imports again.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { leadsOf, normalizeGroups } from '../../../src/journal/groups';
import type { Journal } from '../../../src/journal/store';
import type { NewEntry, Person } from '../../../src/journal/types';
import { freshJournal, snapshot } from './helpers';

const entry = (person: string, date: string, direction: NewEntry['direction']): NewEntry => ({ site: 'x', person, direction, kind: 'reply', date });

/** Two devices with the same journal: two entries each for `a` and `b` (4 in all). */
async function twoDevices(a: string, b: string): Promise<[Journal, Journal]> {
  const one = await freshJournal();
  await one.addEntry(entry(a, '2024-05-01T10:00:00Z', 'gave'));
  await one.addEntry(entry(a, '2024-05-02T10:00:00Z', 'received'));
  await one.addEntry(entry(b, '2024-05-03T10:00:00Z', 'gave'));
  await one.addEntry(entry(b, '2024-05-04T10:00:00Z', 'received'));
  const two = await freshJournal();
  await two.importJson(JSON.stringify(await one.exportJson()));
  return [one, two];
}

/** Every person points nowhere or straight at a lead that exists and points nowhere. */
function expectOneLevel(people: Person[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const p of people) {
    if (p.mergedInto === undefined) continue;
    expect(p.mergedInto).not.toBe(p.id);
    expect(byId.get(p.mergedInto)?.mergedInto).toBeUndefined();
  }
}

describe('merged both ways on two devices', () => {
  // [first handle, second handle, device one merges, device two merges, whose export is imported where]
  test.each([
    ['@ada', '@bob', 'ada into bob', 'bob into ada', 'one → two'],
    ['@ada', '@bob', 'ada into bob', 'bob into ada', 'two → one'],
    ['@bob', '@ada', 'bob into ada', 'ada into bob', 'one → two'],
    ['@bob', '@ada', 'bob into ada', 'ada into bob', 'two → one'],
  ] as const)('%s and %s: %s on one, %s on two, import %s: one person, led by the smaller id, 4 entries', async (a, b, _m1, _m2, way) => {
    const [one, two] = await twoDevices(a, b);
    const A = `x:${a}`, B = `x:${b}`;
    await one.mergePeople(B, A); // A into B
    await two.mergePeople(A, B); // B into A
    const [from, into] = way === 'one → two' ? [one, two] : [two, one];
    await into.importJson(JSON.stringify(await from.exportJson()));

    for (const id of [A, B]) {
      const detail = await into.personDetail(id);
      expect(detail?.person.id).toBe('x:@ada'); // the smaller id leads, whoever merged whom
      expect(detail?.handles.map((h) => h.id)).toEqual(['x:@ada', 'x:@bob']); // the lead once
      expect(detail?.entries).toHaveLength(4);
      expect(new Set(detail?.entries.map((e) => e.id)).size).toBe(4);
      expect((await into.listEntries({ personId: id })).total).toBe(4);
    }
    // One person with one balance (they helped last, so they are owed once).
    expect((await into.overview({ now: '2024-05-10T00:00:00Z' })).owed.map((g) => [g.person.id, g.gave, g.received])).toEqual([['x:@ada', 2, 2]]);
    const exported = await into.exportJson();
    expectOneLevel(exported.people);
    // The journal's own export imports, into a fresh journal and back into the other device: the same people there.
    const fresh = await freshJournal();
    await expect(fresh.importJson(JSON.stringify(exported))).resolves.toMatchObject({ added: 4 });
    expect(await snapshot(fresh)).toEqual(await snapshot(into));
    await from.importJson(JSON.stringify(exported));
    expect((await snapshot(from)).people).toEqual((await snapshot(into)).people);
  });
});

describe('the rule (groups.ts)', () => {
  const people = (links: Record<string, string | undefined>): Map<string, Person> =>
    new Map(Object.entries(links).map(([id, into]) => {
      const p: Person = { id, site: 'x', handle: id.slice(2), displayName: id, firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-01-01T00:00:00.000Z' };
      if (into !== undefined) p.mergedInto = into;
      return [id, p];
    }));
  test.each([
    ['nobody merged', { 'x:a': undefined, 'x:b': undefined }, { 'x:a': 'x:a', 'x:b': 'x:b' }],
    ['one level', { 'x:a': 'x:b', 'x:b': undefined }, { 'x:a': 'x:b', 'x:b': 'x:b' }],
    ['into themselves', { 'x:a': 'x:a', 'x:b': 'x:a' }, { 'x:a': 'x:a', 'x:b': 'x:a' }],
    ['a loop of two', { 'x:b': 'x:a', 'x:a': 'x:b' }, { 'x:a': 'x:a', 'x:b': 'x:a' }],
    ['a loop of three with a tail', { 'x:d': 'x:c', 'x:c': 'x:b', 'x:b': 'x:e', 'x:e': 'x:c' }, { 'x:b': 'x:b', 'x:c': 'x:b', 'x:d': 'x:b', 'x:e': 'x:b' }],
    ['a chain', { 'x:a': 'x:b', 'x:b': 'x:c', 'x:c': undefined }, { 'x:a': 'x:c', 'x:b': 'x:c', 'x:c': 'x:c' }],
    ['into someone missing', { 'x:a': 'x:gone', 'x:b': 'x:a' }, { 'x:a': 'x:a', 'x:b': 'x:a' }],
  ])('%s', (_name, links, expected) => {
    const byId = people(links);
    expect(Object.fromEntries([...leadsOf(byId)].sort())).toEqual(expected);
    for (const p of normalizeGroups(byId)) byId.set(p.id, p);
    expectOneLevel([...byId.values()]);
    expect(normalizeGroups(byId)).toEqual([]); // applied once, nothing more to change
  });

  test('a group\'s snooze is the latest of its handles, on the lead', () => {
    const byId = people({ 'x:a': 'x:b', 'x:b': 'x:a' });
    (byId.get('x:a') as Person).snoozedUntil = '2024-02-01T00:00:00.000Z';
    (byId.get('x:b') as Person).snoozedUntil = '2024-03-01T00:00:00.000Z';
    const changed = new Map(normalizeGroups(byId).map((p) => [p.id, p]));
    expect(changed.get('x:a')).toMatchObject({ snoozedUntil: '2024-03-01T00:00:00.000Z' });
    expect(changed.get('x:a')?.mergedInto).toBeUndefined();
    expect(changed.get('x:b')).toMatchObject({ mergedInto: 'x:a' });
    expect(changed.get('x:b')?.snoozedUntil).toBeUndefined();
  });
});

describe('a journal damaged before the rule', () => {
  test('reads each handle once, exports a file that imports, and is repaired by the next merge', async () => {
    const factory = new IDBFactory();
    const j = await freshJournal(factory, 'damaged');
    await j.addEntry(entry('@ada', '2024-05-01T10:00:00Z', 'gave'));
    await j.addEntry(entry('@bob', '2024-05-02T10:00:00Z', 'received'));
    await j.addEntry(entry('@cy', '2024-05-03T10:00:00Z', 'received'));
    // What the old import left behind: a lead merged into themselves.
    j.close();
    const direct = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('damaged');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = direct.transaction('people', 'readwrite');
      const store = tx.objectStore('people');
      const fix = (id: string, into: string) => {
        const get = store.get(id);
        get.onsuccess = () => store.put({ ...(get.result as Person), mergedInto: into });
      };
      fix('x:@ada', 'x:@ada');
      fix('x:@bob', 'x:@ada');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    direct.close();

    const again = await freshJournal(factory, 'damaged');
    const detail = await again.personDetail('x:@bob');
    expect(detail?.handles.map((h) => h.id)).toEqual(['x:@ada', 'x:@bob']);
    expect(detail?.entries).toHaveLength(2);
    const fresh = await freshJournal();
    await expect(fresh.importJson(JSON.stringify(await again.exportJson()))).resolves.toMatchObject({ added: 3 });
    await again.mergePeople('x:@cy', 'x:@bob');
    const people = await again.people();
    expectOneLevel(people);
    expect(people.map((p) => [p.id, p.mergedInto]).sort()).toEqual([['x:@ada', 'x:@cy'], ['x:@bob', 'x:@cy'], ['x:@cy', undefined]]);
  });
});
