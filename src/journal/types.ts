// The journal's data model (DESIGN.md, "Journal"). Plain data: it crosses
// message boundaries between the background and extension pages.
import type { SiteId } from '../settings/sites';

export type Direction = 'gave' | 'received';
export type EntryKind = 'reply' | 'comment' | 'intro' | 'advice' | 'share' | 'thanks' | 'other';
export const DIRECTIONS: readonly Direction[] = ['gave', 'received'];
export const ENTRY_KINDS: readonly EntryKind[] = ['reply', 'comment', 'intro', 'advice', 'share', 'thanks', 'other'];
/** How often to be in touch with someone (rhythm.ts); 'none' asks for no reminder by time. */
export type Rhythm = 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'none';

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
  /**
   * Set when the user merged this handle into another person: the id of the
   * handle that leads the group (never itself merged). Entries keep their own
   * personId, so splitting the group again loses nothing.
   */
  mergedInto?: string;
  /** Left out of reminders (badge, digest, "Reach out") until this ISO time. Kept on the group's lead. */
  snoozedUntil?: string;
  /** The rhythm the user chose for this person (never set silently). Kept on the group's lead, with when it was set. */
  rhythm?: Rhythm;
  /** ISO time the rhythm was set: on two devices (or merging two people) the later choice wins. */
  rhythmSetAt?: string;
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
  /** Inclusive dates: YYYY-MM-DD is a local calendar day (from its local midnight to the end of it), or full ISO timestamps. */
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

export interface Balance {
  gave: number;
  received: number;
}

/** One person (a group of one or more handles) with the give and take of all of them. */
export interface PersonBalance extends Balance {
  /** The group's lead handle: its name is the one shown. */
  person: Person;
  /** Every handle in the group, the lead first. */
  handles: Person[];
  lastGave?: string;
  lastReceived?: string;
  /** The latest interaction on any of the handles. */
  lastInteraction: string;
}

export interface WeekBalance extends Balance {
  /** Monday of the week, YYYY-MM-DD, in the user's local calendar. */
  week: string;
  /** Gave minus received over the whole journal up to the end of this week. */
  running: number;
}

/** Two people who may be one: same name, or a handle that spells the other's name. */
export interface MergeSuggestion {
  a: PersonBalance;
  b: PersonBalance;
  reason: string;
}

/** A rhythm suggested by the history: the usual gap between interactions, in days, and the rhythm nearest it. */
export interface RhythmSuggestion {
  rhythm: Exclude<Rhythm, 'none'>;
  gapDays: number;
}

/** One person in "Reach out": why, and how pressing. */
export interface ReachOut extends PersonBalance {
  /** By their rhythm: 'due' from one rhythm after the last interaction, 'overdue' from 1.5; null when only owed. */
  status: 'due' | 'overdue' | null;
  /** They helped you and have heard nothing back since. */
  owed: boolean;
  /** When they became due by their rhythm. */
  dueAt?: string;
  /** (time since last − rhythm) / rhythm, plus what you owe: the list's order. */
  score: number;
  /** From the history, for someone with no rhythm set (shown, never applied by itself). */
  suggested?: RhythmSuggestion | null;
}

/** Everything the journal page shows at the top, in one message. */
export interface Overview {
  overall: Balance;
  week: Balance;
  weekly: WeekBalance[];
  owed: PersonBalance[];
  /** Reach out: people due by their rhythm or owed, not snoozed, most pressing first, at most `reachOutLimit`. */
  reachOut: ReachOut[];
  suggestions: MergeSuggestion[];
  /** reachOut.length: the badge count. */
  waiting: number;
  /** The list's size used (the caller's, or the user's setting). */
  reachOutLimit: number;
}

export interface JournalExport {
  format: 'communis-journal';
  /** 3 carries rhythms (person.rhythm, rhythmSetAt); 2 merges and snoozes (mergedInto, snoozedUntil); 1 and 2 files still import. */
  version: 1 | 2 | 3;
  exportedAt: string;
  people: Person[];
  entries: Entry[];
}
