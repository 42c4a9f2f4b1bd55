import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { openJournal, type Journal } from '../../../src/journal/store';
import type { Entry, EntryFilter, NewEntry } from '../../../src/journal/types';
import { fixture, freshJournal, snapshot } from './helpers';

const SMALL_IDS = (n: number) => `0b5c1f8e-1d2a-4c3b-9e4f-00000000000${n}`;

/** The small fixture: 3 people, 7 entries from 2024-03-04 to 2024-05-14. */
async function smallJournal(factory = new IDBFactory()): Promise<Journal> {
  const j = await freshJournal(factory);
  await j.importJson(fixture('small.json'));
  return j;
}

const entry = (over: Partial<NewEntry> = {}): NewEntry => ({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', ...over });

describe('addEntry', () => {
  test.each([
    ['x handle with @', 'x', '@Ada', 'x:@ada', '@Ada'],
    ['x handle without @ gets one', 'x', 'Ada', 'x:@ada', '@Ada'],
    ['x handle with spaces around', 'x', '  @ada_dev ', 'x:@ada_dev', '@ada_dev'],
    ['facebook profile name, whitespace collapsed', 'facebook', '  Maya \t  Okafor\n', 'facebook:maya okafor', 'Maya Okafor'],
    ['linkedin profile name keeps its case as given', 'linkedin', 'Grace HOPPER', 'linkedin:grace hopper', 'Grace HOPPER'],
    ['unicode name', 'linkedin', 'José Ñúñez', 'linkedin:josé ñúñez', 'José Ñúñez'],
  ] as const)('%s', async (_n, site, typed, id, handle) => {
    const j = await freshJournal();
    const added = await j.addEntry(entry({ site, person: typed, date: '2024-03-01T10:00:00Z' }));
    expect(added.personId).toBe(id);
    expect(added.person).toEqual({ id, site, handle, displayName: handle, firstSeen: '2024-03-01T10:00:00.000Z', lastInteraction: '2024-03-01T10:00:00.000Z' });
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await j.people()).toEqual([added.person]);
  });

  test('the same person merges across case and spacing; firstSeen is the earliest, lastInteraction the latest', async () => {
    const j = await freshJournal();
    await j.addEntry(entry({ person: '@Ada', date: '2024-03-10T00:00:00Z' }));
    await j.addEntry(entry({ person: 'ada', date: '2024-03-20T00:00:00Z', displayName: 'Ada Lovelace' }));
    const third = await j.addEntry(entry({ person: ' @ADA ', date: '2024-03-01T00:00:00Z', direction: 'received' }));
    expect(third.person).toEqual({
      id: 'x:@ada', site: 'x', handle: '@Ada', displayName: 'Ada Lovelace',
      firstSeen: '2024-03-01T00:00:00.000Z', lastInteraction: '2024-03-20T00:00:00.000Z',
    });
    expect(await j.people()).toHaveLength(1);
    expect((await j.listEntries({})).total).toBe(3);
  });

  test('the same handle on two sites is two people', async () => {
    const j = await freshJournal();
    await j.addEntry(entry({ site: 'x', person: 'ada' }));
    await j.addEntry(entry({ site: 'linkedin', person: 'ada' }));
    expect((await j.people()).map((p) => p.id).sort()).toEqual(['linkedin:ada', 'x:@ada']);
  });

  test('defaults: date now, empty note, no link; a blank link is no link', async () => {
    const j = await freshJournal();
    const before = Date.now();
    const added = await j.addEntry(entry({ link: '  ', note: '  thanks  ' }));
    expect(Date.parse(added.date)).toBeGreaterThanOrEqual(before);
    expect(added.note).toBe('thanks');
    expect('link' in added).toBe(false);
  });

  test('limits are inclusive: 200-character person, 5,000-character note', async () => {
    const j = await freshJournal();
    const added = await j.addEntry(entry({ site: 'facebook', person: 'p'.repeat(200), note: 'n'.repeat(5000), link: 'https://example.com/a?b=c#d' }));
    expect(added.note).toHaveLength(5000);
    expect(added.link).toBe('https://example.com/a?b=c#d');
  });

  test.each([
    ['an unknown site', { site: 'myspace' }, /site must be one of x, facebook, linkedin, bluesky, mastodon, threads \(got a string \("myspace"\)\)/],
    ['no site', { site: undefined }, /site must be one of/],
    ['a bad direction', { direction: 'took' }, /direction must be one of gave, received/],
    ['a bad kind', { kind: 'bribe' }, /kind must be one of reply, comment/],
    ['an empty person', { person: '   ' }, /person is empty/],
    ['just "@" on X', { person: '@' }, /person is empty/],
    ['a person that is not text', { person: 42 }, /person must be a handle or profile name \(got a number \(42\)\)/],
    ['a 201-character person', { site: 'facebook', person: 'p'.repeat(201) }, /person is too long \(201 characters; the limit is 200\)/],
    ['a 5,001-character note', { note: 'n'.repeat(5001) }, /note is too long \(5,001 characters; the limit is 5,000\)/],
    ['a note that is not text', { note: { text: 'hi' } }, /note must be text \(got an object\)/],
    ['a javascript: link', { link: 'javascript:alert(1)' }, /link must be an http:\/\/ or https:\/\/ address \(got "javascript:alert\(1\)"\)/],
    ['a relative link', { link: '/status/1' }, /link must be an http/],
    ['an ftp link', { link: 'ftp://example.com/file' }, /link must be an http/],
    ['an impossible date', { date: '2024-13-45' }, /date is not a valid date \(got "2024-13-45"\)/],
    ['February 30th', { date: '2024-02-30' }, /date is not a valid date/],
    ['a date that is not ISO', { date: 'March 3rd' }, /date is not a valid date/],
    ['a 25th hour', { date: '2024-03-01T25:00:00Z' }, /date is not a valid date/],
  ] as const)('rejects %s and changes nothing', async (_n, over, message) => {
    const j = await smallJournal();
    const before = await snapshot(j);
    await expect(j.addEntry({ ...entry(), ...over } as unknown as NewEntry)).rejects.toThrow(message);
    expect(await snapshot(j)).toEqual(before);
  });

  test('rejects something that is not an entry at all', async () => {
    const j = await freshJournal();
    await expect(j.addEntry(null as unknown as NewEntry)).rejects.toThrow(/an entry must be an object \(got null\)/);
    await expect(j.addEntry('x' as unknown as NewEntry)).rejects.toThrow(/an entry must be an object/);
  });
});

describe('updateEntry, deleteEntry, restoreEntry', () => {
  test('update replaces the editable fields and keeps person and site', async () => {
    const j = await smallJournal();
    const [e] = (await j.listEntries({ personId: 'x:@ada', limit: 1 })).entries;
    const updated = await j.updateEntry({ ...(e as Entry), personId: 'x:@someone-else', site: 'facebook', direction: 'received', kind: 'advice', note: 'edited', link: 'https://example.com/x' });
    expect(updated).toMatchObject({ id: SMALL_IDS(6), personId: 'x:@ada', site: 'x', direction: 'received', kind: 'advice', note: 'edited', link: 'https://example.com/x' });
    expect((await j.personDetail('x:@ada'))?.entries[0]).toEqual({
      id: SMALL_IDS(6), personId: 'x:@ada', site: 'x', direction: 'received', kind: 'advice', note: 'edited',
      link: 'https://example.com/x', date: '2024-05-13T08:00:00.000Z',
    });
  });

  test('update can remove a link', async () => {
    const j = await smallJournal();
    const detail = await j.personDetail('x:@ada');
    const withLink = detail?.entries.find((x) => x.link) as Entry;
    const { link: _l, ...rest } = withLink;
    const updated = await j.updateEntry(rest);
    expect('link' in updated).toBe(false);
  });

  test('moving the latest entry earlier moves the last interaction back; moving one later moves it forward', async () => {
    const j = await smallJournal();
    const latest = (await j.personDetail('x:@ada'))?.entries[0] as Entry;
    expect(latest.date).toBe('2024-05-13T08:00:00.000Z');
    let updated = await j.updateEntry({ ...latest, date: '2024-03-02T00:00:00Z' });
    expect(updated.person.lastInteraction).toBe('2024-04-01T09:15:00.000Z'); // the next latest entry
    expect(updated.person.firstSeen).toBe('2024-03-02T00:00:00.000Z');
    updated = await j.updateEntry({ ...latest, date: '2024-06-01T00:00:00Z' });
    expect(updated.person.lastInteraction).toBe('2024-06-01T00:00:00.000Z');
  });

  test.each([
    ['an unknown id', { id: 'no-such-entry' }, /there is no entry with id "no-such-entry"/],
    ['a bad date', { date: 'yesterday' }, /date is not a valid date/],
    ['a bad kind', { kind: 'gift' }, /kind must be one of/],
    ['a javascript: link', { link: 'javascript:void(0)' }, /link must be an http/],
    ['no id', { id: undefined }, /id must be an entry id/],
  ] as const)('update rejects %s and changes nothing', async (_n, over, message) => {
    const j = await smallJournal();
    const before = await snapshot(j);
    const e = before.entries[0] as Entry;
    await expect(j.updateEntry({ ...e, ...over } as unknown as Entry)).rejects.toThrow(message);
    expect(await snapshot(j)).toEqual(before);
  });

  test('delete returns the entry (with its person) and restore brings the journal back exactly', async () => {
    const j = await smallJournal();
    const before = await snapshot(j);
    const removed = await j.deleteEntry(SMALL_IDS(6));
    expect(removed).toMatchObject({ id: SMALL_IDS(6), personId: 'x:@ada', note: '' });
    expect((await j.listEntries({})).total).toBe(6);
    // Ada's last interaction falls back to her previous entry.
    expect((await j.people()).find((p) => p.id === 'x:@ada')?.lastInteraction).toBe('2024-04-01T09:15:00.000Z');
    await j.restoreEntry(removed as Entry);
    expect(await snapshot(j)).toEqual(before);
  });

  test('deleting a person\'s only entry removes the person; undo brings both back', async () => {
    const j = await smallJournal();
    const added = await j.addEntry(entry({ site: 'linkedin', person: 'Alan Turing', displayName: 'Alan M. Turing', date: '2024-05-01' }));
    const before = await snapshot(j);
    const removed = await j.deleteEntry(added.id);
    expect((await j.people()).map((p) => p.id)).not.toContain('linkedin:alan turing');
    await j.restoreEntry(removed as Entry);
    expect(await snapshot(j)).toEqual(before);
  });

  test('restoring a plain entry whose person is gone recreates the person from the id', async () => {
    const j = await freshJournal();
    const added = await j.addEntry(entry({ person: '@Ada', date: '2024-05-01' }));
    await j.deleteEntry(added.id);
    const { person: _p, ...plain } = added;
    await j.restoreEntry(plain);
    expect(await j.personDetail('x:@ada')).toMatchObject({ person: { id: 'x:@ada', handle: '@ada', displayName: '@ada' }, gave: 1 });
  });

  test('deleting an unknown id returns null and changes nothing', async () => {
    const j = await smallJournal();
    const before = await snapshot(j);
    expect(await j.deleteEntry('nope')).toBeNull();
    expect(await snapshot(j)).toEqual(before);
  });

  test.each([
    ['a bad direction', { direction: 'took' }, /entry\.direction: must be one of gave, received/],
    ['a person id on another site', { personId: 'facebook:someone' }, /is not on x/],
    ['a missing date', { date: undefined }, /entry\.date: expected a date/],
  ] as const)('restore rejects %s', async (_n, over, message) => {
    const j = await smallJournal();
    const before = await snapshot(j);
    const removed = await j.deleteEntry(SMALL_IDS(1));
    const after = await snapshot(j);
    await expect(j.restoreEntry({ ...(removed as Entry), ...over } as unknown as Entry)).rejects.toThrow(message);
    expect(await snapshot(j)).toEqual(after);
    expect(after).not.toEqual(before);
  });
});

describe('listEntries', () => {
  // Small fixture, newest first: 7 (maya, received, other, 05-14), 6 (ada, gave, thanks, 05-13),
  // 5 (grace, gave, share, 05-02), 4 (maya, gave, comment, 04-02), 3 (ada, received, advice, 04-01),
  // 2 (grace, received, intro, 03-11), 1 (ada, gave, reply, 03-04).
  const cases: Array<[string, EntryFilter, number[], number?]> = [
    ['no filter: all, newest first', {}, [7, 6, 5, 4, 3, 2, 1]],
    ['text in a handle', { text: '@ADA' }, [6, 3, 1]],
    ['text in a display name', { text: 'lovelace' }, [6, 3, 1]],
    ['text in a note, any case', { text: 'PRICING' }, [3]],
    ['text in notes', { text: 'her' }, [7, 5, 4, 1]],
    ['text that matches nothing', { text: 'zebra' }, []],
    ['text is trimmed', { text: '  grace  ' }, [5, 2]],
    ['site', { site: 'facebook' }, [7, 4]],
    ['direction', { direction: 'received' }, [7, 3, 2]],
    ['kind', { kind: 'share' }, [5]],
    ['person', { personId: 'x:@ada' }, [6, 3, 1]],
    ['site and direction', { site: 'x', direction: 'gave' }, [6, 1]],
    ['days, inclusive at both ends', { from: '2024-04-01', to: '2024-04-02' }, [4, 3]],
    ['from only', { from: '2024-05-02' }, [7, 6, 5]],
    ['to only', { to: '2024-03-11' }, [2, 1]],
    ['timestamps, inclusive', { from: '2024-03-11T10:00:00Z', to: '2024-04-02T18:30:00.000Z' }, [4, 3, 2]],
    ['an empty range', { from: '2024-06-01', to: '2024-05-01' }, []],
    ['date range with direction and text', { from: '2024-03-01', to: '2024-04-30', direction: 'gave', text: 'her' }, [4, 1]],
    ['person and range', { personId: 'x:@ada', from: '2024-04-01' }, [6, 3]],
    ['empty strings mean "any"', { text: '', site: '' as never, direction: '' as never }, [7, 6, 5, 4, 3, 2, 1]],
    ['first page of 3', { limit: 3 }, [7, 6, 5], 7],
    ['second page of 3', { offset: 3, limit: 3 }, [4, 3, 2], 7],
    ['last page', { offset: 6, limit: 3 }, [1], 7],
    ['past the end', { offset: 10, limit: 3 }, [], 7],
    ['a page of a filtered list', { direction: 'gave', offset: 1, limit: 2 }, [5, 4], 4],
    ['a page of a date range', { from: '2024-04-01', offset: 1, limit: 2 }, [6, 5], 5],
    ['limit 0 counts only', { site: 'x', limit: 0 }, [], 3],
  ];

  test.each(['cold', 'warm'] as const)('every filter gives the same answer with a %s cache', async (mode) => {
    const factory = new IDBFactory();
    (await smallJournal(factory)).close();
    for (const [name, filter, ids, total] of cases) {
      const j = await openJournal('test-journal', factory);
      if (mode === 'warm') await j.owed(1); // reads every entry: fills the cache
      const result = await j.listEntries(filter);
      expect(result.entries.map((e) => Number(e.id.slice(-1))), name).toEqual(ids);
      expect(result.total, name).toBe(total ?? ids.length);
      for (const e of result.entries) expect(e.person.id, name).toBe(e.personId);
      j.close();
    }
  });

  test('entries come with their person', async () => {
    const j = await smallJournal();
    const [first] = (await j.listEntries({ limit: 1 })).entries;
    expect(first?.person).toEqual({
      id: 'facebook:maya okafor', site: 'facebook', handle: 'Maya Okafor', displayName: 'Maya Okafor',
      firstSeen: '2024-04-02T18:30:00.000Z', lastInteraction: '2024-05-14T07:45:00.000Z',
    });
  });

  test('the default page is 50, and equal dates order by id (descending)', async () => {
    const j = await freshJournal();
    for (let i = 0; i < 260; i++) {
      await j.addEntry(entry({ person: `@p${i % 7}`, date: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 2) * 3_600_000).toISOString() }));
    }
    const all = await j.listEntries({ limit: 1000 });
    expect(all.total).toBe(260);
    const sorted = [...all.entries].sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
    expect(all.entries.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect((await j.listEntries({})).entries).toHaveLength(50);
  });

  test.each([
    ['a negative limit', { limit: -1 }, /limit must be a whole number/],
    ['a fractional offset', { offset: 1.5 }, /offset must be a whole number/],
    ['a bad from', { from: 'last week' }, /from is not a valid date/],
    ['a bad to', { to: '2024-02-31' }, /to is not a valid date/],
    ['an unknown site', { site: 'myspace' }, /site must be one of/],
    ['text that is not text', { text: 5 }, /text must be text/],
  ] as const)('rejects %s', async (_n, filter, message) => {
    const j = await freshJournal();
    await expect(j.listEntries(filter as unknown as EntryFilter)).rejects.toThrow(message);
  });
});

