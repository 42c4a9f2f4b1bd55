// A rhythm per person (rhythm.ts and the store): the suggestion from the
// history, due and overdue dates on the local calendar in three time zones,
// what resets and what pushes the clock, the ranking of Reach out and its
// limit, one rhythm per merged person (and both halves after a split), and
// rhythms carried by export and import (format version 3; version 2 files
// import unchanged).
import { afterAll, describe, expect, test } from 'vitest';
import { candidatesOf, dueOf, reachOutAt, statusAt, suggestRhythm } from '../../../src/journal/rhythm';
import type { JournalExport, NewEntry, PersonBalance, Rhythm } from '../../../src/journal/types';
import { fixture, freshJournal, snapshot } from './helpers';

const entry = (e: Partial<NewEntry> & { person: string; date: string }): NewEntry => ({ site: 'x', direction: 'gave', kind: 'reply', ...e });
const ids = (list: { person: { id: string } }[]) => list.map((r) => r.person.id);

describe('the rhythm suggested by the history (median gap, same-day interactions once)', () => {
  test.each<[string, string[], ReturnType<typeof suggestRhythm>]>([
    ['nothing', [], null],
    ['one interaction', ['2024-01-01T10:00:00Z'], null],
    ['two on one day', ['2024-01-01T09:00:00Z', '2024-01-01T18:00:00Z'], null],
    ['weekly', ['2024-01-01T10:00:00Z', '2024-01-08T10:00:00Z', '2024-01-15T10:00:00Z', '2024-01-23T10:00:00Z'], { rhythm: 'weekly', gapDays: 7 }],
    ['a burst on one day counts once', ['2024-01-01T10:00:00Z', '2024-01-01T11:00:00Z', '2024-01-01T12:00:00Z', '2024-01-08T10:00:00Z', '2024-01-15T10:00:00Z'], { rhythm: 'weekly', gapDays: 7 }],
    ['18 days is nearer a month than a week', ['2024-01-01T10:00:00Z', '2024-01-19T10:00:00Z'], { rhythm: 'monthly', gapDays: 18 }],
    ['monthly, in any order', ['2024-03-01T10:00:00Z', '2024-01-01T10:00:00Z', '2024-02-01T10:00:00Z'], { rhythm: 'monthly', gapDays: 30 }],
    ['quarterly', ['2024-01-01T10:00:00Z', '2024-04-01T10:00:00Z', '2024-07-01T10:00:00Z'], { rhythm: 'quarterly', gapDays: 91 }],
    ['yearly (and longer)', ['2020-01-01T10:00:00Z', '2022-06-01T10:00:00Z'], { rhythm: 'yearly', gapDays: 882 }],
    ['the median, not the mean: one long silence does not pull weekly to monthly', ['2024-01-01T10:00:00Z', '2024-01-08T10:00:00Z', '2024-01-15T10:00:00Z', '2024-06-01T10:00:00Z'], { rhythm: 'weekly', gapDays: 7 }],
  ])('%s', (_n, dates, expected) => {
    expect(suggestRhythm(dates)).toEqual(expected);
  });
});

