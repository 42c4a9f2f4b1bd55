// Builds a journal database exactly as Communis wrote it at schema version 1
// (before people could be merged): the version-1 upgrade step copied here
// verbatim from src/journal/store.ts as it was, plus raw record writes. The
// upgrade tests open such a database with today's code. Never edit this to
// follow the current schema: it is a picture of the past.
import type { IDBFactory } from 'fake-indexeddb';

export interface V1Person {
  id: string;
  site: string;
  handle: string;
  displayName: string;
  firstSeen: string;
  lastInteraction: string;
}

export interface V1Entry {
  id: string;
  personId: string;
  site: string;
  direction: 'gave' | 'received';
  kind: string;
  note: string;
  link?: string;
  date: string;
}

/** The version-1 upgrade step (0 → 1), as shipped. */
function upgradeV1(db: IDBDatabase): void {
  const people = db.createObjectStore('people', { keyPath: 'id' });
  people.createIndex('site', 'site');
  people.createIndex('lastInteraction', 'lastInteraction');
  const entries = db.createObjectStore('entries', { keyPath: 'id' });
  entries.createIndex('personId', 'personId');
  entries.createIndex('site', 'site');
  entries.createIndex('date', 'date');
  entries.createIndex('direction', 'direction');
}

/** Creates database `name` at version 1 holding these records (as the v1 store wrote them). */
export async function buildV1Database(factory: IDBFactory, name: string, data: { people: V1Person[]; entries: V1Entry[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(name, 1);
    req.onupgradeneeded = () => upgradeV1(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['people', 'entries'], 'readwrite');
    for (const p of data.people) tx.objectStore('people').put(p);
    for (const e of data.entries) tx.objectStore('entries').put(e);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
