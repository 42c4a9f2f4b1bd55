// Writing a checked import file (import.ts checked it whole) into the journal,
// inside the caller's one readwrite transaction: people merged with the
// journal's (merges and snoozes carried by version-2 files, rhythms by version 3), entries merged by
// id, counts updated, and people left without entries by the import removed.
// Progress is reported between chunks of writes; a cancel (the signal) throws
// before the transaction commits, so nothing of the import is kept.
import { JournalImportError, type ImportReport } from './api';
import { laterRhythm, normalizeGroups } from './groups';
import type { ValidatedFile } from './import';
import type { Tx } from './schema';
import { applyTallies, personKey } from './tallies';
import type { Entry, Person } from './types';
import { shown } from './validate';

export interface ImportProgress {
  phase: 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}
export interface ImportOptions {
  onProgress?(p: ImportProgress): void;
  signal?: AbortSignal;
}

/** Entries written per step between progress reports (and cancel checks). */
export const IMPORT_CHUNK = 2_000;

const maxIso = (a: string, b: string) => (a > b ? a : b);
const minIso = (a: string, b: string) => (a < b ? a : b);

export const sameEntry = (a: Entry, b: Entry) =>
  a.personId === b.personId && a.site === b.site && a.direction === b.direction && a.kind === b.kind && a.note === b.note
  && a.link === b.link && a.date === b.date;
export const samePerson = (a: Person, b: Person) =>
  a.site === b.site && a.handle === b.handle && a.displayName === b.displayName && a.firstSeen === b.firstSeen
  && a.lastInteraction === b.lastInteraction && a.mergedInto === b.mergedInto && a.snoozedUntil === b.snoozedUntil
  && a.rhythm === b.rhythm && a.rhythmSetAt === b.rhythmSetAt;

export function cancelled(): Error {
  const e = new Error('The import was cancelled; nothing was changed.');
  e.name = 'AbortError';
  return e;
}

type RW = Tx<'readwrite'>;

/** The journal's entries with the ids of `wanted` (undefined where new), by single reads or one pass over the store. */
async function existingEntriesOf(tx: RW, wanted: Entry[]): Promise<(Entry | undefined)[]> {
  const entries = tx.objectStore('entries');
  if (wanted.length === 0) return [];
  const total = await entries.count();
  if (total === 0) return wanted.map(() => undefined);
  if (wanted.length * 4 < total) return Promise.all(wanted.map((e) => entries.get(e.id)));
  const all = new Map<string, Entry>();
  for (const e of await entries.getAll()) all.set(e.id, e);
  return wanted.map((e) => all.get(e.id));
}

