// The journal's IndexedDB store (through `idb`). The background opens it and
// answers messages with it (rpc.ts); unit tests open it on fake-indexeddb.
//
// Two object stores:
//   people  (keyPath id = `${site}:${handle lower-cased}`; indexes site, lastInteraction)
//   entries (keyPath id, a random UUID; indexes personId, site, date, direction)
// Dates are stored in one canonical form (UTC ISO with milliseconds, from
// Date#toISOString), so string order is time order and the date index sorts.
//
// The schema is versioned: UPGRADES[n] upgrades a database at version n to
// n + 1, and opening runs every step from the database's old version up. To
// change the schema, append a step (never edit an old one).
import { wrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { SITE_IDS, type SiteId } from '../settings/sites';
import { JournalImportError, type EntryWithPerson, type ImportReport, type JournalApi } from './api';
import { entriesToCsv } from './csv';
import { checkEntryShape, checkPersonShape, JOURNAL_FORMAT, JOURNAL_VERSION, parseJournalFile } from './import';
import { DIRECTIONS, ENTRY_KINDS, type Balance, type Direction, type Entry, type EntryFilter, type EntryKind, type JournalExport, type NewEntry, type Person, type PersonBalance, type WeekBalance } from './types';
import {
  describeType, fmt, isDirection, isHttpUrl, isKind, isSite, LIMITS, normalizeHandle, normalizeIsoDate, personIdOf, rangeEnd,
  rangeStart, shown, siteOfPersonId,
} from './validate';

export { personIdOf, normalizeHandle } from './validate';

export const DEFAULT_JOURNAL_NAME = 'communis-journal';
/** listEntries page size when the filter gives none. */
export const DEFAULT_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
/** Reading a record through an index costs about this many records read straight from the store. */
const INDEX_READ_COST = 2;
/** Pages further than this are read by key rather than by skipping with a cursor. */
const CURSOR_OFFSET_MAX = 200;

export interface JournalDB extends DBSchema {
  people: {
    key: string;
    value: Person;
    indexes: { site: SiteId; lastInteraction: string };
  };
  entries: {
    key: string;
    value: Entry;
    indexes: { personId: string; site: SiteId; date: string; direction: Direction };
  };
}

type Stores = ('people' | 'entries')[];
type Tx<M extends IDBTransactionMode> = IDBPTransaction<JournalDB, Stores, M>;
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
  // 1 → 2 would go here, e.g. (db, tx) => { tx.objectStore('entries').createIndex('kind', 'kind'); }
];
export const DB_VERSION = UPGRADES.length;

/** Runs the upgrade steps from `oldVersion` to DB_VERSION (in the versionchange transaction). */
export function runUpgrades(db: IDBPDatabase<JournalDB>, oldVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < DB_VERSION; version++) UPGRADES[version]?.(db, tx);
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBPDatabase<JournalDB>> {
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<JournalDB>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    runUpgrades(db, event.oldVersion, tx);
  });
  return (wrap(request) as Promise<IDBPDatabase<JournalDB>>).catch((err: unknown) => {
    if (err instanceof Error && err.name === 'VersionError') {
      throw new Error(`The journal was saved by a newer version of Communis (this one reads database version ${DB_VERSION}); update the extension. (${err.message})`);
    }
    throw err;
  });
}

// ---------------------------------------------------------------------------
// Input checks (everything may arrive by message, so nothing is trusted).

