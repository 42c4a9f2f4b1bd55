// Upgrading a journal written by the version-1 code (test/unit/journal/
// v1-database.ts builds one with that code) keeps every person and entry.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { lazyOpener, openJournal } from '../../../src/journal/store';
import type { JournalExport } from '../../../src/journal/types';
import { fixture } from './helpers';
import { buildV1Database, type V1Entry, type V1Person } from './v1-database';

const V1_FILE = JSON.parse(fixture('v1-export.json')) as { people: V1Person[]; entries: V1Entry[] };

describe('a database written by schema version 1', () => {
  test('opens with every person and entry', async () => {
    const factory = new IDBFactory();
    await buildV1Database(factory, 'old', V1_FILE);
    const j = await openJournal('old', factory);
    const out: JournalExport = await j.exportJson();
    expect(out.entries.map((e) => e.id).sort()).toEqual(V1_FILE.entries.map((e) => e.id).sort());
    expect(out.people.map((p) => p.id).sort()).toEqual(V1_FILE.people.map((p) => p.id).sort());
    expect((await j.listEntries({})).total).toBe(V1_FILE.entries.length);
    j.close();
  });
});

describe('the upgrade to version 2 (merges and kept counts)', () => {
  test('counts everything once: the balance, weeks and people match the entries', async () => {
    const factory = new IDBFactory();
    await buildV1Database(factory, 'old', V1_FILE);
    const j = await openJournal('old', factory);
    const gave = V1_FILE.entries.filter((e) => e.direction === 'gave').length;
    const o = await j.overview({ now: '2026-04-02T12:00:00Z', weeks: 12, reachOutLimit: 5 });
    expect(o.overall).toEqual({ gave, received: V1_FILE.entries.length - gave });
    expect(o.weekly.reduce((n, w) => n + w.gave + w.received, 0)).toBe(V1_FILE.entries.filter((e) => e.date >= '2026-01-12').length);
    expect(o.weekly.at(-1)?.running).toBe(gave - (V1_FILE.entries.length - gave));
    // Grace on three sites is suggested as one person, and can be merged.
    expect(o.suggestions.map((s) => [s.a.person.id, s.b.person.id].sort().join(' + '))).toContain('linkedin:grace hopper + x:@grace');
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    expect((await j.personDetail('linkedin:grace hopper'))?.entries).toHaveLength(2);
    // Writes after the upgrade keep the counts right.
    await j.addEntry({ site: 'x', person: '@ada', direction: 'received', kind: 'thanks', date: '2026-04-01T09:00:00Z' });
    expect((await j.balance()).received).toBe(V1_FILE.entries.length - gave + 1);
    j.close();
  });

  test('reopening an upgraded database counts nothing again and keeps merges', async () => {
    const factory = new IDBFactory();
    await buildV1Database(factory, 'old', V1_FILE);
    const j = await openJournal('old', factory);
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    const before = await j.exportJson();
    j.close();
    const again = await openJournal('old', factory);
    expect({ ...(await again.exportJson()), exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
    again.close();
  });
});

describe('opening the database', () => {
  test('a blocked upgrade (an old connection elsewhere does not let go) fails clearly, and a later open succeeds', async () => {
    const factory = new IDBFactory();
    await buildV1Database(factory, 'held', V1_FILE);
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open('held', 1);
      req.onsuccess = () => resolve(req.result);
    });
    await expect(openJournal('held', factory, { blockedTimeoutMs: 50 })).rejects.toThrow(/another Communis page still has it open/);
    old.close();
    const j = await openJournal('held', factory, { blockedTimeoutMs: 50 });
    expect((await j.listEntries({})).total).toBe(V1_FILE.entries.length);
    j.close();
  });

  test('a failed open is not kept: the next call opens again', async () => {
    let calls = 0;
    const open = lazyOpener(async () => {
      calls++;
      if (calls === 1) throw new Error('disk busy');
      return 'journal';
    });
    await expect(open()).rejects.toThrow('disk busy');
    await expect(open()).resolves.toBe('journal');
    await expect(open()).resolves.toBe('journal');
    expect(calls).toBe(2);
  });
});
