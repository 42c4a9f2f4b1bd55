// Checks of what arrives at the store by message (nothing is trusted). The
// field rules themselves live in validate.ts, shared with the import schema
// and the forms; this file only turns their answers into thrown errors.
import { SITE_IDS, type SiteId } from '../settings/sites';
import { DIRECTIONS, ENTRY_KINDS, type Direction, type EntryKind } from './types';
import {
  describeType, displayNameProblem, fmt, isDirection, isKind, isSite, LIMITS, linkProblem, normalizeHandle, normalizeIsoDate, noteProblem,
  personIdOf, personProblem, rangeEnd, rangeStart, shown,
} from './validate';
export { isObject } from '../is-object';
import { isObject } from '../is-object';

/** listEntries page size when the filter gives none. */
export const DEFAULT_PAGE_SIZE = 50;

export const bad = (message: string): never => {
  throw new Error(message);
};

export const blank = (x: unknown) => x === undefined || x === null || x === '';

export function checkSite(v: unknown): SiteId {
  return isSite(v) ? v : bad(`site must be one of ${SITE_IDS.join(', ')} (got ${describeType(v)})`);
}
export function checkDirection(v: unknown): Direction {
  return isDirection(v) ? v : bad(`direction must be one of ${DIRECTIONS.join(', ')} (got ${describeType(v)})`);
}
export function checkKind(v: unknown): EntryKind {
  return isKind(v) ? v : bad(`kind must be one of ${ENTRY_KINDS.join(', ')} (got ${describeType(v)})`);
}
export function checkNote(v: unknown): string {
  if (blank(v)) return '';
  if (typeof v !== 'string') return bad(`note must be text (got ${describeType(v)})`);
  const note = v.trim();
  const problem = noteProblem(note);
  return problem ? bad(`note ${problem}`) : note;
}
export function checkLink(v: unknown): string | undefined {
  if (blank(v)) return undefined;
  if (typeof v !== 'string') return bad(`link must be text (got ${describeType(v)})`);
  const link = v.trim();
  if (link === '') return undefined;
  const problem = linkProblem(link);
  return problem ? bad(`link ${problem}`) : link;
}
export function checkDate(v: unknown, field = 'date'): string {
  return normalizeIsoDate(v) ?? bad(`${field} is not a valid date (got ${typeof v === 'string' ? shown(v) : describeType(v)})`);
}
export function checkCount(v: unknown, field: string, fallback?: number, max = Number.MAX_SAFE_INTEGER): number {
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    return bad(`${field} must be a whole number from 0 to ${fmt(max)} (got ${describeType(v)})`);
  }
  return v;
}
export function checkId(v: unknown, field = 'personId'): string {
  return typeof v === 'string' && v !== '' && v.length <= LIMITS.personId ? v : bad(`${field} must be a person id (got ${describeType(v)})`);
}
export function checkNow(v: unknown): string {
  return blank(v) ? new Date().toISOString() : checkDate(v, 'now');
}

export interface CheckedNewEntry {
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

export function checkNewEntry(input: unknown): CheckedNewEntry {
  if (!isObject(input)) return bad(`an entry must be an object (got ${describeType(input)})`);
  const site = checkSite(input.site);
  if (typeof input.person !== 'string') bad(`person must be a handle or profile name (got ${describeType(input.person)})`);
  const handle = normalizeHandle(site, input.person as string);
  const problem = personProblem(handle);
  if (problem) bad(`person ${problem}`);
  let displayName: string | undefined;
  if (!blank(input.displayName)) {
    if (typeof input.displayName !== 'string') bad(`displayName must be text (got ${describeType(input.displayName)})`);
    displayName = (input.displayName as string).normalize('NFC').replace(/\s+/g, ' ').trim() || undefined;
    const nameProblem = displayName === undefined ? undefined : displayNameProblem(displayName);
    if (nameProblem) bad(`displayName ${nameProblem}`);
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

export interface CheckedFilter {
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

export function checkFilter(input: unknown): CheckedFilter {
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
