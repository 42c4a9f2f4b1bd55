// What the journal offers to the rest of the extension. The background owns
// the IndexedDB store and implements this; extension pages and content
// scripts get a client with the same shape that forwards calls as messages
// (see rpc.ts). Everything is async and plain data.
import type {
  Balance, Entry, EntryFilter, JournalExport, NewEntry, Overview, Person, PersonBalance, ReachOut, Rhythm, RhythmSuggestion, WeekBalance,
} from './types';

export interface EntryWithPerson extends Entry {
  person: Person;
}

export interface ImportReport {
  /** Entries that were not in the journal before. */
  added: number;
  /** Entries with an existing id whose content changed. */
  updated: number;
  /** Entries already present and identical. */
  unchanged: number;
  /** People who were not in the journal before. */
  people: number;
}

export interface JournalApi {
  addEntry(entry: NewEntry): Promise<EntryWithPerson>;
  /** Replace an entry's editable fields (direction, kind, note, link, date). */
  updateEntry(entry: Entry): Promise<EntryWithPerson>;
  /** Deletes and returns the entry (so the caller can offer undo), or null if it did not exist. */
  deleteEntry(id: string): Promise<Entry | null>;
  /** Puts a deleted entry back exactly as it was (undo). */
  restoreEntry(entry: Entry): Promise<void>;
  /** Newest first; `total` counts all matches, `entries` is the requested page. */
  listEntries(filter: EntryFilter): Promise<{ entries: EntryWithPerson[]; total: number }>;
  /** Every handle (merged or not), most recent interaction first. */
  people(): Promise<Person[]>;
  /** A person (all handles merged with `personId`): balance, entries (newest first) and the rhythm their history suggests, or null. */
  personDetail(personId: string): Promise<(PersonBalance & { entries: Entry[]; suggested: RhythmSuggestion | null }) | null>;
  /** Gave vs received, overall or from a date (inclusive: a YYYY-MM-DD local day, or an ISO time). */
  balance(from?: string): Promise<Balance>;
  /** The last `weeks` local weeks (oldest first, Monday to Sunday), ending with the week containing `now`. */
  weekly(weeks: number, now?: string): Promise<WeekBalance[]>;
  /** People who helped you more recently or more often than you helped them; most owed first. Snoozed people are left out. */
  owed(limit: number, now?: string): Promise<PersonBalance[]>;
  /** The journal page's summary in one call, from kept counts (never reads every entry). Without reachOutLimit, the user's setting. */
  overview(opts: { now?: string; weeks?: number; limit?: number; reachOutLimit?: number }): Promise<Overview>;
  /** Reach out (the badge counts it, the weekly digest names it); without limit, the user's setting. */
  reminders(now?: string, limit?: number): Promise<{ waiting: number; reachOut: ReachOut[] }>;
  /** Sets how often to be in touch with a person (their whole group), or clears it (null) so the suggestion shows again. */
  setRhythm(personId: string, rhythm: Rhythm | null, now?: string): Promise<void>;
  /** Makes two people one: `keepId`'s person leads (its name shows); every handle of the other joins. */
  mergePeople(keepId: string, otherId: string): Promise<PersonBalance>;
  /** Takes one handle out of its person again (its entries go with it; nothing is lost). */
  splitPerson(personId: string): Promise<void>;
  /** Leaves a person out of reminders for `days` days (30 by default; 0 wakes them). */
  snoozePerson(personId: string, days?: number, now?: string): Promise<void>;
  /** "Not the same person": the pair is not suggested again. */
  dismissSuggestion(aId: string, bId: string): Promise<void>;
  /** Builds the search index ahead of the first search (the page asks once it has shown). */
  prepareSearch(): Promise<void>;
  exportJson(): Promise<JournalExport>;
  exportCsv(): Promise<string>;
  /** Validates the whole file first; on any problem throws JournalImportError and changes nothing. */
  importJson(text: string): Promise<ImportReport>;
  /** Deletes everything (people and entries). */
  clear(): Promise<void>;
}

export const JOURNAL_METHODS = [
  'addEntry', 'updateEntry', 'deleteEntry', 'restoreEntry', 'listEntries', 'people', 'personDetail', 'balance',
  'weekly', 'owed', 'overview', 'reminders', 'setRhythm', 'mergePeople', 'splitPerson', 'snoozePerson', 'dismissSuggestion',
  'prepareSearch', 'exportJson', 'exportCsv', 'importJson', 'clear',
] as const satisfies ReadonlyArray<keyof JournalApi>;

/** A clear, user-facing problem with an import: what is wrong and where. */
export class JournalImportError extends Error {
  constructor(
    message: string,
    /** Where in the file, e.g. "entries[3].date" or "line 1, column 40". */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'JournalImportError';
  }
}