const ZONES = ['Australia/Sydney', 'America/Los_Angeles', 'UTC'] as const;
const original = process.env.TZ;
afterAll(() => { process.env.TZ = original; });
/** A local wall-clock time in the current zone as an ISO timestamp. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe.each(ZONES)('due and overdue on the local calendar, in %s', (zone) => {
  // Last in touch on Thursday 5 March 2026 at 23:30 local time (6 March in UTC east of Greenwich, for Sydney it is already 5 March UTC…).
  test.each<[Rhythm, [number, number], [number, number]]>([
    ['weekly', [3, 12], [3, 16]], // 7 days; overdue after 10.5, so from day 11
    ['monthly', [4, 4], [4, 19]], // 30; 45
    ['quarterly', [6, 4], [7, 20]], // 91; 137
    ['yearly', [3, 5], [9, 4]], // 365 (2027: 5 March); 548 (2027: 4 September)
  ])('%s: due from local midnight of %j, overdue from %j', (rhythm, [dm, dd], [om, od]) => {
    process.env.TZ = zone;
    const last = local(2026, 3, 5, 23, 30);
    const due = dueOf(last, rhythm);
    const year = rhythm === 'yearly' ? 2027 : 2026;
    expect(due).toEqual({ dueAt: local(year, dm, dd), overdueAt: local(year, om, od) });
    // A minute before local midnight: not yet; at midnight: due; at the overdue day: overdue.
    expect(statusAt(due, new Date(Date.parse(local(year, dm, dd)) - 60_000).toISOString())).toBeNull();
    expect(statusAt(due, local(year, dm, dd))).toBe('due');
    expect(statusAt(due, local(year, om, od))).toBe('overdue');
  });

  test('no rhythm, or none: never due', () => {
    process.env.TZ = zone;
    expect(dueOf(local(2026, 3, 5), undefined)).toBeNull();
    expect(dueOf(local(2026, 3, 5), 'none')).toBeNull();
    expect(statusAt(null, local(2030, 1, 1))).toBeNull();
  });

  test('in the store: a weekly person last seen Thursday 23:30 local is due the next Thursday, local midnight', async () => {
    process.env.TZ = zone;
    const j = await freshJournal();
    await j.addEntry(entry({ person: '@ada', date: local(2026, 3, 5, 23, 30) }));
    await j.setRhythm('x:@ada', 'weekly', local(2026, 3, 6));
    expect(ids((await j.reminders(local(2026, 3, 11, 23, 59))).reachOut)).toEqual([]);
    const [ada] = (await j.reminders(local(2026, 3, 12, 0, 1))).reachOut;
    expect(ada).toMatchObject({ status: 'due', owed: false, dueAt: local(2026, 3, 12) });
    expect((await j.reminders(local(2026, 3, 16, 0, 1))).reachOut[0]?.status).toBe('overdue');
    j.close();
  });
});

describe('what resets the clock, and what pushes it', () => {
  const NOW = '2024-03-20T12:00:00.000Z';
  async function adaWeekly() {
    const j = await freshJournal();
    await j.addEntry(entry({ person: '@ada', date: '2024-03-01T10:00:00Z' }));
    await j.setRhythm('x:@ada', 'weekly', '2024-03-02T00:00:00Z');
    return j;
  }

  test.each<[string, (j: Awaited<ReturnType<typeof adaWeekly>>) => Promise<unknown>, 'due' | 'overdue' | 'gone']>([
    ['nothing: 19 days after, weekly is overdue', async () => undefined, 'overdue'],
    ['an entry you gave, yesterday: reset', (j) => j.addEntry(entry({ person: '@ada', date: '2024-03-19T10:00:00Z' })), 'gone'],
    ['an entry they gave, yesterday: reset too (either direction), and now you owe them', (j) => j.addEntry(entry({ person: '@ada', direction: 'received', date: '2024-03-19T10:00:00Z' })), 'gone'],
    ['an entry 8 days ago: due again, not overdue', (j) => j.addEntry(entry({ person: '@ada', date: '2024-03-12T10:00:00Z' })), 'due'],
    ['snoozed for 30 days: pushed out of the list', (j) => j.snoozePerson('x:@ada', 30, NOW), 'gone'],
    ['rhythm changed to monthly: not due yet', (j) => j.setRhythm('x:@ada', 'monthly', NOW), 'gone'],
    ['rhythm set to none: never due by time', (j) => j.setRhythm('x:@ada', 'none', NOW), 'gone'],
    ['rhythm cleared: only a suggestion, so not due', (j) => j.setRhythm('x:@ada', null, NOW), 'gone'],
    ['a handle merged in that was in touch yesterday: reset', async (j) => {
      await j.addEntry(entry({ site: 'linkedin', person: 'Ada Lovelace', date: '2024-03-19T10:00:00Z' }));
      await j.mergePeople('x:@ada', 'linkedin:ada lovelace');
    }, 'gone'],
  ])('%s', async (_n, act, expected) => {
    const j = await adaWeekly();
    await act(j);
    const reach = (await j.reminders(NOW)).reachOut.filter((r) => r.person.id === 'x:@ada' && r.status !== null);
    if (expected === 'gone') expect(reach).toEqual([]);
    else expect(reach.map((r) => r.status)).toEqual([expected]);
    j.close();
  });

  test('the latest entry deleted or edited back in time: the clock goes back with it', async () => {
    const j = await adaWeekly();
    const recent = await j.addEntry(entry({ person: '@ada', date: '2024-03-19T10:00:00Z' }));
    expect((await j.reminders(NOW)).reachOut).toEqual([]);
    await j.updateEntry({ ...recent, date: '2024-03-02T10:00:00Z' });
    expect((await j.reminders(NOW)).reachOut.map((r) => r.status)).toEqual(['overdue']);
    await j.deleteEntry(recent.id);
    expect((await j.reminders(NOW)).reachOut.map((r) => r.status)).toEqual(['overdue']);
    j.close();
  });

  test('a snooze ends: they are back, still overdue', async () => {
    const j = await adaWeekly();
    await j.snoozePerson('x:@ada', 7, NOW);
    expect((await j.reminders('2024-03-26T12:00:00Z')).reachOut).toEqual([]);
    expect((await j.reminders('2024-03-28T12:00:00Z')).reachOut.map((r) => r.status)).toEqual(['overdue']);
    j.close();
  });

  test('bad rhythms are refused with a clear message and change nothing', async () => {
    const j = await adaWeekly();
    const before = await snapshot(j);
    await expect(j.setRhythm('x:@ada', 'daily' as Rhythm)).rejects.toThrow('rhythm must be one of weekly, monthly, quarterly, yearly, none, or null to clear it (got a string ("daily"))');
    await expect(j.setRhythm('x:@nobody', 'weekly')).rejects.toThrow('there is no person "x:@nobody"');
    await expect(j.reminders(NOW, 10)).rejects.toThrow('reachOutLimit must be a whole number from 0 to 9 (got a number (10))');
    expect(await snapshot(j)).toEqual(before);
    j.close();
  });
});

/** A group as the store gives it, for the ranking table. */
function group(id: string, o: { rhythm?: Rhythm; last: string; gave?: number; received?: number; lastGave?: string; lastReceived?: string; snoozedUntil?: string }): PersonBalance {
  const person = { id, site: 'x' as const, handle: id.slice(2), displayName: id.slice(2), firstSeen: '2020-01-01T00:00:00.000Z', lastInteraction: o.last, ...(o.rhythm ? { rhythm: o.rhythm, rhythmSetAt: '2020-01-01T00:00:00.000Z' } : {}), ...(o.snoozedUntil ? { snoozedUntil: o.snoozedUntil } : {}) };
  const g: PersonBalance = { person, handles: [person], gave: o.gave ?? 1, received: o.received ?? 0, lastInteraction: o.last };
  if (o.lastGave ?? (o.gave ?? 1) > 0) g.lastGave = o.lastGave ?? o.last;
  if (o.lastReceived) g.lastReceived = o.lastReceived;
  return g;
}

