// Two devices with one journal, and any sequence of what a person does with
// them: log, delete, merge, split, set a rhythm, move exports both ways,
// re-import their own export. After every step, on both devices: no merge
// points at itself or into a loop or a chain, every entry is in exactly one
// person's view, the entries are exactly those logged and carried over (none
// lost, none doubled), every person has one rhythm at most (on the lead), no
// rhythm chosen is lost (carried over, it stays or gives way only to one set
// later), and every export imports into a fresh journal unchanged.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Journal } from '../../../src/journal/store';
import type { Direction, Person, Rhythm } from '../../../src/journal/types';
import { freshJournal, snapshot } from './helpers';

const HANDLES = ['@ada', '@bob', '@cy', '@dee'] as const;
const ID = (i: number) => `x:${HANDLES[i]}`;
const day = (n: number) => new Date(Date.UTC(2024, 4, 1 + n, 10)).toISOString();

type Op =
  | { op: 'log'; dev: number; who: number; direction: Direction; day: number }
  | { op: 'delete'; dev: number; pick: number }
  | { op: 'merge'; dev: number; keep: number; other: number }
  | { op: 'split'; dev: number; who: number }
  | { op: 'rhythm'; dev: number; who: number; rhythm: Rhythm | null }
  | { op: 'carry'; from: number; to: number }
  | { op: 'reimport'; dev: number };

const dev = fc.integer({ min: 0, max: 1 });
const who = fc.integer({ min: 0, max: HANDLES.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('log' as const), dev, who, direction: fc.constantFrom<Direction>('gave', 'received'), day: fc.integer({ min: 0, max: 60 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), dev, pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('merge' as const), dev, keep: who, other: who }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('split' as const), dev, who }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('rhythm' as const), dev, who, rhythm: fc.constantFrom<Rhythm | null>('weekly', 'monthly', 'quarterly', 'yearly', 'none', null) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('carry' as const), from: dev, to: dev }).filter((o) => o.from !== o.to), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('reimport' as const), dev }), weight: 1 },
);

/** No loops, no chains: a merged handle points straight at a lead that exists. */
function expectOneLevel(people: Person[], where: string) {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const p of people) {
    if (p.mergedInto === undefined) continue;
    expect(p.mergedInto, `${where}: ${p.id} merged into themselves`).not.toBe(p.id);
    const lead = byId.get(p.mergedInto);
    expect(lead, `${where}: ${p.id} merged into a missing ${p.mergedInto}`).toBeDefined();
    expect(lead?.mergedInto, `${where}: ${p.id} → ${p.mergedInto} → ${lead?.mergedInto}`).toBeUndefined();
  }
}

/** The rhythm choices a device holds: handle → [rhythm, when set], read from each handle's person (its group's lead). */
async function rhythmsOf(j: Journal): Promise<Map<string, [Rhythm, string]>> {
  const out = new Map<string, [Rhythm, string]>();
  for (const p of await j.people()) {
    const lead = (await j.personDetail(p.id))?.person;
    if (lead?.rhythm !== undefined) out.set(p.id, [lead.rhythm, lead.rhythmSetAt ?? '']);
  }
  return out;
}

async function expectWhole(j: Journal, expected: Set<string>, where: string) {
  const people = await j.people(); // the records as stored, not as exported
  expectOneLevel(people, where);
  for (const p of people) {
    if (p.mergedInto !== undefined) expect(p.rhythm, `${where}: ${p.id} is merged but holds a rhythm of its own`).toBeUndefined();
    expect(p.rhythm === undefined, `${where}: ${p.id} has a rhythm without its time, or a time without a rhythm`).toBe(p.rhythmSetAt === undefined);
  }
  const { entries } = await snapshot(j);
  const ids = entries.map((e) => e.id);
  expect(new Set(ids).size, `${where}: an entry twice in the export`).toBe(ids.length);
  expect(new Set(ids), `${where}: entries lost or invented`).toEqual(expected);
  // Each entry in exactly one person's view, each handle once in its person.
  const leads = new Set(people.map((p) => p.mergedInto ?? p.id));
  const seen: string[] = [];
  for (const lead of leads) {
    const detail = await j.personDetail(lead);
    const handles = detail?.handles.map((h) => h.id) ?? [];
    expect(new Set(handles).size, `${where}: ${lead} lists a handle twice`).toBe(handles.length);
    expect(detail?.person.id).toBe(lead);
    seen.push(...(detail?.entries.map((e) => e.id) ?? []));
  }
  expect(seen.length, `${where}: the person views add up to another number of entries`).toBe(ids.length);
  expect(new Set(seen)).toEqual(expected);
  expect((await j.listEntries({})).total).toBe(ids.length);
}