describe('deep pages without a cache', () => {
  test('pages read by key (offset ≥ 200) match pages read with a cursor', async () => {
    const factory = new IDBFactory();
    const j = await freshJournal(factory);
    for (let i = 0; i < 300; i++) await j.addEntry(entry({ person: `@p${i % 5}`, date: new Date(Date.UTC(2024, 0, 1) + (i % 150) * 60_000).toISOString() }));
    const all = (await j.listEntries({ limit: 300 })).entries.map((e) => e.id);
    j.close();
    for (const offset of [0, 150, 199, 200, 250, 295]) {
      const cold = await openJournal('test-journal', factory); // nothing cached: the index path
      const page = await cold.listEntries({ offset, limit: 10 });
      expect(page.entries.map((e) => e.id)).toEqual(all.slice(offset, offset + 10));
      expect(page.total).toBe(300);
      cold.close();
    }
  });
});

describe('people and personDetail', () => {
  test('people: most recent interaction first', async () => {
    const j = await smallJournal();
    expect((await j.people()).map((p) => p.id)).toEqual(['facebook:maya okafor', 'x:@ada', 'linkedin:grace hopper']);
  });

  test('personDetail: balance, last gave/received, entries newest first', async () => {
    const j = await smallJournal();
    const d = await j.personDetail('x:@ada');
    expect(d).toMatchObject({
      person: { id: 'x:@ada', displayName: 'Ada Lovelace' }, gave: 2, received: 1,
      lastGave: '2024-05-13T08:00:00.000Z', lastReceived: '2024-04-01T09:15:00.000Z',
    });
    expect(d?.entries.map((e) => e.id)).toEqual([SMALL_IDS(6), SMALL_IDS(3), SMALL_IDS(1)]);
    expect(await j.personDetail('x:@nobody')).toBeNull();
  });
});

