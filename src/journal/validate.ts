// Shared rules for journal data: limits, ISO dates, person handles and ids,
// links. Used by the store (addEntry, updateEntry, restoreEntry, filters) and
// by the import validator, so both accept and reject exactly the same things.
import { SITE_IDS, type SiteId } from '../settings/sites';
import { DIRECTIONS, ENTRY_KINDS, type Direction, type EntryKind } from './types';

export const LIMITS = {
  /** Handle or profile name, after trimming. */
  person: 200,
  displayName: 200,
  note: 5_000,
  link: 2_048,
  /** Entry ids (random UUIDs when created here). */
  entryId: 100,
  /** `${site}:${handle}`. */
  personId: 220,
  /** Import: characters of JSON text (about 100 MB of ASCII; 100,000 entries pretty-printed are about 35 MB). */
  fileChars: 100 * 1024 * 1024,
  importEntries: 200_000,
  importPeople: 50_000,
  /** Filters: search text. */
  searchText: 200,
} as const;

/** Dates outside these years are almost certainly typos (and years ≥ 10000 break ISO string ordering). */
const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(10000, 0, 1);

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date ("2024-03-01", UTC midnight) or date-time
 * ("2024-03-01T14:30", local time as in JavaScript; "…Z" or "…+02:00").
 * Unlike Date.parse it rejects impossible values such as 2024-02-30 or
 * 25:00. Returns milliseconds since the epoch, or null.
 */
export function parseIsoDate(value: string): number | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, fs, zone] = m;
  const year = Number(ys), month = Number(mos), day = Number(ds);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let time: number;
  if (hs === undefined) {
    time = Date.UTC(year, month - 1, day);
  } else {
    const hour = Number(hs), minute = Number(mis), second = Number(ss ?? 0);
    const ms = Number((fs ?? '0').slice(0, 3).padEnd(3, '0'));
    if (hour > 23 || minute > 59 || second > 59) return null;
    if (zone === undefined) {
      time = new Date(year, month - 1, day, hour, minute, second, ms).getTime();
    } else {
      time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
      if (zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2, 4));
        if (oh > 23 || om > 59) return null;
        time -= sign * (oh * 60 + om) * 60_000;
      }
    }
  }
  if (!Number.isFinite(time) || time < MIN_TIME || time >= MAX_TIME) return null;
  return time;
}

