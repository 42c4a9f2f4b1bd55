// Writing entries: add, edit, delete (handing back what undo needs) and
// restore. Each keeps the person's first seen and last interaction, the
// counts (tallies.ts) and the search index in step, in one transaction.
import type { EntryWithPerson } from './api';
import { bad, checkDate, checkDirection, checkKind, checkLink, checkNewEntry, checkNote, isObject } from './checks';
import { checkEntryShape, checkPersonShape } from './import';
import { samePerson } from './importer';
import { withoutKeys } from './people';
import { copyEntry, maxIso, minIso, placeholderPerson } from './records';
import type { Tx } from './schema';
import type { Session } from './session';
import { applyTallies } from './tallies';
import type { Entry, NewEntry, Person } from './types';
import { describeType, shown, siteOfPersonId } from './validate';

/** The latest entry date of a person (after changes in this transaction), or undefined if none is left. */
async function latestOf(tx: Tx<'readwrite'>, personId: string): Promise<string | undefined> {
  let latest: string | undefined;
  for (const e of await tx.objectStore('entries').index('personId').getAll(personId)) if (latest === undefined || e.date > latest) latest = e.date;
  return latest;
}

export function entryWrites(s: Session) {
  return {
    async addEntry(input: NewEntry): Promise<EntryWithPerson> {
      const n = checkNewEntry(input);
      return s.inTx('readwrite', async (tx) => {
        const people = tx.objectStore('people');
        const existing = await people.get(n.personId);
        const person: Person = existing
          ? {
            ...existing,
            displayName: n.displayName ?? existing.displayName,
            firstSeen: minIso(existing.firstSeen, n.date),
            lastInteraction: maxIso(existing.lastInteraction, n.date),
          }
          : { id: n.personId, site: n.site, handle: n.handle, displayName: n.displayName ?? n.handle, firstSeen: n.date, lastInteraction: n.date };
        const entry: Entry = { id: crypto.randomUUID(), personId: n.personId, site: n.site, direction: n.direction, kind: n.kind, note: n.note, date: n.date };
        if (n.link !== undefined) entry.link = n.link;
        await Promise.all([people.put(person), tx.objectStore('entries').add(entry)]);
        await applyTallies(tx, [], [entry]);
        return { ...entry, person };
      }, (added, idx) => idx.put(copyEntry(added)));
    },

    async updateEntry(input: Entry): Promise<EntryWithPerson> {
      if (!isObject(input)) bad(`an entry must be an object (got ${describeType(input)})`);
      const id = typeof input.id === 'string' && input.id !== '' ? input.id : bad(`id must be an entry id (got ${describeType(input.id)})`);
      const direction = checkDirection(input.direction), kind = checkKind(input.kind), note = checkNote(input.note);
      const link = checkLink(input.link), date = checkDate(input.date);
      return s.inTx('readwrite', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        const old = await entries.get(id);
        if (!old) return bad(`there is no entry with id ${shown(id)} (deleted?)`);
        const entry: Entry = { id, personId: old.personId, site: old.site, direction, kind, note, date };
        if (link !== undefined) entry.link = link;
        await entries.put(entry);
        await applyTallies(tx, [old], [entry]);
        let person = (await people.get(old.personId)) ?? placeholderPerson(entry);
        const latest = (await latestOf(tx, old.personId)) ?? date;
        // The last interaction follows the entries when this one was (or becomes) the latest.
        const lastInteraction = old.date >= person.lastInteraction || date > person.lastInteraction ? latest : person.lastInteraction;
        const next = { ...person, firstSeen: minIso(person.firstSeen, date), lastInteraction };
        if (!samePerson(next, person)) await people.put(next);
        person = next;
        return { ...entry, person };
      }, (updated, idx) => idx.put(copyEntry(updated)));
    },

    async deleteEntry(id: string): Promise<Entry | null> {
      if (typeof id !== 'string') bad(`id must be an entry id (got ${describeType(id)})`);
      return s.inTx('readwrite', async (tx) => {
        const entries = tx.objectStore('entries'), people = tx.objectStore('people');
        const entry = await entries.get(id);
        if (!entry) return null;
        await entries.delete(id);
        await applyTallies(tx, [entry], []);
        const person = await people.get(entry.personId);
        if (person) {
          const latest = await latestOf(tx, entry.personId);
          if (latest === undefined) {
            // Their only entry: the person goes too (undo brings them back), unless others are merged into them.
            if ((await people.index('mergedInto').count(person.id)) === 0) await people.delete(person.id);
          } else if (entry.date >= person.lastInteraction && latest !== person.lastInteraction) {
            await people.put({ ...person, lastInteraction: latest });
          }
        }
        // With the person as it was, so restoreEntry can bring both back exactly.
        const removed: EntryWithPerson = { ...copyEntry(entry), person: person ?? placeholderPerson(entry) };
        return removed;
      }, (removed, idx) => { if (removed) idx.remove(removed.id); });
    },

    async restoreEntry(input: Entry): Promise<void> {
      const entry = checkEntryShape(input);
      if (siteOfPersonId(entry.personId) !== entry.site) bad(`entry.personId ${shown(entry.personId)} is not on ${entry.site}`);
      let snapshot: Person | null = null;
      const raw = (input as unknown as Record<string, unknown>).person;
      if (raw !== undefined) {
        try { snapshot = checkPersonShape(raw); } catch { snapshot = null; }
        if (snapshot && snapshot.id !== entry.personId) snapshot = null;
      }
      await s.inTx('readwrite', async (tx) => {
        const people = tx.objectStore('people'), entries = tx.objectStore('entries');
        let base = (await people.get(entry.personId)) ?? snapshot ?? placeholderPerson(entry);
        // A group that no longer exists is not rejoined.
        if (base.mergedInto !== undefined && !(await people.get(base.mergedInto))) base = withoutKeys(base, 'mergedInto');
        const person = { ...base, firstSeen: minIso(base.firstSeen, entry.date), lastInteraction: maxIso(base.lastInteraction, entry.date) };
        const old = await entries.get(entry.id);
        await Promise.all([people.put(person), entries.put(entry)]);
        await applyTallies(tx, old ? [old] : [], [entry]);
      }, (_, idx) => idx.put(entry));
    },
  };
}
