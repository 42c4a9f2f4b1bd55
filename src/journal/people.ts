// One person, many handles: a group is a lead handle (whose name shows) and
// the handles merged into it (person.mergedInto = the lead's id, one level
// deep). Entries never move: they keep the handle they were logged for, so
// merging and splitting cannot lose an entry. These run inside the store's
// transactions (store.ts); each write ends with repairGroups, so no chain or
// loop of merges survives it (groups.ts has the rule).
import { bad } from './checks';
import { loopLead, normalizeGroups } from './groups';
import { pairKey } from './queries';
import type { Tx } from './schema';
import type { Person, Rhythm } from './types';
import { shown } from './validate';

/** A person without the fields that are absent (so a record reads the same as one that never had them). */
export function withoutKeys(p: Person, ...keys: ('mergedInto' | 'snoozedUntil' | 'rhythm' | 'rhythmSetAt')[]): Person {
  const out = { ...p };
  for (const k of keys) delete out[k];
  return out;
}

/**
 * The group `personId` belongs to: its lead and every handle, the lead first
 * (then the most recent). Null if unknown. Follows a chain of merges to its
 * lead and reads a loop as groups.ts does, so a journal damaged before the
 * rule still shows each handle once.
 */
export async function groupOf(tx: Tx<IDBTransactionMode>, personId: string): Promise<{ lead: Person; handles: Person[] } | null> {
  const people = tx.objectStore('people');
  const p = await people.get(personId);
  if (!p) return null;
  const path = new Map<string, Person>([[p.id, p]]);
  let lead = p;
  for (let next = p.mergedInto; next !== undefined;) {
    const seen = path.get(next);
    if (seen) {
      // A loop: its smallest id leads.
      const loop = [...path.keys()].slice([...path.keys()].indexOf(seen.id));
      lead = path.get(loopLead(loop)) as Person;
      break;
    }
    const q = await people.get(next);
    if (!q) break;
    path.set(q.id, q);
    lead = q;
    next = q.mergedInto;
  }
  const members = (await people.index('mergedInto').getAll(lead.id)).filter((m) => m.id !== lead.id);
  if (lead !== p && !members.some((m) => m.id === p.id)) members.push(p); // reached through a chain
  members.sort((a, b) => (a.lastInteraction < b.lastInteraction ? 1 : -1));
  return { lead, handles: [lead, ...members] };
}

/** Applies the rule of groups.ts to every person in the journal; returns how many records it rewrote. */
export async function repairGroups(tx: Tx<'readwrite'>): Promise<number> {
  const people = tx.objectStore('people');
  const all = await people.getAll();
  const changed = normalizeGroups(new Map(all.map((p) => [p.id, p])));
  await Promise.all(changed.map((p) => people.put(p)));
  return changed.length;
}

/** Makes two people one: `keepId`'s lead leads; every handle of the other group joins. Returns the lead's id. */
export async function mergeGroups(tx: Tx<'readwrite'>, keepId: string, otherId: string): Promise<string> {
  const people = tx.objectStore('people');
  const [keep, other] = await Promise.all([groupOf(tx, keepId), groupOf(tx, otherId)]);
  if (!keep) return bad(`there is no person ${shown(keepId)}`);
  if (!other) return bad(`there is no person ${shown(otherId)}`);
  const lead = keep.lead;
  if (other.lead.id === lead.id) return lead.id; // already one person
  // A snooze on either side stays (the later one), on the lead. Names stay on their handles.
  const snooze = [lead.snoozedUntil, other.lead.snoozedUntil].filter((s): s is string => s !== undefined).sort().pop();
  const nextLead = withoutKeys(lead, 'mergedInto');
  if (snooze !== undefined) nextLead.snoozedUntil = snooze;
  await people.put(nextLead);
  await Promise.all(other.handles.map((h) => people.put({ ...withoutKeys(h, 'snoozedUntil'), mergedInto: lead.id })));
  await repairGroups(tx);
  return lead.id;
}

/** Takes one handle out of its group; when the lead leaves, the most recent other handle leads the rest. */
export async function splitHandle(tx: Tx<'readwrite'>, personId: string): Promise<void> {
  const people = tx.objectStore('people');
  const group = await groupOf(tx, personId);
  if (!group) return bad(`there is no person ${shown(personId)}`);
  if (group.handles.length < 2) return;
  const leaving = group.handles.find((h) => h.id === personId) as Person;
  // The group's rhythm goes with the split-off handle too: it was this person's rhythm.
  const rhythmOf = (p: Person): Person => {
    const out = withoutKeys(p, 'rhythm', 'rhythmSetAt');
    if (group.lead.rhythm !== undefined) out.rhythm = group.lead.rhythm;
    if (group.lead.rhythmSetAt !== undefined) out.rhythmSetAt = group.lead.rhythmSetAt;
    return out;
  };
  if (leaving.id !== group.lead.id) {
    await people.put(rhythmOf(withoutKeys(leaving, 'mergedInto')));
    await repairGroups(tx);
    return;
  }
  const [next, ...rest] = group.handles.slice(1) as [Person, ...Person[]];
  const nextLead = rhythmOf(withoutKeys(next, 'mergedInto'));
  if (leaving.snoozedUntil !== undefined) nextLead.snoozedUntil = leaving.snoozedUntil; // the snooze stays with the group
  await Promise.all([
    people.put(withoutKeys(leaving, 'snoozedUntil')),
    people.put(nextLead),
    ...rest.map((h) => people.put({ ...h, mergedInto: next.id })),
  ]);
  await repairGroups(tx);
}

/** Snoozes the person's group until `until` (an ISO time), or wakes them (null). */
export async function snoozeGroup(tx: Tx<'readwrite'>, personId: string, until: string | null): Promise<void> {
  const group = await groupOf(tx, personId);
  if (!group) return bad(`there is no person ${shown(personId)}`);
  await tx.objectStore('people').put(until === null ? withoutKeys(group.lead, 'snoozedUntil') : { ...group.lead, snoozedUntil: until });
}

/** Sets the person's group's rhythm (on its lead, with the time), or clears it (null: a suggestion shows again). */
export async function setGroupRhythm(tx: Tx<'readwrite'>, personId: string, rhythm: Rhythm | null, nowIso: string): Promise<void> {
  const group = await groupOf(tx, personId);
  if (!group) return bad(`there is no person ${shown(personId)}`);
  const lead = withoutKeys(group.lead, 'rhythm', 'rhythmSetAt');
  await tx.objectStore('people').put(rhythm === null ? lead : { ...lead, rhythm, rhythmSetAt: nowIso });
}

/** "Not the same person": remembers the pair of groups so it is not suggested again. */
export async function dismissPair(tx: Tx<'readwrite'>, aId: string, bId: string): Promise<void> {
  const [a, b] = await Promise.all([groupOf(tx, aId), groupOf(tx, bId)]);
  await tx.objectStore('meta').put({ key: pairKey(a?.lead.id ?? aId, b?.lead.id ?? bId) });
}
