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
  /** Import: characters of JSON text (about 20 MB of ASCII). */
  fileChars: 20 * 1024 * 1024,
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

/** Start of a filter range: a day means its UTC midnight. */
export function rangeStart(value: string): string | null {
  return normalizeIsoDate(value);
}

/** End of an inclusive filter range: a day (YYYY-MM-DD) means up to its last millisecond (UTC). */
export function rangeEnd(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const t = parseIsoDate(value);
    return t === null ? null : new Date(t + 86_400_000 - 1).toISOString();
  }
  return normalizeIsoDate(value);
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
