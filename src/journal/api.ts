// What the journal offers to the rest of the extension. The background owns
// the IndexedDB store and implements this; extension pages and content
// scripts get a client with the same shape that forwards calls as messages
// (see rpc.ts). Everything is async and plain data.
import type { Balance, Entry, EntryFilter, JournalExport, NewEntry, Person, PersonBalance, WeekBalance } from './types';

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
  people(): Promise<Person[]>;
  /** A person's balance and entries (newest first), or null. */
  personDetail(personId: string): Promise<(PersonBalance & { entries: Entry[] }) | null>;
  /** Gave vs received, overall or from a date (inclusive, ISO). */
  balance(from?: string): Promise<Balance>;
  /** The last `weeks` weeks (oldest first), ending with the week containing `now`. */
  weekly(weeks: number, now?: string): Promise<WeekBalance[]>;
  /** People who helped you more recently or more often than you helped them; most owed first. */
  owed(limit: number): Promise<PersonBalance[]>;
  /** People with no interaction in `days` days; longest silence first. */
  losingTouch(days: number, limit: number, now?: string): Promise<PersonBalance[]>;
  exportJson(): Promise<JournalExport>;
  exportCsv(): Promise<string>;
  /** Validates the whole file first; on any problem throws JournalImportError and changes nothing. */
  importJson(text: string): Promise<ImportReport>;
  /** Deletes everything (people and entries). */
  clear(): Promise<void>;
}

export const JOURNAL_METHODS = [
  'addEntry', 'updateEntry', 'deleteEntry', 'restoreEntry', 'listEntries', 'people', 'personDetail', 'balance',
  'weekly', 'owed', 'losingTouch', 'exportJson', 'exportCsv', 'importJson', 'clear',
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
