// Who leads whom (groups.ts), checked directly, found by mutation testing
// (issue 21): loops and the tails leading into them, merges into nobody, the
// later snooze and the rhythm set last (ties included) landing on the lead,
// and only the records that change coming back.
import { describe, expect, test } from 'vitest';
import { laterRhythm, leadsOf, normalizeGroups } from '../../../src/journal/groups';
import type { Person, Rhythm } from '../../../src/journal/types';

const person = (id: string, over: Partial<Person> = {}): Person => ({
  id, site: 'x', handle: id, displayName: id, firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-01-01T00:00:00.000Z', ...over,
});
const byId = (...people: Person[]) => new Map(people.map((p) => [p.id, p]));
const links = (pairs: [string, string | undefined][]) => new Map(pairs.map(([id, mergedInto]) => [id, mergedInto === undefined ? { id } : { id, mergedInto }]));

describe('leadsOf', () => {
  test.each<[string, [string, string | undefined][], Record<string, string>]>([
    ['a lone person leads', [['a', undefined]], { a: 'a' }],
    ['a merge into nobody is dropped', [['a', 'zz']], { a: 'a' }],
    ['a chain ends at its last person', [['a', 'b'], ['b', 'c'], ['c', undefined]], { a: 'c', b: 'c', c: 'c' }],
    // The tail's smaller id does not lead: only the loop's own ids count.
    ['a tail into a loop joins the loop, led by the loop\'s smallest id', [['a', 'c'], ['c', 'b'], ['b', 'c']], { a: 'b', b: 'b', c: 'b' }],
    ['a loop of one leads itself', [['a', 'a'], ['b', 'a']], { a: 'a', b: 'a' }],
  ])('%s', (_n, pairs, expected) => {
    expect(Object.fromEntries(leadsOf(links(pairs)))).toEqual(expected);
  });
});

describe('laterRhythm: the rhythm set last; a tie goes to the rhythm first in string order', () => {
  const r = (rhythm: Rhythm | undefined, rhythmSetAt?: string) => ({ rhythm, ...(rhythmSetAt === undefined ? {} : { rhythmSetAt }) });
  const weekly1 = r('weekly', '2024-01-01'), monthly2 = r('monthly', '2024-02-01'), monthly1 = r('monthly', '2024-01-01');
  const weeklyNoTime = r('weekly'), none = r(undefined, '2024-09-09'), weekly2 = r('weekly', '2024-02-01');
  test.each<[string, ReturnType<typeof r> | undefined, ReturnType<typeof r> | undefined, ReturnType<typeof r> | undefined]>([
    ['neither', undefined, undefined, undefined],
    ['a side without a rhythm is no choice', undefined, none, undefined],
    ['only the second', none, weekly1, weekly1],
    ['only the first (nothing second)', weekly1, undefined, weekly1],
    ['only the first (a time but no rhythm second)', weekly1, none, weekly1],
    ['the later, first', monthly2, weekly1, monthly2],
    ['the later, second', weekly1, monthly2, monthly2],
    ['the later wins over string order, first', weekly2, monthly1, weekly2],
    ['the later wins over string order, second', monthly1, weekly2, weekly2],
    ['no time is earlier than any time (first)', weeklyNoTime, monthly1, monthly1],
    ['no time is earlier than any time (second)', monthly1, weeklyNoTime, monthly1],
    ['a tie: monthly before weekly (first)', monthly1, weekly1, monthly1],
    ['a tie: monthly before weekly (second)', weekly1, monthly1, monthly1],
  ])('%s', (_n, a, b, expected) => {
    expect(laterRhythm(a, b)).toBe(expected);
  });

  test('an exact tie keeps the first', () => {
    const a = r('weekly', '2024-01-01'), b = r('weekly', '2024-01-01');
    expect(laterRhythm(a, b)).toBe(a);
  });
});

describe('normalizeGroups returns only the records that change, exactly', () => {
  test.each<[string, Person[], Person[]]>([
    ['a tidy journal: nothing', [person('a', { snoozedUntil: '2024-05-01', rhythm: 'weekly', rhythmSetAt: '2024-01-01' }), person('b', { mergedInto: 'a' })], []],
    ['a lone snoozed lead: nothing', [person('a', { snoozedUntil: '2024-05-01' })], []],
    ['a chain: the first points at the last', [person('a', { mergedInto: 'b' }), person('b', { mergedInto: 'c' }), person('c')], [person('a', { mergedInto: 'c' })]],
    ['a member\'s snooze moves to the lead', [person('a'), person('b', { mergedInto: 'a', snoozedUntil: '2024-05-01' })],
      [person('a', { snoozedUntil: '2024-05-01' }), person('b', { mergedInto: 'a' })]],
    ['the later snooze wins when it comes first', [person('b', { mergedInto: 'a', snoozedUntil: '2024-06-01' }), person('a', { snoozedUntil: '2024-05-01' })],
      [person('b', { mergedInto: 'a' }), person('a', { snoozedUntil: '2024-06-01' })]],
    ['the later snooze wins when it comes second', [person('a', { snoozedUntil: '2024-05-01' }), person('b', { mergedInto: 'a', snoozedUntil: '2024-06-01' })],
      [person('a', { snoozedUntil: '2024-06-01' }), person('b', { mergedInto: 'a' })]],
    ['a member without a snooze takes nothing away', [person('b', { mergedInto: 'a', rhythm: 'weekly', rhythmSetAt: '2024-01-01' }), person('a', { snoozedUntil: '2024-05-01' }), person('c', { mergedInto: 'a' })],
      [person('b', { mergedInto: 'a' }), person('a', { snoozedUntil: '2024-05-01', rhythm: 'weekly', rhythmSetAt: '2024-01-01' })]],
    // Neither has a snooze: the rewritten lead has no snoozedUntil key at all, not one set to undefined.
    ['a member\'s rhythm moves to the lead', [person('a'), person('b', { mergedInto: 'a', rhythm: 'monthly', rhythmSetAt: '2024-01-01' })],
      [person('a', { rhythm: 'monthly', rhythmSetAt: '2024-01-01' }), person('b', { mergedInto: 'a' })]],
    ['a member\'s rhythm without a time moves too', [person('a'), person('b', { mergedInto: 'a', rhythm: 'weekly' })],
      [person('a', { rhythm: 'weekly' }), person('b', { mergedInto: 'a' })]],
    ['a member\'s stray rhythm time (no rhythm) is dropped', [person('a'), person('b', { mergedInto: 'a', rhythmSetAt: '2024-01-01' })],
      [person('b', { mergedInto: 'a' })]],
  ])('%s', (_n, people, expected) => {
    expect(normalizeGroups(byId(...people))).toStrictEqual(expected);
  });
});