describe('balance, weekly, owed', () => {
  test.each([
    ['overall', undefined, { gave: 4, received: 3 }],
    ['from a day (inclusive)', '2024-04-02', { gave: 3, received: 1 }],
    ['from a timestamp', '2024-05-13T08:00:00Z', { gave: 1, received: 1 }],
    ['from after everything', '2025-01-01', { gave: 0, received: 0 }],
  ])('balance %s, cold and warm', async (_n, from, expected) => {
    const j = await smallJournal();
    expect(await j.balance(from)).toEqual(expected);
    await j.owed(1); // fill the cache
    expect(await j.balance(from)).toEqual(expected);
  });

  test('balance rejects a bad date', async () => {
    const j = await freshJournal();
    await expect(j.balance('soon')).rejects.toThrow(/from is not a valid date \(got a string \("soon"\)\)/);
  });

  test('weekly: Monday-based local weeks (here UTC), oldest first, zero-filled, ending with the week of now, with the running balance', async () => {
    const j = await freshJournal();
    const add = (date: string, direction: 'gave' | 'received') => j.addEntry(entry({ date, direction }));
    await add('2024-05-06T00:00:00.000Z', 'gave'); // Monday 00:00 UTC: first instant of its week
    await add('2024-05-05T23:59:59.999Z', 'received'); // Sunday: the week before
    await add('2024-05-12T23:59:59.999Z', 'gave'); // last instant of the week of 05-06
    await add('2024-05-15T12:00:00+02:00', 'received');
    await add('2024-05-16T09:00:00Z', 'received');
    await add('2024-04-01T09:00:00Z', 'gave'); // too old for 4 weeks
    await add('2024-05-20T00:00:00Z', 'gave'); // after the week of now
    expect(await j.weekly(4, '2024-05-19T23:00:00Z')).toEqual([
      { week: '2024-04-22', gave: 0, received: 0, running: 1 }, // the gift of 04-01 before the window
      { week: '2024-04-29', gave: 0, received: 1, running: 0 },
      { week: '2024-05-06', gave: 2, received: 0, running: 2 },
      { week: '2024-05-13', gave: 0, received: 2, running: 0 },
    ]);
    expect(await j.weekly(1, '2024-05-20T00:00:00Z')).toEqual([{ week: '2024-05-20', gave: 1, received: 0, running: 1 }]);
    expect(await j.weekly(0, '2024-05-20')).toEqual([]);
    expect((await j.weekly(12, '2024-05-19')).map((w) => w.week)[0]).toBe('2024-02-26');
  });

  test('weekly: the same counts with a warm cache and across a year boundary', async () => {
    const j = await freshJournal();
    await j.addEntry(entry({ date: '2024-12-31T10:00:00Z' })); // Tuesday; its week starts Monday 2024-12-30
    await j.addEntry(entry({ date: '2025-01-05T10:00:00Z', direction: 'received' }));
    const cold = await j.weekly(2, '2025-01-08');
    await j.owed(1); // fill the cache
    expect(await j.weekly(2, '2025-01-08')).toEqual(cold);
    expect(cold).toEqual([{ week: '2024-12-30', gave: 1, received: 1, running: 0 }, { week: '2025-01-06', gave: 0, received: 0, running: 0 }]);
  });

  test.each([
    ['weeks not a whole number', () => [1.5], /weeks must be a whole number/],
    ['too many weeks', () => [521], /weeks must be a whole number from 0 to 520/],
    ['a bad now', () => [4, 'tomorrow'], /now is not a valid date/],
  ] as const)('weekly rejects %s', async (_n, args, message) => {
    const j = await freshJournal();
    await expect((j.weekly as (...a: unknown[]) => Promise<unknown>)(...args())).rejects.toThrow(message);
  });

  test('owed: more received than given, or received since last given; most owed first', async () => {
    const j = await freshJournal();
    const log = (person: string, direction: 'gave' | 'received', date: string) => j.addEntry(entry({ person, direction, date }));
    // @a: received 3, gave 1 → owes 2; @c: received 2 (latest 05-10) → owes 2, more recent than @a.
    await log('@a', 'received', '2024-05-01'); await log('@a', 'received', '2024-05-02'); await log('@a', 'received', '2024-05-03');
    await log('@a', 'gave', '2024-05-04');
    await log('@c', 'received', '2024-05-09'); await log('@c', 'received', '2024-05-10');
    // @b: 1 each, but received after gave → owes by recency.
    await log('@b', 'gave', '2024-05-01'); await log('@b', 'received', '2024-05-05');
    // @d: gave twice after receiving once; @e: only gave → not owed.
    await log('@d', 'received', '2024-05-01'); await log('@d', 'gave', '2024-05-02'); await log('@d', 'gave', '2024-05-03');
    await log('@e', 'gave', '2024-05-03');
    const owed = await j.owed(10);
    expect(owed.map((b) => [b.person.id, b.received, b.gave])).toEqual([['x:@c', 2, 0], ['x:@a', 3, 1], ['x:@b', 1, 1]]);
    expect(owed[0]).toEqual({
      person: expect.objectContaining({ id: 'x:@c', handle: '@c' }), handles: [expect.objectContaining({ id: 'x:@c' })],
      gave: 0, received: 2, lastReceived: '2024-05-10T00:00:00.000Z', lastInteraction: '2024-05-10T00:00:00.000Z',
    });
    expect((await j.owed(2)).map((b) => b.person.id)).toEqual(['x:@c', 'x:@a']);
    expect(await j.owed(0)).toEqual([]);
  });

  test('owed on the small fixture: only Maya (she helped last)', async () => {
    const j = await smallJournal();
    expect((await j.owed(3)).map((b) => b.person.id)).toEqual(['facebook:maya okafor']);
  });
});