describe('Reach out ranking: (time since last − rhythm) / rhythm, plus what you owe, at most N', () => {
  process.env.TZ = 'UTC';
  const NOW = '2024-06-01T12:00:00.000Z';
  const GROUPS = [
    group('x:@weekly3w', { rhythm: 'weekly', last: '2024-05-11T12:00:00.000Z' }), // 21 days: (21 − 7) / 7 = 2
    group('x:@monthly40', { rhythm: 'monthly', last: '2024-04-22T12:00:00.000Z' }), // 40 days: 0.33, due
    group('x:@monthly50', { rhythm: 'monthly', last: '2024-04-12T12:00:00.000Z' }), // 50 days: 0.67, overdue
    group('x:@yearly400', { rhythm: 'yearly', last: '2023-04-28T12:00:00.000Z' }), // 400 days: 0.1
    group('x:@owed', { last: '2024-05-30T12:00:00.000Z', gave: 0, received: 3, lastReceived: '2024-05-30T12:00:00.000Z' }), // 0.5 + 0.3
    group('x:@owedweekly', { rhythm: 'weekly', last: '2024-05-25T12:00:00.000Z', gave: 1, received: 1, lastGave: '2024-05-20T12:00:00.000Z', lastReceived: '2024-05-25T12:00:00.000Z' }), // 7 days: 0 + 0.5
    group('x:@notyet', { rhythm: 'quarterly', last: '2024-05-01T12:00:00.000Z' }),
    group('x:@norhythm', { last: '2020-01-01T12:00:00.000Z' }), // silent for years, but no rhythm: a suggestion only
    group('x:@none', { rhythm: 'none', last: '2020-01-01T12:00:00.000Z' }),
    group('x:@snoozed', { rhythm: 'weekly', last: '2024-01-01T12:00:00.000Z', snoozedUntil: '2024-06-15T00:00:00.000Z' }),
  ];

  test.each<[number, string[]]>([
    [9, ['x:@weekly3w', 'x:@owed', 'x:@monthly50', 'x:@owedweekly', 'x:@monthly40', 'x:@yearly400']],
    [5, ['x:@weekly3w', 'x:@owed', 'x:@monthly50', 'x:@owedweekly', 'x:@monthly40']],
    [1, ['x:@weekly3w']],
    [0, []],
  ])('at most %i', (limit, expected) => {
    expect(ids(reachOutAt(candidatesOf(GROUPS), NOW, limit))).toEqual(expected);
  });

  test('each says why: overdue, due, owed', () => {
    const list = reachOutAt(candidatesOf(GROUPS), NOW, 9);
    const why = Object.fromEntries(list.map((r) => [r.person.id, [r.status, r.owed, Math.round(r.score * 100) / 100]]));
    expect(why).toEqual({
      'x:@weekly3w': ['overdue', false, 2], 'x:@owed': [null, true, 0.8], 'x:@monthly50': ['overdue', false, 0.67],
      'x:@owedweekly': ['due', true, 0.5], 'x:@monthly40': ['due', false, 0.33], 'x:@yearly400': ['due', false, 0.1],
    });
  });

  test('the same list, whatever order the people come in; the store gives it too', async () => {
    expect(ids(reachOutAt(candidatesOf([...GROUPS].reverse()), NOW, 9))).toEqual(ids(reachOutAt(candidatesOf(GROUPS), NOW, 9)));
    const j = await freshJournal();
    await j.addEntry(entry({ person: '@weekly3w', date: '2024-05-11T12:00:00Z' }));
    await j.addEntry(entry({ person: '@owed', direction: 'received', date: '2024-05-30T12:00:00Z' }));
    await j.addEntry(entry({ person: '@norhythm', date: '2020-01-01T12:00:00Z' }));
    await j.setRhythm('x:@weekly3w', 'weekly', NOW);
    const o = await j.overview({ now: NOW, reachOutLimit: 9 });
    expect(ids(o.reachOut)).toEqual(['x:@weekly3w', 'x:@owed']);
    expect(o.waiting).toBe(2);
    expect(o.reachOutLimit).toBe(9);
    j.close();
  });
});

