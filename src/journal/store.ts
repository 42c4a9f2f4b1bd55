// The journal's IndexedDB store (through `idb`). The background opens it and
// answers messages with it (rpc.ts); unit tests open it on fake-indexeddb.
// The parts: schema.ts (stores and versioned upgrades), tallies.ts (counts
// kept on every write), search-index.ts (the in-memory index for search and
// filters), queries.ts (answers from counts and people), importer.ts
// (writing an import), people.ts (merge, split, snooze), checks.ts (input
// checks). This file holds the connection, the transactions, the list query
// and the entry writes.
import type { IDBPDatabase } from 'idb';
import type { EntryWithPerson, ImportReport, JournalApi } from './api';
import { JournalImportError } from './api';
import {
  bad, blank, checkCount, checkDate, checkDirection, checkFilter, checkId, checkKind, checkLink, checkNewEntry, checkNote, checkNow, isObject,
  type CheckedFilter,
} from './checks';
import { entriesToCsv } from './csv';
import { checkEntryShape, checkJournalFile, checkPersonShape, JOURNAL_FORMAT, JOURNAL_VERSION } from './import';
import { normalizedPeople } from './groups';
import { cancelled, samePerson, writeImport, type ImportOptions } from './importer';
import { dismissPair, groupOf, mergeGroups, snoozeGroup, splitHandle, withoutKeys } from './people';
import {
  balanceFromDay, balanceFromDays, balanceFromTime, dismissedPairs, groupsOf, helpedNoReply, loadGroups, losingTouchOf, owedOf,
  suggestionsOf, totalOf, waitingCount, weeklyFrom, weeklyOf,
} from './queries';
import { ALL_STORES, DB_VERSION, openDatabase, UPGRADES, runUpgrades, type CountRecord, type JournalDB, type PersonTally, type Tx } from './schema';
import { prefixRange } from './tallies';
import { newestFirst, SearchIndex, type Row } from './search-index';
import { applyTallies, rebuildTallies, talliesCurrent } from './tallies';
import type { Balance, Entry, JournalExport, MergeSuggestion, NewEntry, Overview, Person, PersonBalance, WeekBalance } from './types';
import { currentTimeZone, describeType, localMondayOf, rangeStart, shown, siteOfPersonId } from './validate';

export { personIdOf, normalizeHandle } from './validate';
export { DEFAULT_PAGE_SIZE } from './checks';
export { DB_VERSION, UPGRADES, runUpgrades, type JournalDB };

export const DEFAULT_JOURNAL_NAME = 'communis-journal';
const DAY_MS = 86_400_000;
/** Pages further than this are read by key rather than by skipping with a cursor. */
const CURSOR_OFFSET_MAX = 200;
/** Pages within the newest this many entries are read in one request, found through the day counts. */
const RECENT_MAX = 2_000;
/** For writes to people only: the search index (entries and their handles) stays as it is. */
const keepIndex = () => undefined;
/** Snoozing a person leaves them out of reminders this long by default. */
export const SNOOZE_DAYS = 30;

const maxIso = (a: string, b: string) => (a > b ? a : b);
const minIso = (a: string, b: string) => (a < b ? a : b);

function dateRange(from?: string, to?: string): IDBKeyRange | undefined {
  if (from !== undefined && to !== undefined) return from <= to ? IDBKeyRange.bound(from, to) : undefined;
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to);
  return undefined;
}

/** A stand-in when an entry's person record is missing (should not happen; never crash a list over it). */
function placeholderPerson(e: Entry): Person {
  const handle = e.personId.slice(e.personId.indexOf(':') + 1);
  return { id: e.personId, site: e.site, handle, displayName: handle, firstSeen: e.date, lastInteraction: e.date };
}

function copyEntry(e: Entry): Entry {
  const out: Entry = { id: e.id, personId: e.personId, site: e.site, direction: e.direction, kind: e.kind, note: e.note, date: e.date };
  if (e.link !== undefined) out.link = e.link;
  return out;
}

/** Oldest first, ties by id: the order of the date index. */
const oldestFirst = (a: Entry, b: Entry) => -newestFirst(a, b);

export type Journal = JournalApi & {
  close(): void;
  /** importJson with progress reports and cancelling (in-process callers: the background's import port). */
  importJson(text: string, opts?: ImportOptions): Promise<ImportReport>;
};