describe('the entry cache stays correct', () => {
  test('add, edit, delete and undo update a warm cache', async () => {
    const j = await smallJournal();
    await j.owed(1); // warm
    const added = await j.addEntry(entry({ person: '@zed', note: 'findme', date: '2024-04-15' }));
    expect((await j.listEntries({ text: 'findme' })).entries.map((e) => e.id)).toEqual([added.id]);
    expect((await j.listEntries({ limit: 3, offset: 3 })).entries.map((e) => e.id)).toEqual([added.id, SMALL_IDS(4), SMALL_IDS(3)]);
    await j.updateEntry({ ...added, note: 'moved', date: '2024-01-01' });
    expect((await j.listEntries({ text: 'findme' })).total).toBe(0);
    expect((await j.listEntries({})).entries.at(-1)?.id).toBe(added.id);
    const removed = await j.deleteEntry(added.id);
    expect((await j.listEntries({ text: 'moved' })).total).toBe(0);
    await j.restoreEntry(removed as Entry);
    expect((await j.listEntries({ text: 'moved' })).total).toBe(1);
    await j.clear();
    expect(await j.listEntries({})).toEqual({ entries: [], total: 0 });
  });

  test('a write through another journal on the same database drops the cache', async () => {
    const factory = new IDBFactory();
    const a = await smallJournal(factory);
    const b = await openJournal('test-journal', factory);
    expect((await a.listEntries({ text: 'elsewhere' })).total).toBe(0); // warms a's cache
    await b.addEntry(entry({ note: 'logged elsewhere' }));
    await new Promise((r) => setTimeout(r, 20)); // BroadcastChannel delivery
    expect((await a.listEntries({ text: 'elsewhere' })).total).toBe(1);
    a.close();
    b.close();
  });
});

describe('lifecycle', () => {
  test('close, then calls fail clearly; data survives reopening', async () => {
    const factory = new IDBFactory();
    const j = await smallJournal(factory);
    const before = await snapshot(j);
    j.close();
    await expect(j.listEntries({})).rejects.toThrow(/The journal is closed/);
    const again = await openJournal('test-journal', factory);
    expect(await snapshot(again)).toEqual(before);
  });

  test('clear deletes people and entries', async () => {
    const j = await smallJournal();
    await j.clear();
    expect(await snapshot(j)).toEqual({ format: 'communis-journal', version: 3, people: [], entries: [] });
  });
});
