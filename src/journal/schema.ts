// The journal's IndexedDB schema and its versioned upgrades.
//
//   people  (keyPath id = `${site}:${handle lower-cased}`; indexes site, lastInteraction, mergedInto)
//   entries (keyPath id, a random UUID; indexes personId, site, date, direction)
//   meta    (keyPath key; since version 2) counts kept up to date on every
//           write, so the page never reads all entries to draw its summary:
//           "total", "d:YYYY-MM-DD" per local day, "p:<personId>" per
//           handle, "tallies" (which time zone the days were counted in),
//           and "dismissed:<id>|<id>" for merge suggestions the user turned down.
// Dates are stored in one canonical form (UTC ISO with milliseconds, from
// Date#toISOString), so string order is time order and the date index sorts.
//
// UPGRADES[n] upgrades a database at version n to n + 1, and opening runs
// every step from the database's old version up. To change the schema,
// append a step (never edit an old one).
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { SiteId } from '../settings/sites';
import type { Direction, Entry, Person } from './types';

/** Counts of one local day, or of the whole journal ("total"). */
export interface CountRecord {
  key: string;
  gave: number;
  received: number;
}
/** Counts of one handle ("p:<personId>"). */
export interface PersonTally extends CountRecord {
  lastGave?: string;
  lastReceived?: string;
}
/** "tallies": the counts are complete, with days in this time zone. */
export interface TalliesMarker {
  key: 'tallies';
  timeZone: string;
}
export interface DismissedRecord {
  key: string;
}
export type MetaRecord = CountRecord | PersonTally | TalliesMarker | DismissedRecord;

export interface JournalDB extends DBSchema {
  people: {
    key: string;
    value: Person;
    indexes: { site: SiteId; lastInteraction: string; mergedInto: string };
  };
  entries: {
    key: string;
    value: Entry;
    indexes: { personId: string; site: SiteId; date: string; direction: Direction };
  };
  meta: {
    key: string;
    value: MetaRecord;
  };
}

export type StoreName = 'people' | 'entries' | 'meta';
export type Stores = StoreName[];
export const ALL_STORES: Stores = ['people', 'entries', 'meta'];
export type Tx<M extends IDBTransactionMode> = IDBPTransaction<JournalDB, Stores, M>;
type UpgradeTx = IDBPTransaction<JournalDB, Stores, 'versionchange'>;
type UpgradeStep = (db: IDBPDatabase<JournalDB>, tx: UpgradeTx) => void;

/** UPGRADES[n]: version n → n + 1. The database version is UPGRADES.length. */
export const UPGRADES: readonly UpgradeStep[] = [
  // 0 → 1: people and entries.
  (db) => {
    const people = db.createObjectStore('people', { keyPath: 'id' });
    people.createIndex('site', 'site');
    people.createIndex('lastInteraction', 'lastInteraction');
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('personId', 'personId');
    entries.createIndex('site', 'site');
    entries.createIndex('date', 'date');
    entries.createIndex('direction', 'direction');
  },
  // 1 → 2: merged people (an index to find a group's handles) and the counts
  // store. The counts are filled on the first open after this step (no
  // "tallies" marker yet), in an ordinary transaction.
  (db, tx) => {
    tx.objectStore('people').createIndex('mergedInto', 'mergedInto');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];
export const DB_VERSION = UPGRADES.length;

/** Runs the upgrade steps from `oldVersion` to DB_VERSION (in the versionchange transaction). */
export function runUpgrades(db: IDBPDatabase<JournalDB>, oldVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < DB_VERSION; version++) UPGRADES[version]?.(db, tx);
}

/** How long an upgrade may wait for an older connection (another page of an older Communis) to let go. */
export const BLOCKED_TIMEOUT_MS = 5_000;

/**
 * Opens (creating or upgrading) the database. A `blocked` upgrade (another
 * context holds an old connection and does not close it) waits a while, then
 * fails with a clear message; the caller retries on the next call, and a
 * connection that opens after we gave up is closed, not leaked.
 */
export function openDatabase(factory: IDBFactory, name: string, blockedTimeoutMs = BLOCKED_TIMEOUT_MS): Promise<IDBPDatabase<JournalDB>> {
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<JournalDB>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    runUpgrades(db, event.oldVersion, tx);
  });
  const opened = (wrap(request) as Promise<IDBPDatabase<JournalDB>>).catch((err: unknown) => {
    if (err instanceof Error && err.name === 'VersionError') {
      throw new Error(`The journal was saved by a newer version of Communis (this one reads database version ${DB_VERSION}); update the extension. (${err.message})`);
    }
    throw err;
  });
  let gaveUp = false;
  const blocked = new Promise<never>((_, reject) => {
    request.addEventListener('blocked', () => {
      setTimeout(() => {
        gaveUp = true;
        reject(new Error('The journal is being upgraded, but another Communis page still has it open; close other Communis tabs and try again.'));
      }, blockedTimeoutMs);
    });
  });
  blocked.catch(() => undefined);
  void opened.then((db) => { if (gaveUp) db.close(); }, () => undefined);
  return Promise.race([opened, blocked]);
}