const bad = (message: string): never => {
  throw new Error(message);
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const blank = (x: unknown) => x === undefined || x === null || x === '';

function checkSite(v: unknown): SiteId {
  return isSite(v) ? v : bad(`site must be one of ${SITE_IDS.join(', ')} (got ${describeType(v)})`);
}
function checkDirection(v: unknown): Direction {
  return isDirection(v) ? v : bad(`direction must be one of ${DIRECTIONS.join(', ')} (got ${describeType(v)})`);
}
function checkKind(v: unknown): EntryKind {
  return isKind(v) ? v : bad(`kind must be one of ${ENTRY_KINDS.join(', ')} (got ${describeType(v)})`);
}
function checkNote(v: unknown): string {
  if (blank(v)) return '';
  if (typeof v !== 'string') return bad(`note must be text (got ${describeType(v)})`);
  const note = v.trim();
  if (note.length > LIMITS.note) bad(`note is too long (${fmt(note.length)} characters; the limit is ${fmt(LIMITS.note)})`);
  return note;
}
function checkLink(v: unknown): string | undefined {
  if (blank(v)) return undefined;
  if (typeof v !== 'string') return bad(`link must be text (got ${describeType(v)})`);
  const link = v.trim();
  if (link === '') return undefined;
  if (link.length > LIMITS.link) bad(`link is too long (${fmt(link.length)} characters; the limit is ${fmt(LIMITS.link)})`);
  if (!isHttpUrl(link)) bad(`link must be an http:// or https:// address (got ${shown(link)})`);
  return link;
}
function checkDate(v: unknown, field = 'date'): string {
  return normalizeIsoDate(v) ?? bad(`${field} is not a valid date (got ${typeof v === 'string' ? shown(v) : describeType(v)})`);
}
function checkCount(v: unknown, field: string, fallback?: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    return bad(`${field} must be a whole number from 0 to ${fmt(max)} (got ${describeType(v)})`);
  }
  return v;
}

interface CheckedNewEntry {
  personId: string;
  site: SiteId;
  handle: string;
  displayName?: string;
  direction: Direction;
  kind: EntryKind;
  note: string;
  link?: string;
  date: string;
}

function checkNewEntry(input: unknown): CheckedNewEntry {
  if (!isObject(input)) return bad(`an entry must be an object (got ${describeType(input)})`);
  const site = checkSite(input.site);
  if (typeof input.person !== 'string') bad(`person must be a handle or profile name (got ${describeType(input.person)})`);
  const handle = normalizeHandle(site, input.person as string);
  if (handle === '' || handle === '@') bad('person is empty: enter a handle or profile name');
  if (handle.length > LIMITS.person) bad(`person is too long (${fmt(handle.length)} characters; the limit is ${fmt(LIMITS.person)})`);
  let displayName: string | undefined;
  if (!blank(input.displayName)) {
    if (typeof input.displayName !== 'string') bad(`displayName must be text (got ${describeType(input.displayName)})`);
    displayName = (input.displayName as string).normalize('NFC').replace(/\s+/g, ' ').trim() || undefined;
    if (displayName && displayName.length > LIMITS.displayName) {
      bad(`displayName is too long (${fmt(displayName.length)} characters; the limit is ${fmt(LIMITS.displayName)})`);
    }
  }
  const out: CheckedNewEntry = {
    personId: personIdOf(site, handle),
    site,
    handle,
    direction: checkDirection(input.direction),
    kind: checkKind(input.kind),
    note: checkNote(input.note),
    date: blank(input.date) ? new Date().toISOString() : checkDate(input.date),
  };
  const link = checkLink(input.link);
  if (link !== undefined) out.link = link;
  if (displayName !== undefined) out.displayName = displayName;
  return out;
}

interface CheckedFilter {
  text: string;
  site?: SiteId;
  direction?: Direction;
  kind?: EntryKind;
  personId?: string;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

function checkFilter(input: unknown): CheckedFilter {
  const f = input === undefined || input === null ? {} : isObject(input) ? input : bad(`a filter must be an object (got ${describeType(input)})`);
  let text = '';
  if (!blank(f.text)) {
    if (typeof f.text !== 'string') bad(`text must be text (got ${describeType(f.text)})`);
    text = (f.text as string).trim().toLowerCase();
    if (text.length > LIMITS.searchText) bad(`text is too long (the limit is ${LIMITS.searchText} characters)`);
  }
  const out: CheckedFilter = {
    text,
    offset: checkCount(blank(f.offset) ? undefined : f.offset, 'offset', 0),
    limit: checkCount(blank(f.limit) ? undefined : f.limit, 'limit', DEFAULT_PAGE_SIZE),
  };
  if (!blank(f.site)) out.site = checkSite(f.site);
  if (!blank(f.direction)) out.direction = checkDirection(f.direction);
  if (!blank(f.kind)) out.kind = checkKind(f.kind);
  if (!blank(f.personId)) out.personId = typeof f.personId === 'string' ? f.personId : bad(`personId must be text (got ${describeType(f.personId)})`);
  if (!blank(f.from)) out.from = (typeof f.from === 'string' ? rangeStart(f.from) : null) ?? bad(`from is not a valid date (got ${describeType(f.from)})`);
  if (!blank(f.to)) out.to = (typeof f.to === 'string' ? rangeEnd(f.to) : null) ?? bad(`to is not a valid date (got ${describeType(f.to)})`);
  return out;
}

// ---------------------------------------------------------------------------
// Small helpers.

function keyRange(): typeof IDBKeyRange {
  const KR = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!KR) throw new Error('IDBKeyRange is not available (in Node, import "fake-indexeddb/auto" first)');
  return KR;
}

