// Reading entries and people: the paged, filtered list (through the date
// index for plain pages, the search index for text and filters), every
// handle, and one person's detail with all their merged handles.
import type { EntryWithPerson, JournalApi } from './api';
import { bad, checkFilter, type CheckedFilter } from './checks';
import { groupOf } from './people';
import { loadGroups, totalOf } from './queries';
import { placeholderPerson } from './records';
import { suggestRhythm } from './rhythm';
import type { CountRecord, Tx } from './schema';
import { newestFirst, type Row } from './search-index';
import type { Session } from './session';
import { prefixRange } from './tallies';
import type { Entry, Person, PersonBalance } from './types';
import { describeType, rangeStart } from './validate';

/** Pages further than this are read by key rather than by skipping with a cursor. */
const CURSOR_OFFSET_MAX = 200;
/** Pages within the newest this many entries are read in one request, found through the day counts. */
const RECENT_MAX = 2_000;

function dateRange(from?: string, to?: string): IDBKeyRange | undefined {
  if (from !== undefined && to !== undefined) return from <= to ? IDBKeyRange.bound(from, to) : undefined;
  if (from !== undefined) return IDBKeyRange.lowerBound(from);
  if (to !== undefined) return IDBKeyRange.upperBound(to);
  return undefined;
}

async function joinPeople(tx: Tx<IDBTransactionMode>, page: Entry[], known?: ReadonlyMap<string, Person>): Promise<EntryWithPerson[]> {
  const people = tx.objectStore('people');
  const fetched = new Map<string, Person>();
  const missing = [...new Set(page.map((e) => e.personId))].filter((id) => !known?.has(id));
  const found = await Promise.all(missing.map((id) => people.get(id)));
  missing.forEach((id, i) => { const p = found[i]; if (p) fetched.set(id, p); });
  return page.map((e) => ({ ...e, person: known?.get(e.personId) ?? fetched.get(e.personId) ?? placeholderPerson(e) }));
}

export function listing(s: Session): Pick<JournalApi, 'listEntries' | 'people' | 'personDetail'> {
  /** Every person by id while the kept summary is current (made once per summary, not per page). */
  const knownPeople = () => {
    const warm = s.warm();
    return warm ? (warm.peopleById ??= new Map(warm.people.map((p) => [p.id, p]))) : undefined;
  };

  /** Entries matching a filter with text, site, direction or kind: through the search index. */
  async function searchRows(f: CheckedFilter, personIds?: Set<string>): Promise<Row[]> {
    const idx = await s.searchIndex();
    let matchingPeople: Set<string> | undefined;
    if (f.text !== '') {
      matchingPeople = new Set();
      for (const p of await s.peopleNow()) {
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

  async function pageOfRows(rows: Row[], f: CheckedFilter) {
    const ids = rows.slice(f.offset, f.offset + f.limit).map((r) => r.id);
    return s.inTx('readonly', async (tx) => {
      const entries = tx.objectStore('entries');
      const page: Entry[] = [];
      for (const e of await Promise.all(ids.map((id) => entries.get(id)))) if (e) page.push(e);
      return { entries: await joinPeople(tx, page, knownPeople()), total: rows.length };
    });
  }

  return {
    async listEntries(filter) {
      const f = checkFilter(filter);
      if (f.from !== undefined && f.to !== undefined && f.from > f.to) return { entries: [], total: 0 };
      const narrowed = f.text !== '' || f.site !== undefined || f.direction !== undefined || f.kind !== undefined;
      if (f.personId !== undefined) {
        // One person: every handle merged with them.
        const group = await s.inTx('readonly', (tx) => groupOf(tx, f.personId as string));
        const ids = new Set(group ? group.handles.map((h) => h.id) : [f.personId]);
        if (!narrowed) {
          return s.inTx('readonly', async (tx) => {
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
      return s.inTx('readonly', async (tx) => {
        const entries = tx.objectStore('entries');
        const range = dateRange(f.from, f.to);
        const index = entries.index('date');
        const total = range ? await index.count(range) : (({ gave, received }) => gave + received)(await totalOf(tx));
        const page: Entry[] = [];
        const warm = s.warm();
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
        return { entries: await joinPeople(tx, page, knownPeople()), total };
      });
    },

    async people(): Promise<Person[]> {
      return s.inTx('readonly', async (tx) => (await tx.objectStore('people').index('lastInteraction').getAll()).reverse());
    },

    async personDetail(personId: string) {
      if (typeof personId !== 'string') bad(`personId must be text (got ${describeType(personId)})`);
      return s.inTx('readonly', async (tx) => {
        const group = await groupOf(tx, personId);
        if (!group) return null;
        const groups = await loadGroups(tx);
        const balance = groups.get(group.lead.id);
        const index = tx.objectStore('entries').index('personId');
        const entries = (await Promise.all(group.handles.map((h) => index.getAll(h.id)))).flat().sort(newestFirst);
        const base: PersonBalance = balance ?? { person: group.lead, handles: group.handles, gave: 0, received: 0, lastInteraction: group.lead.lastInteraction };
        return { ...base, handles: group.handles, entries, suggested: suggestRhythm(entries.map((e) => e.date)) };
      });
    },
  };
}
