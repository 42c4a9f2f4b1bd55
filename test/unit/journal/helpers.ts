// Shared by the journal tests: a fresh fake IndexedDB per journal, fixtures,
// and exports compared without their timestamp.
import 'fake-indexeddb/auto';

// The journal tests spell their days in UTC; timezones.test.ts sets other zones itself.
process.env.TZ = 'UTC';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openJournal, type Journal } from '../../../src/journal/store';
import type { JournalExport } from '../../../src/journal/types';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/journal');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const brokenFixtures = () => readdirSync(join(FIXTURES, 'broken')).filter((f) => f.endsWith('.json')).sort();

/** A journal on its own brand-new fake IndexedDB. */
export async function freshJournal(factory = new IDBFactory(), name = 'test-journal'): Promise<Journal> {
  return openJournal(name, factory);
}

/** The export without exportedAt, for comparing states of the journal. */
export async function snapshot(j: Journal): Promise<Omit<JournalExport, 'exportedAt'>> {
  const { exportedAt: _at, ...rest } = await j.exportJson();
  return rest;
}
