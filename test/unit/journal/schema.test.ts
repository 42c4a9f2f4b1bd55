import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, openJournal, UPGRADES } from '../../../src/journal/store';
import { fixture, snapshot } from './helpers';

/** Opens the raw database and describes its stores and indexes. */
async function describeDb(factory: IDBFactory, name: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  const stores: Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> = {};
  for (const storeName of [...db.objectStoreNames]) {
    const store = tx.objectStore(storeName);
    const indexes: Record<string, unknown> = {};
    for (const i of [...store.indexNames]) indexes[i] = store.index(i).keyPath;
    stores[storeName] = { keyPath: store.keyPath, indexes };
  }
  const version = db.version;
  db.close();
  return { version, stores };
}

describe('schema', () => {
  test('version 2 has two upgrade steps', () => {
    expect(DB_VERSION).toBe(2);
    expect(UPGRADES).toHaveLength(DB_VERSION);
  });

  test('opening where there is no database (version 0) runs every step: stores, key paths, indexes', async () => {
    const factory = new IDBFactory();
    expect(await factory.databases()).toEqual([]);
    const j = await openJournal('fresh', factory);
    j.close();
    expect(await describeDb(factory, 'fresh')).toEqual({
      version: 2,
      stores: {
        entries: { keyPath: 'id', indexes: { date: 'date', direction: 'direction', personId: 'personId', site: 'site' } },
        meta: { keyPath: 'key', indexes: {} },
        people: { keyPath: 'id', indexes: { lastInteraction: 'lastInteraction', mergedInto: 'mergedInto', site: 'site' } },
      },
    });
  });

  test('reopening an existing database runs no step and keeps the data', async () => {
    const factory = new IDBFactory();
    const j = await openJournal('kept', factory);
    await j.importJson(fixture('small.json'));
    const before = await snapshot(j);
    j.close();
    const again = await openJournal('kept', factory);
    expect(await snapshot(again)).toEqual(before);
    again.close();
    expect((await describeDb(factory, 'kept')).version).toBe(2);
  });

  test('a first upgrade that was interrupted leaves nothing behind; the next open upgrades from 0', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('abandoned', 1);
      req.onupgradeneeded = () => req.transaction?.abort();
      req.onerror = () => resolve();
      req.onsuccess = () => reject(new Error('should have been aborted'));
    });
    const j = await openJournal('abandoned', factory);
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: '2024-01-01' });
    expect((await j.listEntries({})).total).toBe(1);
  });

  test('a database from a newer version of the extension is refused with a clear message', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const req = factory.open('future', DB_VERSION + 1);
      req.onsuccess = () => { req.result.close(); resolve(); };
    });
    await expect(openJournal('future', factory)).rejects.toThrow(/saved by a newer version of Communis/);
  });

  test('another context upgrading the database makes this one let go, then reopen', async () => {
    const factory = new IDBFactory();
    const j = await openJournal('shared', factory);
    await j.importJson(fixture('small.json'));
    // A newer version opening the same database: ours must close so it is not blocked.
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('shared', DB_VERSION + 1);
      req.onblocked = () => reject(new Error('blocked by the open journal'));
      req.onsuccess = () => { req.result.close(); resolve(); };
    });
    await expect(j.listEntries({})).rejects.toThrow(/newer version of Communis/);
  });
});