/** The canonical stored form of an ISO date (UTC, milliseconds: sorts as a string), or null. */
export function normalizeIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = parseIsoDate(value);
  return t === null ? null : new Date(t).toISOString();
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight (in this context's time zone) starting a calendar day YYYY-MM-DD, or null. */
export function localDayStart(day: string): number | null {
  const m = DAY_RE.exec(day);
  if (!m || parseIsoDate(day) === null) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** Start of a filter range: a day (YYYY-MM-DD) means its local midnight, as the user sees days. */
export function rangeStart(value: string): string | null {
  if (DAY_RE.test(value)) {
    const t = localDayStart(value);
    return t === null ? null : new Date(t).toISOString();
  }
  return normalizeIsoDate(value);
}

/** End of an inclusive filter range: a day (YYYY-MM-DD) means up to its last local millisecond. */
export function rangeEnd(value: string): string | null {
  const m = DAY_RE.exec(value);
  if (m) {
    if (localDayStart(value) === null) return null;
    // The next local midnight minus 1 ms (days are 23 or 25 hours around DST changes).
    return new Date(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1).toISOString();
  }
  return normalizeIsoDate(value);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day (YYYY-MM-DD) of a moment. */
export function localDayOf(t: number | string): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** The local calendar day of the Monday starting the week of a moment. */
export function localMondayOf(t: number | string): string {
  const d = new Date(t);
  return localDayOf(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime());
}

/** A calendar day plus `n` days (calendar arithmetic, immune to DST). */
export function addDays(day: string, n: number): string {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d + n));
  return t.toISOString().slice(0, 10);
}

/** This context's time zone name (tallies per local day are rebuilt when it changes). */
export function currentTimeZone(): string {
  // The name, plus winter and summer offsets in case a runtime keeps a stale name.
  const offsets = `${new Date(2024, 0, 1).getTimezoneOffset()}/${new Date(2024, 6, 1).getTimezoneOffset()}`;
  try {
    return `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${offsets}`;
  } catch {
    return offsets;
  }
}

/** Handle or profile name as stored: NFC, trimmed, whitespace collapsed; X handles start with "@". */
export function normalizeHandle(site: SiteId, raw: string): string {
  const s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (site === 'x' && s !== '' && !s.startsWith('@')) return `@${s}`;
  return s;
}

/** The stable id of a person: `${site}:${handle lower-cased}` ("x:@ada", "linkedin:ada lovelace"). */
export function personIdOf(site: SiteId, handle: string): string {
  return `${site}:${normalizeHandle(site, handle).toLowerCase()}`;
}

/** The site part of a person id, if it names a known site. */
export function siteOfPersonId(personId: string): SiteId | null {
  const site = personId.slice(0, personId.indexOf(':'));
  return isSite(site) ? site : null;
}

export function isSite(v: unknown): v is SiteId {
  return typeof v === 'string' && (SITE_IDS as readonly string[]).includes(v);
}
export function isDirection(v: unknown): v is Direction {
  return typeof v === 'string' && (DIRECTIONS as readonly string[]).includes(v);
}
export function isKind(v: unknown): v is EntryKind {
  return typeof v === 'string' && (ENTRY_KINDS as readonly string[]).includes(v);
}

/** Only absolute http(s) links: never javascript:, data:, file: or relative ones. */
export function isHttpUrl(v: string): boolean {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Entry ids: letters, digits and - _ . : (UUIDs, or simple ids in hand-written files). */
export const ENTRY_ID_RE = /^[A-Za-z0-9_.:-]+$/;

/** A value quoted for a message, shortened so a huge or hostile value cannot flood the UI. */
export function shown(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  else if (value === null) s = 'null';
  else if (Array.isArray(value)) s = 'a list';
  else if (typeof value === 'object') s = 'an object';
  else s = String(value);
  return s;
}

/** "a string", "a number (12)", … for messages about wrong types. */
export function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return `a string (${shown(value)})`;
    case 'number': return `a number (${shown(value)})`;
    case 'boolean': return `${value}`;
    case 'object': return 'an object';
    default: return typeof value;
  }
}

export const fmt = (n: number) => n.toLocaleString('en-US');

// ---------------------------------------------------------------------------
// Field rules, written once: the store (every message), the import schema and
// the forms all ask these, so they accept and reject exactly the same things
// with the same words. Each returns the problem, or undefined when fine.

export function personProblem(handle: string): string | undefined {
  if (handle === '' || handle === '@') return 'is empty: enter a handle or profile name';
  if (handle.length > LIMITS.person) return `is too long (${fmt(handle.length)} characters; the limit is ${fmt(LIMITS.person)})`;
  return undefined;
}

export function displayNameProblem(name: string): string | undefined {
  return name.length > LIMITS.displayName ? `is too long (${fmt(name.length)} characters; the limit is ${fmt(LIMITS.displayName)})` : undefined;
}

export function noteProblem(note: string): string | undefined {
  return note.length > LIMITS.note ? `is too long (${fmt(note.length)} characters; the limit is ${fmt(LIMITS.note)})` : undefined;
}

/** A link must be absolute http(s) (never javascript:, data:, file:). Empty is fine: links are optional. */
export function linkProblem(link: string): string | undefined {
  if (link === '') return undefined;
  if (link.length > LIMITS.link) return `is too long (${fmt(link.length)} characters; the limit is ${fmt(LIMITS.link)})`;
  if (!isHttpUrl(link)) return `must be an http:// or https:// address (got ${shown(link)})`;
  return undefined;
}