export interface OpenOptions {
  /** Called after every write that committed (the background refreshes the badge). */
  onChange?(): void;
  /** How long an upgrade waits for an old connection elsewhere to close (tests shorten it). */
  blockedTimeoutMs?: number;
  /** The user's losing-touch days, for calls that do not say (the background reads settings; the page then need not). */
  losingTouchDays?(): Promise<number>;
}

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
  let current: Promise<IDBPDatabase<JournalDB>> | null = null;
  let closed = false;
  /** The time zone the day counts were made in (checked before they are read). */
  let talliesZone: string | null = null;

  // The search index: built on first use, patched by writes made here, dropped
  // by writes elsewhere (announced on a BroadcastChannel). `generation` stops
  // a build that raced a write from keeping what it read.
  let index: SearchIndex | null = null;
  let building: Promise<SearchIndex> | null = null;
  let generation = 0;
  // The summary's inputs (people, per-handle and per-day counts: small, one
  // record per person or day), kept after a read until the next write.
  let summary: {
    generation: number; people: Person[]; tallies: PersonTally[]; days: CountRecord[]; total: Balance; dismissed: Set<string>;
    /** Derived once per summary: people grouped with their counts, and merge suggestions by limit. */
    groups?: Map<string, PersonBalance>; suggestions?: Map<number, MergeSuggestion[]>;
  } | null = null;
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

  /**
   * Runs `fn` in one transaction over every store; on any error the
   * transaction is aborted (nothing written). After a write commits, `patch`
   * brings the search index up to date (without it the index is dropped).
   */
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

  /** The search index, built once from every entry (then kept current by writes). */
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

  /** The latest entry date of a person (after changes in this transaction), or undefined if none is left. */
  async function latestOf(tx: Tx<'readwrite'>, personId: string): Promise<string | undefined> {
    let latest: string | undefined;
    for (const e of await tx.objectStore('entries').index('personId').getAll(personId)) if (latest === undefined || e.date > latest) latest = e.date;
    return latest;
  }

  async function joinPeople(tx: Tx<IDBTransactionMode>, page: Entry[], known?: Map<string, Person>): Promise<EntryWithPerson[]> {
    const people = tx.objectStore('people');
    const map = known ?? new Map<string, Person>();
    const missing = [...new Set(page.map((e) => e.personId))].filter((id) => !map.has(id));
    const found = await Promise.all(missing.map((id) => people.get(id)));
    missing.forEach((id, i) => { const p = found[i]; if (p) map.set(id, p); });
    return page.map((e) => ({ ...e, person: map.get(e.personId) ?? placeholderPerson(e) }));
  }

  /** Entries matching a filter with text, site, direction or kind: through the search index. */
  async function searchRows(f: CheckedFilter, personIds?: Set<string>): Promise<Row[]> {
    const idx = await searchIndex();
    let matchingPeople: Set<string> | undefined;
    if (f.text !== '') {
      matchingPeople = new Set();
      for (const p of await peopleNow()) {
        if (p.handle.toLowerCase().includes(f.text) || p.displayName.toLowerCase().includes(f.text)) matchingPeople.add(p.id);
      }
    }
    const { site, direction, kind, from, to, text } = f;
    return idx.rows.filter((r) =>
      (site === undefined || r.site === site)
      && (direction === undefined || r.direction === direction)
      && (kind === undefined || r.kind === kind)
      && (personIds === undefined || personIds.has(r.personId))
      && (from === undefined || r.date >= from)
      && (to === undefined || r.date <= to)
      && (text === '' || matchingPeople?.has(r.personId) === true || r.text.includes(text)));
  }

  async function overview(opts: unknown): Promise<Overview> {
    const o = isObject(opts) ? opts : {};
    const nowIso = checkNow(o.now);
    const weeks = checkCount(blank(o.weeks) ? undefined : o.weeks, 'weeks', 12, 520);
    const limit = checkCount(blank(o.limit) ? undefined : o.limit, 'limit', 5);
    const given = o.losingTouchDays;
    if (!blank(given) && (typeof given !== 'number' || !Number.isFinite(given) || given < 0)) bad(`losingTouchDays must be a number of days (got ${describeType(given)})`);
    const days = blank(given) ? ((await options.losingTouchDays?.().catch(() => undefined)) ?? 30) : (given as number);
    return inTx('readonly', async (tx) => {
      const seen = generation;
      let kept = summary;
      if (!kept || kept.generation !== seen) {
        const meta = tx.objectStore('meta');
        const [people, tallies, days, total, dismissed] = await Promise.all([
          tx.objectStore('people').getAll(), meta.getAll(prefixRange('p:')) as Promise<PersonTally[]>,
          meta.getAll(prefixRange('d:')) as Promise<CountRecord[]>, totalOf(tx), dismissedPairs(tx),
        ]);
        kept = { generation: seen, people, tallies, days, total, dismissed };
        if (seen === generation) summary = kept;
      }
      const groups = (kept.groups ??= groupsOf(kept.people, kept.tallies));
      const suggestions = (kept.suggestions ??= new Map());
      if (!suggestions.has(limit)) suggestions.set(limit, suggestionsOf(groups, kept.dismissed, limit));
      return {
        overall: { ...kept.total },
        week: balanceFromDays(kept.days, localMondayOf(nowIso)),
        weekly: weeklyFrom(kept.total, kept.days, weeks, nowIso),
        owed: owedOf(groups.values(), limit, nowIso),
        losingTouch: losingTouchOf(groups.values(), days, limit, nowIso),
        suggestions: suggestions.get(limit) ?? [],
        waiting: waitingCount(groups, days, nowIso),
        losingTouchDays: days,
      };
    });
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
        await applyTallies(tx, [], [entry]);
        return { ...entry, person };
      }, (added, idx) => idx.put(copyEntry(added)));
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
        await applyTallies(tx, [old], [entry]);
        let person = (await people.get(old.personId)) ?? placeholderPerson(entry);
        const latest = (await latestOf(tx, old.personId)) ?? date;
        // The last interaction follows the entries when this one was (or becomes) the latest.
        const lastInteraction = old.date >= person.lastInteraction || date > person.lastInteraction ? latest : person.lastInteraction;
        const next = { ...person, firstSeen: minIso(person.firstSeen, date), lastInteraction };
        if (!samePerson(next, person)) await people.put(next);
        person = next;
        return { ...entry, person };
      }, (updated, idx) => idx.put(copyEntry(updated)));
    },

    async deleteEntry(id: string): Promise<Entry | null> {
      if (typeof id !== 'string') bad(`id must be an entry id (got ${describeType(id)})`);
      return inTx('readwrite', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        const entry = await entries.get(id);
        if (!entry) return null;
        await entries.delete(id);
        await applyTallies(tx, [entry], []);
        const person = await people.get(entry.personId);
        if (person) {
          const latest = await latestOf(tx, entry.personId);
          if (latest === undefined) {
            // Their only entry: the person goes too (undo brings them back), unless others are merged into them.
            if ((await people.index('mergedInto').count(person.id)) === 0) await people.delete(person.id);
          } else if (entry.date >= person.lastInteraction && latest !== person.lastInteraction) {
            await people.put({ ...person, lastInteraction: latest });
          }
        }
        // With the person as it was, so restoreEntry can bring both back exactly.
        const removed: EntryWithPerson = { ...copyEntry(entry), person: person ?? placeholderPerson(entry) };
        return removed;
      }, (removed, idx) => { if (removed) idx.remove(removed.id); });
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
        const people = tx.objectStore('people'), entries = tx.objectStore('entries');
        let base = (await people.get(entry.personId)) ?? snapshot ?? placeholderPerson(entry);
        // A group that no longer exists is not rejoined.
        if (base.mergedInto !== undefined && !(await people.get(base.mergedInto))) base = withoutKeys(base, 'mergedInto');
        const person = { ...base, firstSeen: minIso(base.firstSeen, entry.date), lastInteraction: maxIso(base.lastInteraction, entry.date) };
        const old = await entries.get(entry.id);
        await Promise.all([people.put(person), entries.put(entry)]);
        await applyTallies(tx, old ? [old] : [], [entry]);
      }, (_, idx) => idx.put(entry));
    },

    async listEntries(filter) {
      const f = checkFilter(filter);
      if (f.from !== undefined && f.to !== undefined && f.from > f.to) return { entries: [], total: 0 };
      const narrowed = f.text !== '' || f.site !== undefined || f.direction !== undefined || f.kind !== undefined;
      if (f.personId !== undefined) {
        // One person: every handle merged with them.
        const group = await inTx('readonly', (tx) => groupOf(tx, f.personId as string));
        const ids = new Set(group ? group.handles.map((h) => h.id) : [f.personId]);
        if (!narrowed) {
          return inTx('readonly', async (tx) => {
            const index = tx.objectStore('entries').index('personId');
            const lists = await Promise.all([...ids].map((id) => index.getAll(id)));
            const range = dateRange(f.from, f.to);
            const all = lists.flat().filter((e) => !range || range.includes(e.date)).sort(newestFirst);
            return { entries: await joinPeople(tx, all.slice(f.offset, f.offset + f.limit)), total: all.length };
          });
        }
        const rows = await searchRows(f, ids);
        return pageOfRows(rows, f);
      }
      if (narrowed) return pageOfRows(await searchRows(f), f);
      // No filter but dates: the newest entries through the date index; only about the requested page is read.
      return inTx('readonly', async (tx) => {
        const entries = tx.objectStore('entries');
        const range = dateRange(f.from, f.to);
        const index = entries.index('date');
        const total = range ? await index.count(range) : (({ gave, received }) => gave + received)(await totalOf(tx));
        const page: Entry[] = [];
        const warm = summary?.generation === generation ? summary : null;
        if (f.limit > 0 && f.offset < total && !range && f.offset + f.limit <= RECENT_MAX) {
          // The day counts say from which local day on the newest offset + limit entries lie:
          // one getAll from there (a cursor would cost a round trip per entry).
          const days = warm?.days ?? ((await tx.objectStore('meta').getAll(prefixRange('d:'))) as CountRecord[]);
          let seen = 0, fromDay: string | undefined;
          for (let i = days.length - 1; i >= 0 && seen < f.offset + f.limit; i--) {
            const d = days[i] as CountRecord;
            seen += d.gave + d.received;
            fromDay = d.key.slice(2);
          }
          const lower = fromDay === undefined ? null : rangeStart(fromDay);
          const recent = await index.getAll(lower ? IDBKeyRange.lowerBound(lower) : undefined);
          recent.reverse(); // newest first; ties by id descending, as the index walked backwards
          page.push(...recent.slice(f.offset, f.offset + f.limit));
        } else if (f.limit > 0 && f.offset < total && f.offset >= CURSOR_OFFSET_MAX) {
          // Deep pages: skipping with a cursor visits every record; the keys alone are cheaper.
          const keys = await index.getAllKeys(range);
          const ids = keys.slice(Math.max(0, keys.length - f.offset - f.limit), keys.length - f.offset).reverse();
          for (const e of await Promise.all(ids.map((id) => entries.get(id)))) if (e) page.push(e);
        } else if (f.limit > 0 && f.offset < total) {
          let cursor = await index.openCursor(range, 'prev');
          if (cursor && f.offset > 0) cursor = await cursor.advance(f.offset);
          while (cursor) {
            page.push(cursor.value);
            if (page.length >= f.limit) break;
            cursor = await cursor.continue();
          }
        }
        return { entries: await joinPeople(tx, page, warm ? new Map(warm.people.map((p) => [p.id, p])) : undefined), total };
      });
    },

    async people(): Promise<Person[]> {
      return inTx('readonly', async (tx) => (await tx.objectStore('people').index('lastInteraction').getAll()).reverse());
    },

    async personDetail(personId: string) {
      if (typeof personId !== 'string') bad(`personId must be text (got ${describeType(personId)})`);
      return inTx('readonly', async (tx) => {
        const group = await groupOf(tx, personId);
        if (!group) return null;
        const groups = await loadGroups(tx);
        const balance = groups.get(group.lead.id);
        const index = tx.objectStore('entries').index('personId');
        const entries = (await Promise.all(group.handles.map((h) => index.getAll(h.id)))).flat().sort(newestFirst);
        const base: PersonBalance = balance ?? { person: group.lead, handles: group.handles, gave: 0, received: 0, lastInteraction: group.lead.lastInteraction };
        return { ...base, handles: group.handles, entries };
      });
    },

    async balance(from?: string): Promise<Balance> {
      if (blank(from)) return inTx('readonly', totalOf);
      if (typeof from !== 'string') return bad(`from is not a valid date (got ${describeType(from)})`);
      const start = rangeStart(from) ?? bad(`from is not a valid date (got ${describeType(from)})`);
      // A calendar day: from the day counts; an exact moment: through the date index.
      if (/^\d{4}-\d{2}-\d{2}$/.test(from)) return inTx('readonly', (tx) => balanceFromDay(tx, from));
      return inTx('readonly', (tx) => balanceFromTime(tx, start));
    },

    async weekly(weeks: number, now?: string): Promise<WeekBalance[]> {
      const n = checkCount(weeks, 'weeks', undefined, 520);
      const nowIso = checkNow(now);
      if (n === 0) return [];
      return inTx('readonly', (tx) => weeklyOf(tx, n, nowIso));
    },

    async owed(limit: number, now?: string): Promise<PersonBalance[]> {
      const max = checkCount(limit, 'limit');
      const nowIso = checkNow(now);
      return inTx('readonly', async (tx) => owedOf((await loadGroups(tx)).values(), max, nowIso));
    },

    async losingTouch(days: number, limit: number, now?: string): Promise<PersonBalance[]> {
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) bad(`days must be a number of days (got ${describeType(days)})`);
      const max = checkCount(limit, 'limit');
      const nowIso = checkNow(now);
      if (max === 0) return [];
      return inTx('readonly', async (tx) => losingTouchOf((await loadGroups(tx)).values(), days, max, nowIso));
    },

    overview,

    async reminders(days: number, now?: string) {
      if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) bad(`days must be a number of days (got ${describeType(days)})`);
      const nowIso = checkNow(now);
      return inTx('readonly', async (tx) => {
        const groups = await loadGroups(tx);
        return {
          waiting: waitingCount(groups, days, nowIso),
          helpedNoReply: helpedNoReply(groups, nowIso),
          losingTouch: losingTouchOf(groups.values(), days, Infinity, nowIso).length,
        };
      });
    },

    async mergePeople(keepId: string, otherId: string): Promise<PersonBalance> {
      checkId(keepId, 'keepId');
      checkId(otherId, 'otherId');
      const leadId = await inTx('readwrite', (tx) => mergeGroups(tx, keepId, otherId), keepIndex);
      const detail = await api.personDetail(leadId);
      if (!detail) return bad('the merged person went missing');
      const { entries: _e, ...balance } = detail;
      return balance;
    },

    async splitPerson(personId: string): Promise<void> {
      checkId(personId);
      await inTx('readwrite', (tx) => splitHandle(tx, personId), keepIndex);
    },

    async snoozePerson(personId: string, days = SNOOZE_DAYS, now?: string): Promise<void> {
      checkId(personId);
      const d = checkCount(days, 'days', SNOOZE_DAYS, 3650);
      const until = d === 0 ? null : new Date(Date.parse(checkNow(now)) + d * DAY_MS).toISOString();
      await inTx('readwrite', (tx) => snoozeGroup(tx, personId, until), keepIndex);
    },

    async dismissSuggestion(aId: string, bId: string): Promise<void> {
      checkId(aId, 'aId');
      checkId(bId, 'bId');
      await inTx('readwrite', (tx) => dismissPair(tx, aId, bId), keepIndex);
    },

    async prepareSearch(): Promise<void> {
      await searchIndex();
    },

    async exportJson(): Promise<JournalExport> {
      return inTx('readonly', async (tx) => {
        // People by id, entries oldest first (sorting here is cheaper than reading through the date index).
        const [people, entries] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('entries').getAll()]);
        entries.sort(oldestFirst);
        // Groups by the rule (groups.ts), so a journal damaged by an older version still exports a file that imports.
        return {
          format: JOURNAL_FORMAT, version: JOURNAL_VERSION, exportedAt: new Date().toISOString(), people: normalizedPeople(people), entries: entries.map(copyEntry),
        };
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

    async importJson(text: string, opts: ImportOptions = {}): Promise<ImportReport> {
      // Everything that can be checked without the journal, with progress; a cancel here changes nothing.
      const file = await checkJournalFile(text, opts);
      if (opts.signal?.aborted) throw cancelled();
      try {
        return await inTx('readwrite', (tx) => writeImport(tx, file, opts));
      } catch (e) {
        if (e instanceof JournalImportError || (e instanceof Error && e.name === 'AbortError')) throw e;
        const why = e instanceof Error ? e.message : String(e);
        throw new JournalImportError(`the journal could not save the import (${why}); nothing was changed`);
      }
    },

    async clear(): Promise<void> {
      await inTx('readwrite', async (tx) => {
        await Promise.all([tx.objectStore('people').clear(), tx.objectStore('entries').clear(), tx.objectStore('meta').clear()]);
        await rebuildTallies(tx);
      }, (_, idx) => { idx.rows.length = 0; });
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

  async function pageOfRows(rows: Row[], f: CheckedFilter) {
    const ids = rows.slice(f.offset, f.offset + f.limit).map((r) => r.id);
    return inTx('readonly', async (tx) => {
      const entries = tx.objectStore('entries');
      const page: Entry[] = [];
      for (const e of await Promise.all(ids.map((id) => entries.get(id)))) if (e) page.push(e);
      const warm = summary?.generation === generation ? summary : null;
      return { entries: await joinPeople(tx, page, warm ? new Map(warm.people.map((p) => [p.id, p])) : undefined), total: rows.length };
    });
  }

  /** Every person record: the summary's copy while it is current, else from the database. */
  async function peopleNow(): Promise<Person[]> {
    if (summary?.generation === generation) return summary.people;
    return (await getDb()).getAll('people');
  }

  await getDb(); // open (and upgrade) now, so errors surface here
  return api;
}