export async function writeImport(tx: RW, file: ValidatedFile, opts: ImportOptions = {}): Promise<ImportReport> {
  const { onProgress, signal } = opts;
  const peopleStore = tx.objectStore('people'), entriesStore = tx.objectStore('entries');
  const outside = [...file.outsideRefs];
  const [outsidePeople, existingPeople, existingEntries] = await Promise.all([
    Promise.all(outside.map(([id]) => peopleStore.get(id))),
    Promise.all(file.people.map((p) => peopleStore.get(p.id))),
    existingEntriesOf(tx, file.entries),
  ]);
  outside.forEach(([id, where], i) => {
    if (!outsidePeople[i]) throw new JournalImportError(`refers to the person ${shown(id)}, who is neither in the file nor in the journal`, where);
  });

  // People: the file's, merged with the journal's (earliest firstSeen, latest lastInteraction,
  // names from whichever was in touch more recently; a merge or snooze from either side is kept).
  const before = new Map<string, Person>();
  const after = new Map<string, Person>();
  for (const p of outsidePeople) if (p) { before.set(p.id, p); after.set(p.id, p); }
  file.people.forEach((p, i) => {
    const old = existingPeople[i];
    if (!old) { after.set(p.id, p); return; }
    before.set(p.id, old);
    const newer = p.lastInteraction >= old.lastInteraction ? p : old;
    const merged: Person = {
      id: p.id, site: p.site, handle: newer.handle, displayName: newer.displayName,
      firstSeen: minIso(old.firstSeen, p.firstSeen), lastInteraction: maxIso(old.lastInteraction, p.lastInteraction),
    };
    const into = p.mergedInto ?? old.mergedInto;
    if (into !== undefined) merged.mergedInto = into;
    const until = p.snoozedUntil === undefined ? old.snoozedUntil : old.snoozedUntil === undefined ? p.snoozedUntil : maxIso(p.snoozedUntil, old.snoozedUntil);
    if (until !== undefined) merged.snoozedUntil = until;
    // A rhythm from either side: the one set last (version-3 files carry them).
    const rhythm = laterRhythm(p, old);
    if (rhythm?.rhythm !== undefined) merged.rhythm = rhythm.rhythm;
    if (rhythm?.rhythmSetAt !== undefined) merged.rhythmSetAt = rhythm.rhythmSetAt;
    after.set(p.id, merged);
  });
  // Groups by the rule of groups.ts over the journal and the file together: a
  // lead that the file merged away hands its journal members on, and merges
  // made both ways on two devices (a loop) end with one lead, the smallest id.
  const world = new Map<string, Person>();
  for (const p of await peopleStore.getAll()) world.set(p.id, p);
  const journalOf = new Map(world);
  for (const p of after.values()) world.set(p.id, p);
  for (const p of normalizeGroups(world)) {
    const old = journalOf.get(p.id);
    if (old && !before.has(p.id)) before.set(p.id, old);
    after.set(p.id, p);
  }

  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, people: 0 };
  const removed: Entry[] = [];
  const added: Entry[] = [];
  const movedFrom = new Set<string>();
  const total = file.entries.length;
  let writes: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const e = file.entries[i] as Entry;
    const p = after.get(e.personId);
    if (p) after.set(p.id, { ...p, firstSeen: minIso(p.firstSeen, e.date), lastInteraction: maxIso(p.lastInteraction, e.date) });
    const old = existingEntries[i];
    if (!old) report.added++;
    else if (sameEntry(old, e)) { report.unchanged++; continue; }
    else {
      report.updated++;
      removed.push(old);
      if (old.personId !== e.personId) movedFrom.add(old.personId);
    }
    added.push(e);
    writes.push(entriesStore.put(e));
    if (writes.length >= IMPORT_CHUNK) {
      await Promise.all(writes);
      writes = [];
      onProgress?.({ phase: 'writing', done: i + 1, total });
      if (signal?.aborted) throw cancelled();
    }
  }
  await Promise.all(writes);
  if (signal?.aborted) throw cancelled();
  const personWrites: Promise<unknown>[] = [];
  for (const p of after.values()) {
    const old = before.get(p.id);
    if (!old) report.people++;
    if (!old || !samePerson(old, p)) personWrites.push(peopleStore.put(p));
  }
  await Promise.all(personWrites);
  await applyTallies(tx, removed, added);

  // An entry moved to another person must not leave an empty person behind.
  const meta = tx.objectStore('meta');
  const inFile = new Set(file.people.map((p) => p.id));
  for (const id of movedFrom) {
    if (inFile.has(id)) continue; // the file lists them: keep
    const [tally, members, person] = await Promise.all([meta.get(personKey(id)), peopleStore.index('mergedInto').count(id), peopleStore.get(id)]);
    if (!person) continue;
    if (!tally && members === 0) {
      await peopleStore.delete(id);
      continue;
    }
    let latest: string | undefined;
    for (const e of await entriesStore.index('personId').getAll(id)) if (latest === undefined || e.date > latest) latest = e.date;
    if (latest !== undefined && latest !== person.lastInteraction) await peopleStore.put({ ...person, lastInteraction: latest });
  }
  if (signal?.aborted) throw cancelled();
  onProgress?.({ phase: 'done', done: total, total });
  return report;
}
