// Edges of the journal's read-side answers (queries.ts) on small constructed
// people and counts, found by mutation testing (issue 21): who is owed, who is
// losing touch (the cutoff day), snoozes that end, the weekly buckets and
// running balance, merge suggestions and their order, and every limit.
import { describe, expect, test } from 'vitest';
import {
  balanceFromDays, groupsOf, isOwed, nameKey, owedOf, pairKey, suggestionsOf,
  weeklyFrom,
} from '../../../src/journal/queries';
import type { CountRecord, PersonTally } from '../../../src/journal/schema';
import type { Person, PersonBalance } from '../../../src/journal/types';

process.env.TZ = 'UTC';

const NOW = '2024-03-31T12:00:00.000Z';
const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id, site: id.startsWith('x:') ? 'x' : 'linkedin', handle: id.slice(id.indexOf(':') + 1), displayName: '',
  firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-03-01T00:00:00.000Z', ...extra,
});
const group = (id: string, b: Partial<PersonBalance> = {}, p: Partial<Person> = {}): PersonBalance => {
  const lead = person(id, p);
  return { person: lead, handles: [lead], gave: 0, received: 0, lastInteraction: lead.lastInteraction, ...b };
};
const ids = (list: PersonBalance[]) => list.map((g) => g.person.id);

describe('groupsOf: handles summed under their lead', () => {
  test('counts, latest dates and the latest interaction add up over the handles', () => {
    const people = [
      person('x:@ada', { lastInteraction: '2024-03-01T00:00:00.000Z' }),
      person('x:@ada2', { mergedInto: 'x:@ada', lastInteraction: '2024-03-05T00:00:00.000Z' }),
      person('x:@bob'),
    ];
    const tallies: PersonTally[] = [
      { key: 'p:x:@ada', gave: 2, received: 1, lastGave: '2024-02-01T00:00:00.000Z', lastReceived: '2024-03-01T00:00:00.000Z' },
      { key: 'p:x:@ada2', gave: 1, received: 3, lastGave: '2024-03-05T00:00:00.000Z', lastReceived: '2024-02-01T00:00:00.000Z' },
    ];
    const groups = groupsOf(people, tallies);
    expect([...groups.keys()]).toEqual(['x:@ada', 'x:@bob']);
    const ada = groups.get('x:@ada')!;
    expect(ids([ada]).concat(ada.handles.map((h) => h.id))).toEqual(['x:@ada', 'x:@ada', 'x:@ada2']);
    expect(ada).toMatchObject({
      gave: 3, received: 4, lastGave: '2024-03-05T00:00:00.000Z', lastReceived: '2024-03-01T00:00:00.000Z',
      lastInteraction: '2024-03-05T00:00:00.000Z',
    });
    const bob = groups.get('x:@bob')!;
    expect(bob).toEqual({ person: people[2], handles: [people[2]], gave: 0, received: 0, lastInteraction: people[2]!.lastInteraction });
  });

  test('an earlier handle does not move the latest dates back', () => {
    const people = [
      person('x:@ada', { lastInteraction: '2024-03-09T00:00:00.000Z' }),
      person('x:@ada2', { mergedInto: 'x:@ada', lastInteraction: '2024-01-01T00:00:00.000Z' }),
    ];
    const tallies: PersonTally[] = [
      { key: 'p:x:@ada', gave: 1, received: 1, lastGave: '2024-03-09T00:00:00.000Z', lastReceived: '2024-03-08T00:00:00.000Z' },
      { key: 'p:x:@ada2', gave: 1, received: 1, lastGave: '2024-01-01T00:00:00.000Z', lastReceived: '2024-01-02T00:00:00.000Z' },
    ];
    expect(groupsOf(people, tallies).get('x:@ada')).toMatchObject({
      lastGave: '2024-03-09T00:00:00.000Z', lastReceived: '2024-03-08T00:00:00.000Z', lastInteraction: '2024-03-09T00:00:00.000Z',
    });
  });
});

