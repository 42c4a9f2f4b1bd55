// The journal's data model (DESIGN.md, "Journal"). Plain data: it crosses
// message boundaries between the background and extension pages.
import type { SiteId } from '../settings/sites';

export type Direction = 'gave' | 'received';
export type EntryKind = 'reply' | 'comment' | 'intro' | 'advice' | 'share' | 'thanks' | 'other';
export const DIRECTIONS: readonly Direction[] = ['gave', 'received'];
export const ENTRY_KINDS: readonly EntryKind[] = ['reply', 'comment', 'intro', 'advice', 'share', 'thanks', 'other'];

/** A person is identified by site + handle (X "@ada") or profile name (Facebook, LinkedIn). */
export interface Person {
  /** `${site}:${handle lower-cased}`; stable, so the same person merges across imports. */
  id: string;
  site: SiteId;
  handle: string;
  displayName: string;
  /** ISO 8601 timestamps. */
  firstSeen: string;
  lastInteraction: string;
}

export interface Entry {
  /** Random UUID; imports merge by this id. */
  id: string;
  personId: string;
  site: SiteId;
  direction: Direction;
  kind: EntryKind;
  note: string;
  link?: string;
  /** ISO 8601 date-time the help happened. */
  date: string;
}

/** What a person fills in to log help; the store derives the person and ids. */
export interface NewEntry {
  site: SiteId;
  /** Handle or profile name as typed (leading "@" kept for X). */
  person: string;
  displayName?: string;
  direction: Direction;
  kind: EntryKind;
  note?: string;
  link?: string;
  /** Defaults to now. */
  date?: string;
}

export interface EntryFilter {
  text?: string;
  site?: SiteId;
  direction?: Direction;
  kind?: EntryKind;
  personId?: string;
  /** Inclusive ISO dates (YYYY-MM-DD or full timestamps). */
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

export interface Balance {
  gave: number;
  received: number;
}

export interface PersonBalance extends Balance {
  person: Person;
  lastGave?: string;
  lastReceived?: string;
}

export interface WeekBalance extends Balance {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
}

export interface JournalExport {
  format: 'communis-journal';
  version: 1;
  exportedAt: string;
  people: Person[];
  entries: Entry[];
}
