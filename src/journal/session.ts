// The journal's connection to IndexedDB and what is kept between calls: the
// open database (reopened after a schema change elsewhere or the browser
// closing it), one transaction per call over every store, the search index
// (built on first use, patched by writes made here, dropped by writes
// elsewhere, announced on a BroadcastChannel) and the summary's inputs (kept
// after a read until the next write). The calls themselves live in
// entry-writes.ts, listing.ts, summaries.ts, transfer.ts and store.ts.
import type { IDBPDatabase } from 'idb';
import { ALL_STORES, openDatabase, type CountRecord, type JournalDB, type PersonTally, type Tx } from './schema';
import { SearchIndex } from './search-index';
import { prefixRange, rebuildTallies, talliesCurrent } from './tallies';
import { dismissedPairs, totalOf } from './queries';
import type { Candidate } from './rhythm';
import type { Balance, MergeSuggestion, Person, PersonBalance, RhythmSuggestion } from './types';
import { currentTimeZone } from './validate';

export interface OpenOptions {
  /** Called after every write that committed (the background refreshes the badge). */
  onChange?(): void;
  /** How long an upgrade waits for an old connection elsewhere to close (tests shorten it). */
  blockedTimeoutMs?: number;
  /** The user's Reach out size, for calls that do not say (the background reads settings; the page then need not). */
  reachOutLimit?(): Promise<number>;
}

/** The summary's inputs (people, per-handle and per-day counts: small, one record per person or day). */
export interface Summary {
  generation: number; people: Person[]; tallies: PersonTally[]; days: CountRecord[]; total: Balance; dismissed: Set<string>;
  /** Derived once per summary: people grouped with their counts, and merge suggestions by limit. */
  groups?: Map<string, PersonBalance>; suggestions?: Map<number, MergeSuggestion[]>;
  /** Who may come up in Reach out, soonest first (rhythm.ts): prepared once per change, then only compared with the time. */
  candidates?: Candidate[];
  /** Every person by id (for joining a page of entries), and the rhythm suggested from each one's own entries. */
  peopleById?: Map<string, Person>; suggestedRhythms?: Map<string, RhythmSuggestion | null>;
}

export interface Session {
  readonly options: OpenOptions;
  /** Opens (and upgrades) the database now, so errors surface at once. */
  open(): Promise<void>;
  /**
   * Runs `fn` in one transaction over every store; on any error the
   * transaction is aborted (nothing written). After a write commits, `patch`
   * brings the search index up to date (without it the index is dropped).
   */
  inTx<M extends IDBTransactionMode, T>(mode: M, fn: (tx: Tx<M>) => Promise<T>, patch?: (result: T, index: SearchIndex) => void): Promise<T>;
  /** The search index, built once from every entry (then kept current by writes). */
  searchIndex(): Promise<SearchIndex>;
  /** The kept summary while no write came after it, else null. */
  warm(): Summary | null;
  /** The summary, read in `tx` unless the kept one is current. */
  summaryIn(tx: Tx<IDBTransactionMode>): Promise<Summary>;
  /** Every person record: the summary's copy while it is current, else from the database. */
  peopleNow(): Promise<Person[]>;
  close(): void;
}