describe("Reach out's suggested rhythm (worked out once per change of the journal)", () => {
  test('asked twice, the same; after a new entry or a merge, worked out again', async () => {
    const j = await freshJournal();
    const suggested = async () => (await j.overview({ now: '2024-06-01T12:00:00Z', reachOutLimit: 9 })).reachOut.find((r) => r.person.id === 'x:@ada')?.suggested;
    // Ada helped last (owed), so she is in Reach out without a rhythm; gaps of 21 days: monthly.
    await j.addEntry(entry({ person: '@ada', date: '2024-01-01T10:00:00Z' }));
    await j.addEntry(entry({ person: '@ada', direction: 'received', date: '2024-01-22T10:00:00Z' }));
    expect(await suggested()).toEqual({ rhythm: 'monthly', gapDays: 21 });
    expect(await suggested()).toEqual({ rhythm: 'monthly', gapDays: 21 });
    await j.addEntry(entry({ person: '@ada', direction: 'received', date: '2024-01-25T10:00:00Z' }));
    expect(await suggested()).toEqual({ rhythm: 'weekly', gapDays: 12 });
    await j.addEntry(entry({ site: 'linkedin', person: 'Ada Lovelace', date: '2024-01-12T10:00:00Z' }));
    await j.mergePeople('x:@ada', 'linkedin:ada lovelace');
    expect(await suggested()).toEqual({ rhythm: 'weekly', gapDays: 10 });
    j.close();
  });
});

describe('merged people have one rhythm; both halves keep it after a split', () => {
  test('merging keeps the rhythm set last, on the lead; splitting copies it to the handle that leaves', async () => {
    const j = await freshJournal();
    await j.addEntry(entry({ person: '@ada', date: '2024-03-01T10:00:00Z' }));
    await j.addEntry(entry({ site: 'linkedin', person: 'Ada Lovelace', date: '2024-03-02T10:00:00Z' }));
    await j.setRhythm('x:@ada', 'weekly', '2024-03-03T00:00:00Z');
    await j.setRhythm('linkedin:ada lovelace', 'quarterly', '2024-03-04T00:00:00Z');
    await j.mergePeople('x:@ada', 'linkedin:ada lovelace');
    const people = await j.people();
    expect(people.find((p) => p.id === 'x:@ada')).toMatchObject({ rhythm: 'quarterly', rhythmSetAt: '2024-03-04T00:00:00.000Z' });
    expect(people.find((p) => p.id === 'linkedin:ada lovelace')?.rhythm).toBeUndefined();
    // Set from either handle: the group's one rhythm changes.
    await j.setRhythm('linkedin:ada lovelace', 'monthly', '2024-03-05T00:00:00Z');
    expect((await j.personDetail('x:@ada'))?.person.rhythm).toBe('monthly');
    await j.splitPerson('linkedin:ada lovelace');
    const after = await j.people();
    expect(after.map((p) => [p.id, p.rhythm])).toEqual(expect.arrayContaining([['x:@ada', 'monthly'], ['linkedin:ada lovelace', 'monthly']]));
    j.close();
  });

  test('the person page gets the suggestion from every merged handle', async () => {
    const j = await freshJournal();
    for (const d of ['2024-01-01', '2024-01-22']) await j.addEntry(entry({ person: '@ada', date: `${d}T10:00:00Z` }));
    await j.addEntry(entry({ site: 'linkedin', person: 'Ada Lovelace', date: '2024-01-11T10:00:00Z' }));
    expect((await j.personDetail('x:@ada'))?.suggested).toEqual({ rhythm: 'monthly', gapDays: 21 });
    await j.mergePeople('x:@ada', 'linkedin:ada lovelace');
    // Gaps of 10 and 11 days once the LinkedIn handle joins: nearer a week.
    expect((await j.personDetail('x:@ada'))?.suggested).toEqual({ rhythm: 'weekly', gapDays: 11 });
    j.close();
  });
});