function dateRange(from?: string, to?: string): IDBKeyRange | undefined {
  if (from !== undefined && to !== undefined) return from <= to ? keyRange().bound(from, to) : undefined;
  if (from !== undefined) return keyRange().lowerBound(from);
  if (to !== undefined) return keyRange().upperBound(to);
  return undefined;
}

/** The journal's entries with the ids of `wanted` (undefined where new), by single reads or one pass over the store. */
async function existingEntriesOf(entries: EntriesStore, wanted: Entry[]): Promise<(Entry | undefined)[]> {
  if (wanted.length === 0) return [];
  const total = await entries.count();
  if (total === 0) return wanted.map(() => undefined);
  if (wanted.length * 4 < total) return Promise.all(wanted.map((e) => entries.get(e.id)));
  const all = new Map<string, Entry>();
  for (const e of await entries.getAll()) all.set(e.id, e);
  return wanted.map((e) => all.get(e.id));
}

type EntriesStore = IDBPObjectStore<JournalDB, Stores, 'entries', IDBTransactionMode>;

/** Oldest first, ties by id: the order of the date index. */
const oldestFirst = (a: Entry, b: Entry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Newest first; ties by id (descending), the order of the date index walked backwards. */
const newestFirst = (a: Entry, b: Entry) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
/** A copy of a newest-first list with `e` in its place. */
function insertSorted(list: readonly Entry[], e: Entry): Entry[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newestFirst(list[mid] as Entry, e) <= 0) lo = mid + 1; else hi = mid;
  }
  return [...list.slice(0, lo), e, ...list.slice(lo)];
}

const without = (list: readonly Entry[], id: string): Entry[] => list.filter((e) => e.id !== id);
const maxIso = (a: string, b: string) => (a > b ? a : b);
const minIso = (a: string, b: string) => (a < b ? a : b);

/** A stand-in when an entry's person record is missing (should not happen; never crash a list over it). */
function placeholderPerson(e: Entry): Person {
  const handle = e.personId.slice(e.personId.indexOf(':') + 1);
  return { id: e.personId, site: e.site, handle, displayName: handle, firstSeen: e.date, lastInteraction: e.date };
}

function balanceOf(person: Person, entries: Iterable<Entry>): PersonBalance {
  const b: PersonBalance = { person, gave: 0, received: 0 };
  for (const e of entries) {
    if (e.direction === 'gave') {
      b.gave++;
      if (b.lastGave === undefined || e.date > b.lastGave) b.lastGave = e.date;
    } else {
      b.received++;
      if (b.lastReceived === undefined || e.date > b.lastReceived) b.lastReceived = e.date;
    }
  }
  return b;
}

function copyEntry(e: Entry): Entry {
  const out: Entry = { id: e.id, personId: e.personId, site: e.site, direction: e.direction, kind: e.kind, note: e.note, date: e.date };
  if (e.link !== undefined) out.link = e.link;
  return out;
}

const sameEntry = (a: Entry, b: Entry) =>
  a.personId === b.personId && a.site === b.site && a.direction === b.direction && a.kind === b.kind && a.note === b.note
  && a.link === b.link && a.date === b.date;
const samePerson = (a: Person, b: Person) =>
  a.site === b.site && a.handle === b.handle && a.displayName === b.displayName && a.firstSeen === b.firstSeen
  && a.lastInteraction === b.lastInteraction;

/** Monday 00:00 UTC of the week containing `t`. */
function weekStart(t: number): number {
  const d = new Date(t);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY_MS;
}

// ---------------------------------------------------------------------------

export type Journal = JournalApi & { close(): void };

/**
 * Opens (creating or upgrading) the journal database. `idbFactory` defaults
 * to the global indexedDB; tests pass a fresh fake-indexeddb IDBFactory.
 */