describe('owed', () => {
  test.each([
    [{ received: 2, gave: 1 }, true],
    [{ received: 1, gave: 1 }, false], // even, no dates
    [{ received: 0, gave: 1, lastReceived: '2024-03-02', lastGave: '2024-03-01' }, true], // helped since
    [{ received: 1, gave: 1, lastReceived: '2024-03-01', lastGave: '2024-03-01' }, false], // same moment: not owed
    [{ received: 1, gave: 1, lastReceived: '2024-03-01', lastGave: '2024-03-02' }, false],
    [{ received: 1, gave: 1, lastReceived: '2024-03-01' }, true], // never helped back
    [{ received: 0, gave: 0, lastGave: '2024-03-01' }, false],
  ])('%j → %s', (b, owed) => {
    expect(isOwed(group('x:@a', b))).toBe(owed);
  });

  test('most owed first, then the latest help, then by id; snoozed people wait until the snooze ends; the limit holds', () => {
    const list = [
      group('x:@one', { received: 2, gave: 1 }),
      group('x:@three', { received: 3, gave: 0 }),
      group('x:@late', { received: 2, gave: 1, lastReceived: '2024-03-20' }),
      group('x:@b', { received: 1, gave: 0 }),
      group('x:@a', { received: 1, gave: 0 }),
      group('x:@even', { received: 1, gave: 1 }),
      group('x:@snoozed', { received: 9, gave: 0 }, { snoozedUntil: '2024-04-01T00:00:00.000Z' }),
      group('x:@woke', { received: 5, gave: 0 }, { snoozedUntil: NOW }), // a snooze ending now is over
    ];
    expect(ids(owedOf(list, 10, NOW))).toEqual(['x:@woke', 'x:@three', 'x:@late', 'x:@a', 'x:@b', 'x:@one']);
    expect(ids(owedOf([...list].reverse(), 10, NOW))).toEqual(['x:@woke', 'x:@three', 'x:@late', 'x:@a', 'x:@b', 'x:@one']);
    expect(ids(owedOf(list, 2, NOW))).toEqual(['x:@woke', 'x:@three']);
    expect(owedOf(list, 0, NOW)).toEqual([]);
  });
});

describe('balances and weeks from day counts', () => {
  const day = (d: string, gave: number, received: number): CountRecord => ({ key: `d:${d}`, gave, received });
  const days = [day('2024-03-03', 1, 0), day('2024-03-04', 2, 1), day('2024-03-10', 0, 4), day('2024-03-11', 5, 0), day('2024-03-31', 1, 1)];

  test('from a day on, that day included', () => {
    expect(balanceFromDays(days, '2024-03-04')).toEqual({ gave: 8, received: 6 });
    expect(balanceFromDays(days, '2024-03-05')).toEqual({ gave: 6, received: 5 });
    expect(balanceFromDays(days, '2024-04-01')).toEqual({ gave: 0, received: 0 });
  });

  test('weeks run Monday to Sunday, oldest first, with the running balance of the whole journal', () => {
    // NOW is Sunday 31 March: the last 4 weeks start on 4, 11, 18 and 25 March.
    // 10 more given than received in all; the days from 4 March on net +2, so +8 before the first week.
    const total = { gave: 20, received: 10 };
    const weeks = weeklyFrom(total, days, 4, NOW);
    expect(weeks).toEqual([
      { week: '2024-03-04', gave: 2, received: 5, running: 5 },
      { week: '2024-03-11', gave: 5, received: 0, running: 10 },
      { week: '2024-03-18', gave: 0, received: 0, running: 10 },
      { week: '2024-03-25', gave: 1, received: 1, running: 10 },
    ]);
    expect(weeks.at(-1)!.running).toBe(total.gave - total.received);
  });

  test('one week is this week only; days after it are not counted', () => {
    const later = [...days, day('2024-04-01', 7, 0)];
    expect(weeklyFrom({ gave: 27, received: 10 }, later, 1, NOW)).toEqual([{ week: '2024-03-25', gave: 1, received: 1, running: 10 }]);
  });
});