export function openSession(name: string, factory: IDBFactory, options: OpenOptions): Session {
  let current: Promise<IDBPDatabase<JournalDB>> | null = null;
  let closed = false;
  /** The time zone the day counts were made in (checked before they are read). */
  let talliesZone: string | null = null;
  let index: SearchIndex | null = null;
  let building: Promise<SearchIndex> | null = null;
  // `generation` stops a build or a summary that raced a write from keeping what it read.
  let generation = 0;
  let summary: Summary | null = null;
  const invalidate = () => { generation++; index = null; building = null; talliesZone = null; summary = null; };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`communis-journal:${name}`) : null;
  if (channel) {
    channel.onmessage = invalidate;
    (channel as unknown as { unref?: () => void }).unref?.(); // Node: do not keep the process alive
  }

  const getDb = (): Promise<IDBPDatabase<JournalDB>> => {
    if (closed) return Promise.reject(new Error('The journal is closed'));
    current ??= openDatabase(factory, name, options.blockedTimeoutMs).then(
      (db) => {
        // Another context upgrading the schema, or the browser closing the
        // database (storage cleared): let go, and reopen on the next call.
        db.addEventListener('versionchange', () => { db.close(); current = null; talliesZone = null; });
        db.addEventListener('close', () => { current = null; talliesZone = null; });
        return db;
      },
      // A failed open is not remembered: the next call tries again.
      (err: unknown) => { current = null; throw err; },
    );
    return current;
  };

  /** Counts complete and in this time zone? Otherwise count again (after the upgrade, or after travelling). */
  async function ensureTallies(db: IDBPDatabase<JournalDB>): Promise<void> {
    const zone = currentTimeZone();
    if (talliesZone === zone) return;
    const tx = db.transaction(ALL_STORES, 'readwrite') as unknown as Tx<'readwrite'>;
    if (!(await talliesCurrent(tx))) await rebuildTallies(tx);
    await tx.done;
    talliesZone = zone;
    summary = null; // its day counts may be another zone's
  }

  async function inTx<M extends IDBTransactionMode, T>(mode: M, fn: (tx: Tx<M>) => Promise<T>, patch?: (result: T, index: SearchIndex) => void): Promise<T> {
    const db = await getDb();
    await ensureTallies(db);
    const tx = db.transaction(ALL_STORES, mode) as unknown as Tx<M>;
    const done = tx.done;
    done.catch(() => undefined); // an aborted transaction rejects `done`; the error that caused it is thrown below
    const writes = mode === 'readwrite';
    try {
      const result = await fn(tx);
      await done;
      if (writes) {
        generation++;
        building = null;
        summary = null;
        if (index && patch) patch(result, index);
        else index = null;
        channel?.postMessage('changed');
        try { options.onChange?.(); } catch { /* a listener's problem is not the write's */ }
      }
      return result;
    } catch (e) {
      try { tx.abort(); } catch { /* already finished or aborted */ }
      if (writes) invalidate();
      throw e;
    }
  }

  async function searchIndex(): Promise<SearchIndex> {
    if (index) return index;
    building ??= (async () => {
      const seen = generation;
      const db = await getDb();
      const all = await db.getAll('entries');
      const built = SearchIndex.fromEntries(all);
      if (seen === generation) index = built;
      return built;
    })().finally(() => { building = null; });
    return building;
  }

  const warm = () => (summary?.generation === generation ? summary : null);

  async function summaryIn(tx: Tx<IDBTransactionMode>): Promise<Summary> {
    const seen = generation;
    const kept = summary;
    if (kept && kept.generation === seen) return kept;
    const meta = tx.objectStore('meta');
    const [people, tallies, days, total, dismissed] = await Promise.all([
      tx.objectStore('people').getAll(), meta.getAll(prefixRange('p:')) as Promise<PersonTally[]>,
      meta.getAll(prefixRange('d:')) as Promise<CountRecord[]>, totalOf(tx), dismissedPairs(tx),
    ]);
    const read: Summary = { generation: seen, people, tallies, days, total, dismissed };
    if (seen === generation) summary = read;
    return read;
  }

  async function peopleNow(): Promise<Person[]> {
    const kept = warm();
    if (kept) return kept.people;
    return (await getDb()).getAll('people');
  }

  return {
    options,
    open: async () => { await getDb(); },
    inTx,
    searchIndex,
    warm,
    summaryIn,
    peopleNow,
    close(): void {
      closed = true;
      invalidate();
      channel?.close();
      const db = current;
      current = null;
      void db?.then((d) => d.close(), () => undefined);
    },
  };
}