export async function openJournal(name = DEFAULT_JOURNAL_NAME, idbFactory?: IDBFactory): Promise<Journal> {
  const factory = idbFactory ?? globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here');
  let current: Promise<IDBPDatabase<JournalDB>> | null = null;
  let closed = false;

  // All entries, newest first, kept after the first full read so that search,
  // owed and long charts do not read 10,000 records each time. Any write
  // through this journal drops it, and so does a write by another journal on
  // the same database (in another extension context), announced on a
  // BroadcastChannel. `generation` stops a read that raced a write from
  // storing what it read.
  let cache: Entry[] | null = null;
  let generation = 0;
  const invalidate = () => { generation++; cache = null; };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`communis-journal:${name}`) : null;
  if (channel) {
    channel.onmessage = invalidate;
    (channel as unknown as { unref?: () => void }).unref?.(); // Node: do not keep the process alive
  }

  const getDb = (): Promise<IDBPDatabase<JournalDB>> => {
    if (closed) return Promise.reject(new Error('The journal is closed'));
    current ??= openDatabase(factory, name).then(
      (db) => {
        // Another context upgrading the schema, or the browser closing the
        // database (storage cleared): let go, and reopen on the next call.
        db.addEventListener('versionchange', () => { db.close(); current = null; });
        db.addEventListener('close', () => { current = null; });
        return db;
      },
      (err: unknown) => { current = null; throw err; },
    );
    return current;
  };

  /** Every entry, newest first (from the cache when it is warm). Do not modify the result. */
  async function allEntries(entries: EntriesStore): Promise<Entry[]> {
    if (cache) return cache;
    const seen = generation;
    const list = await entries.getAll();
    list.sort(newestFirst);
    if (seen === generation) cache = list;
    return list;
  }

  /** Entries dated within `range`: from the cache, through the date index when it narrows enough, or one pass. */
  async function entriesInRange(entries: EntriesStore, range: IDBKeyRange): Promise<Entry[]> {
    if (!cache) {
      const [total, inRange] = await Promise.all([entries.count(), entries.index('date').count(range)]);
      if (inRange * INDEX_READ_COST < total) return entries.index('date').getAll(range);
    }
    return (await allEntries(entries)).filter((e) => range.includes(e.date));
  }

  /**
   * Runs `fn` in one transaction over both stores; on any error the
   * transaction is aborted (nothing written). After a write commits, `patch`
   * brings the entry cache up to date (without it the cache is dropped).
   */
  async function inTx<M extends IDBTransactionMode, T>(
    mode: M, fn: (tx: Tx<M>) => Promise<T>, patch?: (result: T, list: Entry[]) => Entry[],
  ): Promise<T> {
    const db = await getDb();
    const tx = db.transaction(['people', 'entries'], mode) as unknown as Tx<M>;
    const done = tx.done;
    done.catch(() => undefined); // an aborted transaction rejects `done`; the error that caused it is thrown below
    const writes = mode === 'readwrite';
    try {
      const result = await fn(tx);
      await done;
      if (writes) {
        generation++;
        cache = cache && patch ? patch(result, cache) : null;
        channel?.postMessage('changed');
      }
      return result;
    } catch (e) {
      try { tx.abort(); } catch { /* already finished or aborted */ }
      if (writes) invalidate();
      throw e;
    }
  }

  /** The latest entry date of a person (after changes in this transaction), or undefined if none is left. */
  async function latestOf(entries: IDBPObjectStore<JournalDB, Stores, 'entries', 'readwrite'>, personId: string): Promise<string | undefined> {
    let latest: string | undefined;
    for (const e of await entries.index('personId').getAll(personId)) if (latest === undefined || e.date > latest) latest = e.date;
    return latest;
  }

  async function joinPeople(people: IDBPObjectStore<JournalDB, Stores, 'people', IDBTransactionMode>, page: Entry[], known?: Map<string, Person>): Promise<EntryWithPerson[]> {
    const map = known ?? new Map<string, Person>();
    const missing = [...new Set(page.map((e) => e.personId))].filter((id) => !map.has(id));
    const found = await Promise.all(missing.map((id) => people.get(id)));
    missing.forEach((id, i) => { const p = found[i]; if (p) map.set(id, p); });
    return page.map((e) => ({ ...e, person: map.get(e.personId) ?? placeholderPerson(e) }));
  }

  const api: Journal = {
    async addEntry(input: NewEntry): Promise<EntryWithPerson> {
      const n = checkNewEntry(input);
      return inTx('readwrite', async (tx) => {
        const people = tx.objectStore('people');
        const existing = await people.get(n.personId);
        const person: Person = existing
          ? {
            ...existing,
            displayName: n.displayName ?? existing.displayName,
            firstSeen: minIso(existing.firstSeen, n.date),
            lastInteraction: maxIso(existing.lastInteraction, n.date),
          }
          : { id: n.personId, site: n.site, handle: n.handle, displayName: n.displayName ?? n.handle, firstSeen: n.date, lastInteraction: n.date };
        const entry: Entry = { id: crypto.randomUUID(), personId: n.personId, site: n.site, direction: n.direction, kind: n.kind, note: n.note, date: n.date };
        if (n.link !== undefined) entry.link = n.link;
        await Promise.all([people.put(person), tx.objectStore('entries').add(entry)]);
        return { ...entry, person };
      }, (added, list) => insertSorted(list, copyEntry(added)));
    },

    async updateEntry(input: Entry): Promise<EntryWithPerson> {
      if (!isObject(input)) bad(`an entry must be an object (got ${describeType(input)})`);
      const id = typeof input.id === 'string' && input.id !== '' ? input.id : bad(`id must be an entry id (got ${describeType(input.id)})`);
      const direction = checkDirection(input.direction), kind = checkKind(input.kind), note = checkNote(input.note);
      const link = checkLink(input.link), date = checkDate(input.date);
      return inTx('readwrite', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        const old = await entries.get(id);
        if (!old) return bad(`there is no entry with id ${shown(id)} (deleted?)`);
        const entry: Entry = { id, personId: old.personId, site: old.site, direction, kind, note, date };
        if (link !== undefined) entry.link = link;
        await entries.put(entry);
        let person = (await people.get(old.personId)) ?? placeholderPerson(entry);
        const latest = (await latestOf(entries, old.personId)) ?? date;
        // The last interaction follows the entries when this one was (or becomes) the latest.
        const lastInteraction = old.date >= person.lastInteraction || date > person.lastInteraction ? latest : person.lastInteraction;
        const next = { ...person, firstSeen: minIso(person.firstSeen, date), lastInteraction };
        if (!samePerson(next, person)) await people.put(next);
        person = next;
        return { ...entry, person };
      }, (updated, list) => insertSorted(without(list, updated.id), copyEntry(updated)));
    },

    async deleteEntry(id: string): Promise<Entry | null> {
      if (typeof id !== 'string') bad(`id must be an entry id (got ${describeType(id)})`);
      return inTx('readwrite', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        const entry = await entries.get(id);
        if (!entry) return null;
        await entries.delete(id);
        const person = await people.get(entry.personId);
        if (person) {
          const latest = await latestOf(entries, entry.personId);
          if (latest === undefined) {
            await people.delete(person.id); // their only entry: the person goes too (undo brings them back)
          } else if (entry.date >= person.lastInteraction && latest !== person.lastInteraction) {
            await people.put({ ...person, lastInteraction: latest });
          }
        }
        // With the person as it was, so restoreEntry can bring both back exactly.
        const removed: EntryWithPerson = { ...copyEntry(entry), person: person ?? placeholderPerson(entry) };
        return removed;
      }, (removed, list) => (removed ? without(list, removed.id) : list));
    },

    async restoreEntry(input: Entry): Promise<void> {
      const entry = checkEntryShape(input);
      if (siteOfPersonId(entry.personId) !== entry.site) bad(`entry.personId ${shown(entry.personId)} is not on ${entry.site}`);
      let snapshot: Person | null = null;
      const raw = (input as unknown as Record<string, unknown>).person;
      if (raw !== undefined) {
        try { snapshot = checkPersonShape(raw); } catch { snapshot = null; }
        if (snapshot && snapshot.id !== entry.personId) snapshot = null;
      }
      await inTx('readwrite', async (tx) => {
        const people = tx.objectStore('people');
        const base = (await people.get(entry.personId)) ?? snapshot ?? placeholderPerson(entry);
        const person = { ...base, firstSeen: minIso(base.firstSeen, entry.date), lastInteraction: maxIso(base.lastInteraction, entry.date) };
        await Promise.all([people.put(person), tx.objectStore('entries').put(entry)]);
      }, (_, list) => insertSorted(without(list, entry.id), entry));
    },

    async listEntries(filter: EntryFilter) {
      const f = checkFilter(filter);
      return inTx('readonly', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        if (f.from !== undefined && f.to !== undefined && f.from > f.to) return { entries: [], total: 0 };
        const range = dateRange(f.from, f.to);
        const inMemory = f.text !== '' || f.site || f.direction || f.kind || f.personId !== undefined;
        if (!inMemory && cache) {
          const list = range ? cache.filter((e) => range.includes(e.date)) : cache;
          return { entries: await joinPeople(people, list.slice(f.offset, f.offset + f.limit)), total: list.length };
        }
        if (!inMemory) {
          // Walk the date index backwards: only the requested page is read.
          const index = entries.index('date');
          const total = await index.count(range);
          const page: Entry[] = [];
          if (f.limit > 0 && f.offset < total && f.offset >= CURSOR_OFFSET_MAX) {
            // Deep pages: skipping with a cursor visits every record; the keys alone are cheaper.
            const keys = await index.getAllKeys(range);
            const ids = keys.slice(Math.max(0, keys.length - f.offset - f.limit), keys.length - f.offset).reverse();
            const found = await Promise.all(ids.map((id) => entries.get(id)));
            for (const e of found) if (e) page.push(e);
          } else if (f.limit > 0 && f.offset < total) {
            let cursor = await index.openCursor(range, 'prev');
            if (cursor && f.offset > 0) cursor = await cursor.advance(f.offset);
            while (cursor) {
              page.push(cursor.value);
              if (page.length >= f.limit) break;
              cursor = await cursor.continue();
            }
          }
          return { entries: await joinPeople(people, page), total };
        }

        // Read through the most selective index, or the whole store when no index narrows much
        // (one pass over the store is cheaper than fetching most records through an index).
        let candidates: Entry[];
        let sorted = false;
        if (f.personId !== undefined) {
          candidates = await entries.index('personId').getAll(f.personId);
        } else if (cache) {
          candidates = cache;
          sorted = true;
        } else {
          const options: Array<[number, () => Promise<Entry[]>]> = [];
          const [total, inRange, onSite, inDirection] = await Promise.all([
            entries.count(),
            range ? entries.index('date').count(range) : undefined,
            f.site ? entries.index('site').count(f.site) : undefined,
            f.direction ? entries.index('direction').count(f.direction) : undefined,
          ]);
          if (inRange !== undefined) options.push([inRange, () => entries.index('date').getAll(range)]);
          if (onSite !== undefined) options.push([onSite, () => entries.index('site').getAll(f.site)]);
          if (inDirection !== undefined) options.push([inDirection, () => entries.index('direction').getAll(f.direction)]);
          options.sort((a, b) => a[0] - b[0]);
          const best = options[0];
          if (best && best[0] * INDEX_READ_COST < total) {
            candidates = await best[1]();
          } else {
            candidates = await allEntries(entries);
            sorted = true;
          }
        }

        let map: Map<string, Person> | undefined;
        let matchingPeople: Set<string> | undefined;
        if (f.text !== '') {
          map = new Map();
          matchingPeople = new Set();
          for (const p of await people.getAll()) {
            map.set(p.id, p);
            if (p.handle.toLowerCase().includes(f.text) || p.displayName.toLowerCase().includes(f.text)) matchingPeople.add(p.id);
          }
        }
        const { site, direction, kind, personId, from, to, text } = f;
        const matches = candidates.filter((e) =>
          (site === undefined || e.site === site)
          && (direction === undefined || e.direction === direction)
          && (kind === undefined || e.kind === kind)
          && (personId === undefined || e.personId === personId)
          && (from === undefined || e.date >= from)
          && (to === undefined || e.date <= to)
          && (text === '' || matchingPeople?.has(e.personId) === true || e.note.toLowerCase().includes(text)));
        if (!sorted) matches.sort(newestFirst);
        const page = matches.slice(f.offset, f.offset + f.limit);
        return { entries: await joinPeople(people, page, map), total: matches.length };
      });
    },

    async people(): Promise<Person[]> {
      return inTx('readonly', async (tx) => (await tx.objectStore('people').index('lastInteraction').getAll()).reverse());
    },

    async personDetail(personId: string) {
      if (typeof personId !== 'string') bad(`personId must be text (got ${describeType(personId)})`);
      return inTx('readonly', async (tx) => {
        const person = await tx.objectStore('people').get(personId);
        if (!person) return null;
        const entries = (await tx.objectStore('entries').index('personId').getAll(personId)).sort(newestFirst);
        return { ...balanceOf(person, entries), entries };
      });
    },

    async balance(from?: string): Promise<Balance> {
      const start = blank(from) ? undefined : (typeof from === 'string' ? rangeStart(from) : null) ?? bad(`from is not a valid date (got ${describeType(from)})`);
      return inTx('readonly', async (tx) => {
        const entries = tx.objectStore('entries');
        if (start === undefined && !cache) {
          const index = entries.index('direction');
          const [gave, received] = await Promise.all([index.count('gave'), index.count('received')]);
          return { gave, received };
        }
        const b: Balance = { gave: 0, received: 0 };
        const list = start === undefined ? await allEntries(entries) : await entriesInRange(entries, keyRange().lowerBound(start));
        for (const e of list) b[e.direction]++;
        return b;
      });
    },

    async weekly(weeks: number, now?: string): Promise<WeekBalance[]> {
      const n = checkCount(weeks, 'weeks', undefined, 520);
      const nowIso = blank(now) ? new Date().toISOString() : checkDate(now, 'now');
      const thisWeek = weekStart(Date.parse(nowIso));
      const first = thisWeek - (n - 1) * 7 * DAY_MS;
      const out: WeekBalance[] = [];
      for (let i = 0; i < n; i++) out.push({ week: new Date(first + i * 7 * DAY_MS).toISOString().slice(0, 10), gave: 0, received: 0 });
      if (n === 0) return out;
      const range = keyRange().bound(new Date(first).toISOString(), new Date(thisWeek + 7 * DAY_MS).toISOString(), false, true);
      return inTx('readonly', async (tx) => {
        for (const e of await entriesInRange(tx.objectStore('entries'), range)) {
          const bucket = out[Math.floor((Date.parse(e.date) - first) / (7 * DAY_MS))];
          if (bucket) bucket[e.direction]++;
        }
        return out;
      });
    },

    async owed(limit: number): Promise<PersonBalance[]> {
      const max = checkCount(limit, 'limit');
      return inTx('readonly', async (tx) => {
        const byPerson = new Map<string, Entry[]>();
        for (const e of await allEntries(tx.objectStore('entries'))) {
          const list = byPerson.get(e.personId);
          if (list) list.push(e); else byPerson.set(e.personId, [e]);
        }
        const candidates: PersonBalance[] = [];
        for (const list of byPerson.values()) {
          const b = balanceOf(placeholderPerson(list[0] as Entry), list);
          const owes = b.received > b.gave || (b.lastReceived !== undefined && (b.lastGave === undefined || b.lastReceived > b.lastGave));
          if (owes) candidates.push(b);
        }
        candidates.sort((a, b) =>
          (b.received - b.gave) - (a.received - a.gave)
          || ((b.lastReceived ?? '') > (a.lastReceived ?? '') ? 1 : (b.lastReceived ?? '') < (a.lastReceived ?? '') ? -1 : 0)
          || (a.person.id < b.person.id ? -1 : 1));
        const top = candidates.slice(0, max);
        const people = tx.objectStore('people');
        const found = await Promise.all(top.map((b) => people.get(b.person.id)));
        return top.map((b, i) => ({ ...b, person: found[i] ?? b.person }));
      });
    },

    async losingTouch(days: number, limit: number, now?: string): Promise<PersonBalance[]> {
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) bad(`days must be a number of days (got ${describeType(days)})`);
      const max = checkCount(limit, 'limit');
      const nowIso = blank(now) ? new Date().toISOString() : checkDate(now, 'now');
      const cutoff = new Date(Date.parse(nowIso) - days * DAY_MS).toISOString();
      if (max === 0) return [];
      return inTx('readonly', async (tx) => {
        // The lastInteraction index, oldest first: the longest silences.
        const quiet = await tx.objectStore('people').index('lastInteraction').getAll(keyRange().upperBound(cutoff, true), max);
        const index = tx.objectStore('entries').index('personId');
        const lists = await Promise.all(quiet.map((p) => index.getAll(p.id)));
        return quiet.map((p, i) => balanceOf(p, lists[i] ?? []));
      });
    },

    async exportJson(): Promise<JournalExport> {
      return inTx('readonly', async (tx) => {
        // People by id, entries oldest first (sorting here is cheaper than reading through the date index).
        const [people, entries] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('entries').getAll()]);
        entries.sort(oldestFirst);
        return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, exportedAt: new Date().toISOString(), people, entries: entries.map(copyEntry) };
      });
    },

    async exportCsv(): Promise<string> {
      return inTx('readonly', async (tx) => {
        const [people, entries] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('entries').getAll()]);
        entries.sort(oldestFirst);
        const map = new Map(people.map((p) => [p.id, p]));
        return entriesToCsv(entries.map((entry) => ({ entry, person: map.get(entry.personId) })));
      });
    },

    async importJson(text: string): Promise<ImportReport> {
      const file = parseJournalFile(text); // everything that can be checked without the journal
      try {
        return await inTx('readwrite', async (tx) => {
          const peopleStore = tx.objectStore('people'), entriesStore = tx.objectStore('entries');
          const outside = [...file.outsideRefs];
          const [outsidePeople, existingPeople, existingEntries] = await Promise.all([
            Promise.all(outside.map(([id]) => peopleStore.get(id))),
            Promise.all(file.people.map((p) => peopleStore.get(p.id))),
            existingEntriesOf(entriesStore, file.entries),
          ]);
          outside.forEach(([id, where], i) => {
            if (!outsidePeople[i]) throw new JournalImportError(`refers to the person ${shown(id)}, who is neither in the file nor in the journal`, where);
          });

          // People: the file's, merged with the journal's (earliest firstSeen, latest lastInteraction,
          // names from whichever was in touch more recently).
          const before = new Map<string, Person>();
          const after = new Map<string, Person>();
          for (const p of outsidePeople) if (p) { before.set(p.id, p); after.set(p.id, p); }
          file.people.forEach((p, i) => {
            const old = existingPeople[i];
            if (!old) { after.set(p.id, p); return; }
            before.set(p.id, old);
            const newer = p.lastInteraction >= old.lastInteraction ? p : old;
            after.set(p.id, {
              id: p.id, site: p.site, handle: newer.handle, displayName: newer.displayName,
              firstSeen: minIso(old.firstSeen, p.firstSeen), lastInteraction: maxIso(old.lastInteraction, p.lastInteraction),
            });
          });

          const report: ImportReport = { added: 0, updated: 0, unchanged: 0, people: 0 };
          const writes: Promise<unknown>[] = [];
          file.entries.forEach((e, i) => {
            const p = after.get(e.personId);
            if (p) after.set(p.id, { ...p, firstSeen: minIso(p.firstSeen, e.date), lastInteraction: maxIso(p.lastInteraction, e.date) });
            const old = existingEntries[i];
            if (!old) report.added++;
            else if (sameEntry(old, e)) { report.unchanged++; return; }
            else report.updated++;
            writes.push(entriesStore.put(e));
          });
          for (const p of after.values()) {
            const old = before.get(p.id);
            if (!old) report.people++;
            if (!old || !samePerson(old, p)) writes.push(peopleStore.put(p));
          }
          await Promise.all(writes);
          return report;
        });
      } catch (e) {
        if (e instanceof JournalImportError) throw e;
        const why = e instanceof Error ? e.message : String(e);
        throw new JournalImportError(`the journal could not save the import (${why}); nothing was changed`);
      }
    },

    async clear(): Promise<void> {
      await inTx('readwrite', async (tx) => {
        await Promise.all([tx.objectStore('people').clear(), tx.objectStore('entries').clear()]);
      }, () => []);
    },

    close(): void {
      closed = true;
      invalidate();
      channel?.close();
      const db = current;
      current = null;
      void db?.then((d) => d.close(), () => undefined);
    },
  };

  await getDb(); // open (and upgrade) now, so errors surface here
  return api;
}
