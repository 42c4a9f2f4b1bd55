// The journal's IndexedDB store (through `idb`). The background opens it and
// answers messages with it (rpc.ts); unit tests open it on fake-indexeddb.
// This file puts the parts together and holds the people's writes (merge,
// split, snooze, rhythm, "not the same person"). The parts: session.ts (the
// connection, transactions and what is kept between calls), entry-writes.ts
// (add, edit, delete, restore), listing.ts (the entry list, people, one
// person), summaries.ts (overview, balances, reminders), transfer.ts
// (export, import, clear); below them schema.ts (stores and upgrades),
// tallies.ts (counts kept on every write), search-index.ts, queries.ts
// (answers from counts and people), importer.ts (writing an import),
// people.ts (groups in a transaction) and checks.ts (input checks).
import type { ImportReport, JournalApi } from './api';
import { bad, checkCount, checkId, checkNow } from './checks';
import { entryWrites } from './entry-writes';
import type { ImportOptions } from './importer';
import { listing } from './listing';
import { dismissPair, mergeGroups, setGroupRhythm, snoozeGroup, splitHandle } from './people';
import { isRhythm, RHYTHMS } from './rhythm';
import { DB_VERSION, UPGRADES, runUpgrades, type JournalDB } from './schema';
import { openSession, type OpenOptions } from './session';
import { summaries } from './summaries';
import { transfer } from './transfer';
import type { PersonBalance, Rhythm } from './types';
import { describeType } from './validate';

export { personIdOf, normalizeHandle } from './validate';
export { DEFAULT_PAGE_SIZE } from './checks';
export { DB_VERSION, UPGRADES, runUpgrades, type JournalDB, type OpenOptions };

export const DEFAULT_JOURNAL_NAME = 'communis-journal';
const DAY_MS = 86_400_000;
/** For writes to people only: the search index (entries and their handles) stays as it is. */
const keepIndex = () => undefined;
/** Snoozing a person leaves them out of reminders this long by default. */
export const SNOOZE_DAYS = 30;

export type Journal = JournalApi & {
  close(): void;
  /** importJson with progress reports and cancelling (in-process callers: the background's import port). */
  importJson(text: string, opts?: ImportOptions): Promise<ImportReport>;
};

/**
 * A journal opener for a long-lived context (the service worker): the open
 * journal is kept, but a failed open is not, so the next call tries again.
 */
export function lazyOpener<T>(open: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= open().catch((e: unknown) => {
    pending = undefined;
    throw e;
  }));
}

/**
 * Opens (creating or upgrading) the journal database. `idbFactory` defaults
 * to the global indexedDB; tests pass a fresh fake-indexeddb IDBFactory.
 * Rejects if the database cannot be opened; a later call may succeed.
 */
export async function openJournal(name = DEFAULT_JOURNAL_NAME, idbFactory?: IDBFactory, options: OpenOptions = {}): Promise<Journal> {
  const factory = idbFactory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error('IndexedDB is not available here');
  const s = openSession(name, factory, options);
  const reads = listing(s);

  const api: Journal = {
    ...entryWrites(s),
    ...reads,
    ...summaries(s),
    ...transfer(s),

    async mergePeople(keepId: string, otherId: string): Promise<PersonBalance> {
      checkId(keepId, 'keepId');
      checkId(otherId, 'otherId');
      const leadId = await s.inTx('readwrite', (tx) => mergeGroups(tx, keepId, otherId), keepIndex);
      const detail = await reads.personDetail(leadId);
      if (!detail) return bad('the merged person went missing');
      const { entries: _e, ...balance } = detail;
      return balance;
    },

    async splitPerson(personId: string): Promise<void> {
      checkId(personId);
      await s.inTx('readwrite', (tx) => splitHandle(tx, personId), keepIndex);
    },

    async snoozePerson(personId: string, days = SNOOZE_DAYS, now?: string): Promise<void> {
      checkId(personId);
      const d = checkCount(days, 'days', SNOOZE_DAYS, 3650);
      const until = d === 0 ? null : new Date(Date.parse(checkNow(now)) + d * DAY_MS).toISOString();
      await s.inTx('readwrite', (tx) => snoozeGroup(tx, personId, until), keepIndex);
    },

    async setRhythm(personId: string, rhythm: Rhythm | null, now?: string): Promise<void> {
      checkId(personId);
      if (rhythm !== null && !isRhythm(rhythm)) bad(`rhythm must be one of ${RHYTHMS.join(', ')}, or null to clear it (got ${describeType(rhythm)})`);
      const nowIso = checkNow(now);
      await s.inTx('readwrite', (tx) => setGroupRhythm(tx, personId, rhythm, nowIso), keepIndex);
    },

    async dismissSuggestion(aId: string, bId: string): Promise<void> {
      checkId(aId, 'aId');
      checkId(bId, 'bId');
      await s.inTx('readwrite', (tx) => dismissPair(tx, aId, bId), keepIndex);
    },

    async prepareSearch(): Promise<void> {
      await s.searchIndex();
    },

    close(): void {
      s.close();
    },
  };

  await s.open(); // open (and upgrade) now, so errors surface here
  return api;
}
