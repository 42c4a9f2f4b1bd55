// Upgrading a journal written by the version-1 code (test/unit/journal/
// v1-database.ts builds one with that code) keeps every person and entry.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openJournal } from '../../../src/journal/store';
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