describe('merge suggestions', () => {
  test('names compare without accents, case, spaces or punctuation', () => {
    expect(nameKey('Grâce  Hopper!')).toBe('gracehopper');
    expect(nameKey('@Grace_Hopper')).toBe('gracehopper');
    expect(nameKey('Zoë 2')).toBe('zoe2');
    expect(pairKey('x:@b', 'x:@a')).toBe('dismissed:x:@a|x:@b');
    expect(pairKey('x:@a', 'x:@b')).toBe('dismissed:x:@a|x:@b');
  });

  const named = (id: string, displayName: string, lastInteraction: string) => group(id, {}, { displayName, lastInteraction });

  test('same name, or an X handle spelling the name; the latest first; each pair once; dismissed pairs and short names never', () => {
    const a = named('linkedin:grace', 'Grace Hopper', '2024-03-01T00:00:00.000Z');
    const b = named('facebook:grace hopper', 'grace hopper', '2024-03-05T00:00:00.000Z');
    const c = named('x:@gracehopper', '', '2024-03-03T00:00:00.000Z');
    const d = named('linkedin:al', 'Al', '2024-03-09T00:00:00.000Z');
    const e = named('facebook:al', 'Al', '2024-03-09T00:00:00.000Z');
    const f = named('linkedin:ann', 'Anne Lee', '2024-03-20T00:00:00.000Z');
    const g = named('x:@annelee', 'Anne Lee', '2024-03-02T00:00:00.000Z'); // both the same name and the handle: one suggestion
    const groups = new Map([a, b, c, d, e, f, g].map((x) => [x.person.id, x]));
    const got = suggestionsOf(groups, new Set(), 10).map((s) => [s.a.person.id, s.b.person.id, s.reason]);
    expect(got).toEqual([
      ['linkedin:ann', 'x:@annelee', 'same name'],
      ['facebook:grace hopper', 'linkedin:grace', 'same name'],
      ['facebook:grace hopper', 'x:@gracehopper', 'the handle matches the name'],
      ['x:@gracehopper', 'linkedin:grace', 'the handle matches the name'],
    ]);
    expect(suggestionsOf(groups, new Set(), 1)).toHaveLength(1);
    const dismissed = new Set([pairKey('linkedin:grace', 'facebook:grace hopper'), pairKey('x:@annelee', 'linkedin:ann')]);
    expect(suggestionsOf(groups, dismissed, 10).map((s) => s.reason)).toEqual(['the handle matches the name', 'the handle matches the name']);
  });

  test('a group is not suggested with itself, even when two of its handles share a name', () => {
    const lead = person('linkedin:grace', { displayName: 'Grace Hopper' });
    const other = person('facebook:grace', { displayName: 'Grace Hopper', mergedInto: 'linkedin:grace' });
    const g: PersonBalance = { person: lead, handles: [lead, other], gave: 0, received: 0, lastInteraction: lead.lastInteraction };
    expect(suggestionsOf(new Map([[lead.id, g]]), new Set(), 10)).toEqual([]);
  });

  test('handles on other sites than X are names, not handles', () => {
    const a = named('linkedin:x', 'Grace Hopper', '2024-03-01T00:00:00.000Z');
    const b = named('facebook:gracehopper', 'Someone Else', '2024-03-01T00:00:00.000Z');
    expect(suggestionsOf(new Map([[a.person.id, a], [b.person.id, b]]), new Set(), 10)).toEqual([]);
  });

  test('four characters are enough to compare, three are not', () => {
    const a = named('linkedin:a', 'Abcd', '2024-03-01T00:00:00.000Z');
    const b = named('facebook:b', 'abcd', '2024-03-02T00:00:00.000Z');
    const c = named('linkedin:c', 'Abc', '2024-03-01T00:00:00.000Z');
    const d = named('facebook:d', 'abc', '2024-03-02T00:00:00.000Z');
    const got = suggestionsOf(new Map([a, b, c, d].map((x) => [x.person.id, x])), new Set(), 10);
    expect(got.map((s) => [s.a.person.id, s.b.person.id])).toEqual([['facebook:b', 'linkedin:a']]);
  });
});
