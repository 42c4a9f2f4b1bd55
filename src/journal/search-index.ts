// A compact in-memory index of the entries for search and filters: one small
// row per entry (no note text as typed, no link), newest first, with the
// note lower-cased once. Built on the first search (or when the page asks
// for it ahead of time) and kept current by every write made through this
// journal; a write elsewhere (another extension context) drops it.
import type { Direction, Entry, EntryKind } from './types';
import type { SiteId } from '../settings/sites';

export interface Row {
  id: string;
  personId: string;
  site: SiteId;
  direction: Direction;
  kind: EntryKind;
  date: string;
  /** The note, lower-cased. */
  text: string;
}

// Every entry read from IndexedDB carries its own copy of strings such as
// "linkedin", "gave" or its person's id; the index keeps one of each.
const shared = new Map<string, string>();
const intern = <T extends string>(s: T): T => {
  const known = shared.get(s);
  if (known !== undefined) return known as T;
  if (shared.size < 100_000) shared.set(s, s);
  return s;
};

export const toRow = (e: Entry): Row => ({
  id: e.id, personId: intern(e.personId), site: intern(e.site), direction: intern(e.direction), kind: intern(e.kind), date: e.date,
  text: e.note === '' ? '' : e.note.toLowerCase(),
});

/** Newest first; ties by id (descending), the order of the date index walked backwards. */
export const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

export class SearchIndex {
  constructor(readonly rows: Row[]) {}

  static fromEntries(entries: Entry[]): SearchIndex {
    const rows = entries.map(toRow);
    rows.sort(newestFirst);
    return new SearchIndex(rows);
  }

  remove(id: string): void {
    const i = this.rows.findIndex((r) => r.id === id);
    if (i >= 0) this.rows.splice(i, 1);
  }

  put(e: Entry): void {
    this.remove(e.id);
    const row = toRow(e);
    let lo = 0, hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newestFirst(this.rows[mid] as Row, row) <= 0) lo = mid + 1; else hi = mid;
    }
    this.rows.splice(lo, 0, row);
  }
}
