// Small helpers about stored records, shared by the store's parts.
import { newestFirst } from './search-index';
import type { Entry, Person } from './types';

export const maxIso = (a: string, b: string) => (a > b ? a : b);
export const minIso = (a: string, b: string) => (a < b ? a : b);

/** A stand-in when an entry's person record is missing (should not happen; never crash a list over it). */
export function placeholderPerson(e: Entry): Person {
  const handle = e.personId.slice(e.personId.indexOf(':') + 1);
  return { id: e.personId, site: e.site, handle, displayName: handle, firstSeen: e.date, lastInteraction: e.date };
}

/** The entry's own fields only (no person joined to it). */
export function copyEntry(e: Entry): Entry {
  const out: Entry = { id: e.id, personId: e.personId, site: e.site, direction: e.direction, kind: e.kind, note: e.note, date: e.date };
  if (e.link !== undefined) out.link = e.link;
  return out;
}

/** Oldest first, ties by id: the order of the date index. */
export const oldestFirst = (a: Entry, b: Entry) => -newestFirst(a, b);