async function run(ops: Op[]) {
  // Both devices start from one journal (the second set up from the first's export), as a person would.
  const base = await freshJournal();
  for (let i = 0; i < HANDLES.length; i++) await base.addEntry({ site: 'x', person: HANDLES[i] as string, direction: 'gave', kind: 'reply', date: day(i) });
  const baseFile = JSON.stringify(await base.exportJson());
  const devices = [await freshJournal(), await freshJournal()] as const;
  for (const d of devices) await d.importJson(baseFile);
  const model = [0, 1].map(() => new Set((parsed(baseFile)).entries.map((e) => e.id)));

  for (const [step, o] of ops.entries()) {
    const where = `step ${step} ${JSON.stringify(o)}`;
    if (o.op === 'log') {
      const added = await devices[o.dev as 0 | 1].addEntry({ site: 'x', person: HANDLES[o.who] as string, direction: o.direction, kind: 'reply', date: day(o.day) });
      model[o.dev]?.add(added.id);
    } else if (o.op === 'delete') {
      const list = [...(model[o.dev] ?? [])].sort();
      const id = list[o.pick % Math.max(1, list.length)];
      if (id !== undefined) {
        await devices[o.dev as 0 | 1].deleteEntry(id);
        model[o.dev]?.delete(id);
      }
    } else if (o.op === 'merge' || o.op === 'split') {
      const j = devices[o.dev as 0 | 1];
      const ids = new Set((await j.people()).map((p) => p.id));
      if (o.op === 'merge' && ids.has(ID(o.keep)) && ids.has(ID(o.other))) await j.mergePeople(ID(o.keep), ID(o.other));
      if (o.op === 'split' && ids.has(ID(o.who))) await j.splitPerson(ID(o.who));
    } else if (o.op === 'rhythm') {
      const j = devices[o.dev as 0 | 1];
      // Each step its own moment, so "set last" is well defined across the devices.
      if ((await j.people()).some((p) => p.id === ID(o.who))) await j.setRhythm(ID(o.who), o.rhythm, new Date(Date.UTC(2024, 6, 1) + step * 60_000).toISOString());
    } else if (o.op === 'carry') {
      const sent = await rhythmsOf(devices[o.from as 0 | 1]);
      const file = JSON.stringify(await devices[o.from as 0 | 1].exportJson());
      await devices[o.to as 0 | 1].importJson(file);
      for (const id of model[o.from] ?? []) model[o.to]?.add(id);
      // Every rhythm carried over is there, or one set later took its place.
      const got = await rhythmsOf(devices[o.to as 0 | 1]);
      for (const [id, [rhythm, at]] of sent) {
        const now = got.get(id);
        expect(now, `${where}: the rhythm ${rhythm} of ${id} was lost`).toBeDefined();
        if (now && now[1] === at) expect(now[0], `${where}: ${id}`).toBe(rhythm);
        else expect((now?.[1] ?? '') > at, `${where}: ${id} has an older rhythm than the one carried over`).toBe(true);
      }
    } else {
      const j = devices[o.dev as 0 | 1];
      const file = JSON.stringify(await j.exportJson());
      const fresh = await freshJournal();
      await fresh.importJson(file);
      expect(await snapshot(fresh), `${where}: the export imports into a fresh journal as it was`).toEqual(await snapshot(j));
      fresh.close();
      expect(await j.importJson(file), `${where}: its own export changes nothing`).toMatchObject({ added: 0, updated: 0, people: 0 });
    }
    for (const [i, d] of devices.entries()) await expectWhole(d, model[i] as Set<string>, `${where}, device ${i}`);
  }
  // Every export imports, at the end too.
  for (const d of devices) {
    const fresh = await freshJournal();
    await fresh.importJson(JSON.stringify(await d.exportJson()));
    expect(await snapshot(fresh)).toEqual(await snapshot(d));
    fresh.close();
    d.close();
  }
  base.close();
}

const parsed = (text: string) => JSON.parse(text) as { entries: { id: string }[] };

describe('two devices, any sequence of merges, splits, imports and exports', () => {
  test('no loop, no entry lost or doubled, every export imports', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), run), { numRuns: 40, seed: 20261206 });
  }, 120_000);
});
