// One person, many handles: merge, split, suggestions, snooze; merges carried
// by export and import (version 2), and version-1 files still imported.
import { describe, expect, test } from 'vitest';
import type { Journal } from '../../../src/journal/store';
import type { JournalExport, NewEntry } from '../../../src/journal/types';
import { fixture, freshJournal, snapshot } from './helpers';

const entry = (over: Partial<NewEntry>): NewEntry => ({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', ...over });

/** Grace on three sites (the X handle carries her name), and Ada on X. */
async function graceEverywhere(): Promise<Journal> {
  const j = await freshJournal();
  await j.addEntry(entry({ person: '@grace', displayName: 'Grace Hopper', direction: 'received', date: '2024-05-01T10:00:00Z' }));
  await j.addEntry(entry({ site: 'linkedin', person: 'Grace Hopper', direction: 'gave', kind: 'intro', date: '2024-05-03T10:00:00Z' }));
  await j.addEntry(entry({ site: 'facebook', person: 'Grace Hopper', direction: 'received', kind: 'share', date: '2024-05-05T10:00:00Z' }));
  await j.addEntry(entry({ person: '@ada', date: '2024-05-02T10:00:00Z' }));
  return j;
}

describe('merge and split', () => {
  test('merged, a person has every handle, the whole history and one balance; split again, nothing is lost', async () => {
    const j = await graceEverywhere();
    const before = await snapshot(j);
    const merged = await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    expect(merged.person.id).toBe('x:@grace');
    expect(merged.handles.map((h) => h.id)).toEqual(['x:@grace', 'linkedin:grace hopper']);
    expect(merged).toMatchObject({ gave: 1, received: 1, lastGave: '2024-05-03T10:00:00.000Z', lastReceived: '2024-05-01T10:00:00.000Z' });
    // From either handle: the same person.
    for (const id of ['x:@grace', 'linkedin:grace hopper']) {
      const detail = await j.personDetail(id);
      expect(detail?.person.id).toBe('x:@grace');
      expect(detail?.entries).toHaveLength(2);
      expect((await j.listEntries({ personId: id })).total).toBe(2);
    }
    await j.mergePeople('linkedin:grace hopper', 'facebook:grace hopper'); // into the group, through any handle
    const all = await j.personDetail('facebook:grace hopper');
    expect(all?.handles.map((h) => h.id).sort()).toEqual(['facebook:grace hopper', 'linkedin:grace hopper', 'x:@grace']);
    expect(all?.entries).toHaveLength(3);
    // One person in the lists: Grace owes nothing twice.
    const owed = await j.owed(10, '2024-05-10T00:00:00Z');
    expect(owed.map((b) => [b.person.id, b.gave, b.received])).toEqual([['x:@grace', 1, 2]]);

    await j.splitPerson('linkedin:grace hopper');
    await j.splitPerson('facebook:grace hopper');
    expect((await j.personDetail('x:@grace'))?.handles).toHaveLength(1);
    expect((await j.listEntries({})).total).toBe(4);
    expect(await snapshot(j)).toEqual(before); // exactly as before the merges
  });

  test('the name kept is the chosen person\'s; splitting the lead hands the group on', async () => {
    const j = await graceEverywhere();
    await j.mergePeople('facebook:grace hopper', 'x:@grace');
    await j.mergePeople('facebook:grace hopper', 'linkedin:grace hopper');
    expect((await j.personDetail('x:@grace'))?.person.id).toBe('facebook:grace hopper');
    await j.splitPerson('facebook:grace hopper');
    const rest = await j.personDetail('x:@grace');
    expect(rest?.handles.map((h) => h.id).sort()).toEqual(['linkedin:grace hopper', 'x:@grace']);
    expect(rest?.entries).toHaveLength(2);
    expect((await j.personDetail('facebook:grace hopper'))?.handles).toHaveLength(1);
  });

  test('merging a person with themselves, or someone unknown', async () => {
    const j = await graceEverywhere();
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    await expect(j.mergePeople('x:@grace', 'linkedin:grace hopper')).resolves.toMatchObject({ person: { id: 'x:@grace' } });
    await expect(j.mergePeople('x:@grace', 'x:@nobody')).rejects.toThrow(/there is no person "x:@nobody"/);
  });

  test('deleting the last entry of a group lead keeps the lead while others are merged into them', async () => {
    const j = await graceEverywhere();
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    const [graceX] = (await j.listEntries({ personId: 'x:@grace', site: 'x' })).entries;
    const removed = await j.deleteEntry(graceX?.id ?? '');
    expect((await j.personDetail('linkedin:grace hopper'))?.person.id).toBe('x:@grace');
    await j.restoreEntry(removed as never);
    expect((await j.personDetail('x:@grace'))?.entries).toHaveLength(2);
  });
});

describe('merge suggestions', () => {
  test('same name, or an X handle that spells the name; never merged on its own; dismissed pairs stay dismissed', async () => {
    const j = await graceEverywhere();
    await j.addEntry(entry({ person: '@gracehopper', date: '2024-05-06T10:00:00Z' }));
    const pairs = async () => (await j.overview({ now: '2024-05-10T00:00:00Z', limit: 10 })).suggestions.map((s) => [s.a.person.id, s.b.person.id].sort().join(' + '));
    const first = await pairs();
    expect(first).toEqual(expect.arrayContaining([
      'linkedin:grace hopper + x:@grace',
      'facebook:grace hopper + linkedin:grace hopper',
      'facebook:grace hopper + x:@grace',
      'x:@grace + x:@gracehopper',
    ]));
    expect(first.some((p) => p.includes('x:@ada'))).toBe(false);
    expect((await j.personDetail('x:@grace'))?.handles).toHaveLength(1); // nothing merged by itself
    await j.dismissSuggestion('x:@gracehopper', 'x:@grace');
    expect(await pairs()).not.toContain('x:@grace + x:@gracehopper');
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    expect((await pairs()).filter((p) => p.includes('linkedin:grace hopper'))).toEqual([]);
    expect(await pairs()).toContain('facebook:grace hopper + x:@grace');
  });
});

describe('snooze and reminders', () => {
  test('a snoozed person leaves owed and Reach out (and so the badge) for 30 days', async () => {
    const j = await graceEverywhere();
    const now = '2024-05-10T00:00:00Z';
    expect((await j.owed(10, now)).map((b) => b.person.id)).toContain('facebook:grace hopper');
    const before = await j.reminders(now);
    expect(before.reachOut.map((r) => r.person.id)).toContain('facebook:grace hopper');
    await j.snoozePerson('facebook:grace hopper', 30, now);
    expect((await j.owed(10, now)).map((b) => b.person.id)).not.toContain('facebook:grace hopper');
    expect((await j.reminders(now)).waiting).toBe(before.waiting - 1);
    // 31 days later they are back.
    expect((await j.owed(10, '2024-06-10T00:00:00Z')).map((b) => b.person.id)).toContain('facebook:grace hopper');
    expect((await j.reminders('2024-06-10T00:00:00Z')).reachOut.map((r) => r.person.id)).toContain('facebook:grace hopper');
    await j.snoozePerson('facebook:grace hopper', 0, now);
    expect((await j.owed(10, now)).map((b) => b.person.id)).toContain('facebook:grace hopper');
  });

  test('Reach out names each person once (merged handles are one), owed or due by their rhythm', async () => {
    const j = await graceEverywhere();
    const ids = async () => (await j.reminders('2024-05-10T00:00:00Z')).reachOut.map((r) => r.person.id);
    // Owed: X Grace and Facebook Grace (they helped, nothing back); the older contact first. Nobody has a rhythm yet.
    expect(await ids()).toEqual(['x:@grace', 'facebook:grace hopper']);
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    await j.mergePeople('x:@grace', 'facebook:grace hopper');
    // Grace is one person now: received 05-05 after gave 05-03, so owed. Ada, weekly since 05-02, is due from 05-09.
    await j.setRhythm('x:@ada', 'weekly', '2024-05-03T00:00:00Z');
    expect(await ids()).toEqual(['x:@grace', 'x:@ada']);
    expect((await j.reminders('2024-05-10T00:00:00Z', 1)).reachOut.map((r) => r.person.id)).toEqual(['x:@grace']);
  });
});

describe('export and import carry merges (version 2) and rhythms (version 3); version 1 and 2 files still import', () => {
  test('export → clear → import gives back the same people, merges, snoozes and rhythms', async () => {
    const j = await graceEverywhere();
    await j.mergePeople('x:@grace', 'linkedin:grace hopper');
    await j.snoozePerson('x:@grace', 30, '2024-05-10T00:00:00Z');
    await j.setRhythm('linkedin:grace hopper', 'monthly', '2024-05-10T00:00:00Z');
    const exported = await j.exportJson();
    expect(exported.version).toBe(3);
    expect(exported.people.find((p) => p.id === 'x:@grace')).toMatchObject({ rhythm: 'monthly', rhythmSetAt: '2024-05-10T00:00:00.000Z' });
    expect(exported.people.find((p) => p.id === 'linkedin:grace hopper')?.mergedInto).toBe('x:@grace');
    const before = await snapshot(j);
    await j.clear();
    await j.importJson(JSON.stringify(exported));
    expect(await snapshot(j)).toEqual(before);
    expect((await j.personDetail('linkedin:grace hopper'))?.person.id).toBe('x:@grace');
  });

  test('importing a merge into a journal that has the people merges them there', async () => {
    const a = await graceEverywhere();
    const b = await graceEverywhere();
    await a.mergePeople('x:@grace', 'facebook:grace hopper');
    await b.importJson(JSON.stringify(await a.exportJson()));
    expect((await b.personDetail('facebook:grace hopper'))?.person.id).toBe('x:@grace');
  });

  test('a version 1 file written by the version-1 code imports with the same entries and people, unmerged', async () => {
    const file = JSON.parse(fixture('v1-export.json')) as JournalExport;
    expect(file.version).toBe(1);
    const j = await freshJournal();
    const report = await j.importJson(fixture('v1-export.json'));
    expect(report).toEqual({ added: file.entries.length, updated: 0, unchanged: 0, people: file.people.length });
    const out = await j.exportJson();
    expect(out.entries).toEqual(file.entries);
    expect(out.people).toEqual(file.people);
    expect(out.people.every((p) => p.mergedInto === undefined)).toBe(true);
  });

  test('a merge in a version 1 file is refused (it has no such field)', async () => {
    const file = JSON.parse(fixture('v1-export.json')) as JournalExport;
    const first = file.people[0] as JournalExport['people'][number];
    first.mergedInto = (file.people[1] as JournalExport['people'][number]).id;
    const j = await freshJournal();
    await expect(j.importJson(JSON.stringify(file))).rejects.toThrow(/people\[0\]: unexpected field "mergedInto"/);
  });

  test.each([
    ['into someone not in the file', (f: JournalExport) => { (f.people[0] as { mergedInto?: string }).mergedInto = 'x:@nobody'; }, /people\[0\]\.mergedInto: "x:@nobody" is not a person in the file/],
    ['into themselves', (f: JournalExport) => { const p = f.people[0] as { id: string; mergedInto?: string }; p.mergedInto = p.id; }, /people\[0\]\.mergedInto: a person cannot be merged into themselves/],
    ['into someone merged elsewhere', (f: JournalExport) => {
      const [p0, p1, p2] = f.people as unknown as [{ id: string; mergedInto?: string }, { id: string; mergedInto?: string }, { id: string }];
      p0.mergedInto = p1.id; p1.mergedInto = p2.id;
    }, /people\[0\]\.mergedInto: .* is itself merged into someone else/],
  ])('a version 2 file with a merge %s is refused', async (_n, change, message) => {
    const file = { ...(JSON.parse(fixture('v1-export.json')) as JournalExport), version: 2 as const };
    change(file);
    const j = await freshJournal();
    await expect(j.importJson(JSON.stringify(file))).rejects.toThrow(message);
    expect((await j.listEntries({})).total).toBe(0);
  });

  test('an import that moves an entry to another person leaves no empty person behind', async () => {
    const j = await freshJournal();
    const added = await j.addEntry(entry({ person: '@typo', date: '2024-05-01T10:00:00Z' }));
    const file: JournalExport = {
      format: 'communis-journal', version: 2, exportedAt: '2024-05-02T00:00:00.000Z',
      people: [{ id: 'x:@ada', site: 'x', handle: '@ada', displayName: '@ada', firstSeen: added.date, lastInteraction: added.date }],
      entries: [{ id: added.id, personId: 'x:@ada', site: 'x', direction: 'gave', kind: 'reply', note: '', date: added.date }],
    };
    expect(await j.importJson(JSON.stringify(file))).toMatchObject({ updated: 1 });
    expect((await j.people()).map((p) => p.id)).toEqual(['x:@ada']);
    expect((await j.overview({ now: '2024-05-02T00:00:00Z' })).overall).toEqual({ gave: 1, received: 0 });
  });
});

describe('a cancelled import', () => {
  test('reports progress, and when cancelled leaves nothing of itself behind', async () => {
    const j = await graceEverywhere();
    const before = await snapshot(j);
    const people = [{ id: 'x:@many', site: 'x' as const, handle: '@many', displayName: 'Many', firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-01-01T00:00:00.000Z' }];
    const entries = Array.from({ length: 5_000 }, (_, i) => ({
      id: `bulk-${i}`, personId: 'x:@many', site: 'x' as const, direction: 'gave' as const, kind: 'reply' as const, note: `n${i}`, date: '2024-01-01T00:00:00.000Z',
    }));
    const text = JSON.stringify({ format: 'communis-journal', version: 2, exportedAt: '2024-01-02T00:00:00.000Z', people, entries });
    const controller = new AbortController();
    const seen: string[] = [];
    const result = j.importJson(text, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(`${p.phase} ${p.done}/${p.total}`);
        if (p.phase === 'writing') controller.abort();
      },
    });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['checking 0/5001', 'checking 2000/5001', 'checking 4000/5001', 'checking 5001/5001', 'writing 2000/5000']);
    expect(await snapshot(j)).toEqual(before);
    expect((await j.overview({ now: '2024-05-10T00:00:00Z' })).overall).toEqual({ gave: 2, received: 2 });
    // Not cancelled: every step reported, then done.
    const steps: string[] = [];
    await j.importJson(text, { onProgress: (p) => steps.push(`${p.phase} ${p.done}`) });
    expect(steps).toEqual(['checking 0', 'checking 2000', 'checking 4000', 'checking 5001', 'writing 2000', 'writing 4000', 'done 5000']);
    expect((await j.listEntries({})).total).toBe(5_004);
  });
});