describe('rhythms in files (format version 3)', () => {
  test('a version 2 file imports exactly as before: the same people (merges, snoozes) and entries, no rhythm', async () => {
    const text = fixture('v2-export.json');
    const file = JSON.parse(text) as JournalExport;
    expect(file.version).toBe(2);
    const j = await freshJournal();
    expect(await j.importJson(text)).toEqual({ added: file.entries.length, updated: 0, unchanged: 0, people: file.people.length });
    const out = await j.exportJson();
    expect(out.version).toBe(3);
    expect(out.people).toEqual(file.people);
    expect(out.entries).toEqual(file.entries);
    expect((await j.personDetail('x:@grace'))?.person.id).toBe('facebook:grace hopper');
    j.close();
  });

  test('a rhythm in a version 2 file is refused (it has no such field)', async () => {
    const file = JSON.parse(fixture('v2-export.json')) as JournalExport;
    Object.assign(file.people[0] as object, { rhythm: 'weekly', rhythmSetAt: '2026-04-01T00:00:00.000Z' });
    const j = await freshJournal();
    await expect(j.importJson(JSON.stringify(file))).rejects.toThrow(/people\[0\]: unexpected field "rhythm"/);
    j.close();
  });

  test.each<[string, object, RegExp]>([
    ['an unknown rhythm', { rhythm: 'daily', rhythmSetAt: '2026-04-01T00:00:00.000Z' }, /people\[1\]\.rhythm: must be one of weekly, monthly, quarterly, yearly, none \(found "daily"\)/],
    ['a rhythm without its time', { rhythm: 'weekly' }, /people\[1\]\.rhythmSetAt: is missing \(a rhythm needs the time it was set\)/],
    ['a time without a rhythm', { rhythmSetAt: '2026-04-01T00:00:00.000Z' }, /people\[1\]\.rhythmSetAt: is there without a rhythm/],
    ['a bad time', { rhythm: 'weekly', rhythmSetAt: 'yesterday' }, /people\[1\]\.rhythmSetAt: not a valid date/],
  ])('a version 3 file with %s is refused, naming where, and nothing changes', async (_n, fields, message) => {
    const file = { ...(JSON.parse(fixture('v2-export.json')) as JournalExport), version: 3 as const };
    Object.assign(file.people[1] as object, fields);
    const j = await freshJournal();
    await expect(j.importJson(JSON.stringify(file))).rejects.toThrow(message);
    expect((await j.people())).toEqual([]);
    j.close();
  });

  test('export → fresh journal: rhythms come back; between two journals the rhythm set last wins', async () => {
    const a = await freshJournal();
    await a.importJson(fixture('v2-export.json'));
    await a.setRhythm('x:@grace', 'weekly', '2026-04-03T00:00:00Z'); // the group led by Facebook Grace
    await a.setRhythm('x:@ada', 'yearly', '2026-04-03T00:00:00Z');
    const fromA = JSON.stringify(await a.exportJson());
    const b = await freshJournal();
    await b.importJson(fromA);
    expect(await snapshot(b)).toEqual(await snapshot(a));
    await b.setRhythm('x:@ada', 'monthly', '2026-04-04T00:00:00Z'); // later, on the other device
    await a.importJson(JSON.stringify(await b.exportJson()));
    await b.importJson(fromA); // the older choice does not come back
    for (const j of [a, b]) {
      expect((await j.personDetail('x:@ada'))?.person).toMatchObject({ rhythm: 'monthly', rhythmSetAt: '2026-04-04T00:00:00.000Z' });
      expect((await j.personDetail('x:@grace'))?.person).toMatchObject({ id: 'facebook:grace hopper', rhythm: 'weekly' });
    }
    a.close();
    b.close();
  });
});
