// Who leads whom, whatever the records say. A group is a lead (no mergedInto)
// and handles merged straight into it: one level, no loops. Two devices can
// break that between them (A merged into B here, B into A there; an import
// then meets both), so every place that writes merges ends by resolving the
// whole set of people with the rule below, and every place that reads groups
// uses the same rule, so even a journal damaged by an older version reads
// right and exports a file that imports.
//
// The rule, deterministic and the same on every device:
// - follow mergedInto until a person with none, or one whose target is
//   missing: that person leads (a merge into nobody is dropped);
// - a loop (A → B → A, or A → A) is led by its smallest id (string order),
//   whoever merged whom; everyone on or leading into the loop joins it;
// - a group's snooze is the latest snooze of any of its handles, on the lead;
// - a group's rhythm is the one set last (rhythmSetAt; a tie goes to the
//   rhythm first in string order) of any of its handles, on the lead.
import type { Person } from './types';

type Linked = Pick<Person, 'id' | 'mergedInto'>;

/** The lead of a loop: its smallest id, so both devices pick the same one. */
export const loopLead = (ids: Iterable<string>): string => {
  let lead: string | undefined;
  for (const id of ids) if (lead === undefined || id < lead) lead = id;
  return lead as string;
};

/** Every person's lead id (their own id when they lead), by the rule above. Linear in the number of people. */
export function leadsOf(byId: ReadonlyMap<string, Linked>): Map<string, string> {
  const lead = new Map<string, string>();
  for (const start of byId.keys()) {
    if (lead.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | undefined = start;
    let found: string | undefined;
    while (found === undefined) {
      const known = lead.get(id);
      if (known !== undefined) { found = known; break; }
      const at = onPath.get(id);
      if (at !== undefined) {
        const loop = path.slice(at);
        found = loopLead(loop);
        break;
      }
      onPath.set(id, path.length);
      path.push(id);
      const next: string | undefined = byId.get(id)?.mergedInto;
      if (next === undefined || !byId.has(next)) { found = id; break; }
      id = next;
    }
    for (const p of path) lead.set(p, found);
  }
  return lead;
}

const later = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a >= b ? a : b);

type Rhythmed = Pick<Person, 'rhythm' | 'rhythmSetAt'>;
/** Of two rhythm choices, the one set last (ties: the rhythm first in string order), so every device picks the same. */
export function laterRhythm<A extends Rhythmed, B extends Rhythmed>(a: A | undefined, b: B | undefined): A | B | undefined {
  if (a?.rhythm === undefined) return b?.rhythm === undefined ? undefined : b;
  if (b?.rhythm === undefined) return a;
  const ta = a.rhythmSetAt ?? '', tb = b.rhythmSetAt ?? '';
  if (ta !== tb) return ta > tb ? a : b;
  return a.rhythm <= b.rhythm ? a : b;
}

/**
 * The records that must change so that `byId` keeps the rule: members point
 * straight at their lead, leads point nowhere, snoozes and rhythms sit on leads.
 * Returns only the changed people (new objects; the inputs are not touched).
 */
export function normalizeGroups(byId: ReadonlyMap<string, Person>): Person[] {
  const leads = leadsOf(byId);
  const snooze = new Map<string, string>();
  const rhythm = new Map<string, Person>();
  for (const p of byId.values()) {
    const l = leads.get(p.id) as string;
    const s = later(snooze.get(l), p.snoozedUntil);
    if (s !== undefined) snooze.set(l, s);
    const r = laterRhythm(rhythm.get(l), p);
    if (r !== undefined) rhythm.set(l, r);
  }
  const changed: Person[] = [];
  for (const p of byId.values()) {
    const l = leads.get(p.id) as string;
    const next: Person = { ...p };
    delete next.mergedInto;
    delete next.snoozedUntil;
    delete next.rhythm;
    delete next.rhythmSetAt;
    if (l !== p.id) next.mergedInto = l;
    else {
      if (snooze.has(l)) next.snoozedUntil = snooze.get(l) as string;
      const r = rhythm.get(l);
      if (r?.rhythm !== undefined) next.rhythm = r.rhythm;
      if (r?.rhythmSetAt !== undefined) next.rhythmSetAt = r.rhythmSetAt;
    }
    if (next.mergedInto !== p.mergedInto || next.snoozedUntil !== p.snoozedUntil || next.rhythm !== p.rhythm || next.rhythmSetAt !== p.rhythmSetAt) changed.push(next);
  }
  return changed;
}

/** `people` with the rule applied (for an export of a journal written before the rule). */
export function normalizedPeople(people: readonly Person[]): Person[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const p of normalizeGroups(byId)) byId.set(p.id, p);
  return people.map((p) => byId.get(p.id) as Person);
}
