// Boundaries of rhythm.ts that the behaviour tests (rhythm.test.ts) left to
// mutation testing: exactly one day apart, invalid dates, the median of
// unsorted gaps, the owed rule at equal times, what a candidate carries, Reach out at exactly due / exactly
// the end of a snooze, and ties (score, then the longer silence, then the id)
// in either input order. Equivalent mutants: /work/notes/rhythm-mutants-note.md.
import { afterAll, describe, expect, test } from 'vitest';
import { candidatesOf, dueOf, owesThem, reachOutAt, scoreOf, suggestRhythm } from '../../../src/journal/rhythm';
import type { PersonBalance, Rhythm } from '../../../src/journal/types';

const ids = (list: { person: { id: string } }[]) => list.map((r) => r.person.id);
const original = process.env.TZ;
process.env.TZ = 'UTC'; // the cases spell their days in UTC
afterAll(() => { process.env.TZ = original; });

/** A group as the store gives it (as in rhythm.test.ts, with lastGave only when given). */
function group(id: string, o: { rhythm?: Rhythm; last: string; gave?: number; received?: number; lastGave?: string; lastReceived?: string; snoozedUntil?: string }): PersonBalance {
  const person = { id, site: 'x' as const, handle: id.slice(2), displayName: id.slice(2), firstSeen: '2020-01-01T00:00:00.000Z', lastInteraction: o.last, ...(o.rhythm ? { rhythm: o.rhythm, rhythmSetAt: '2020-01-01T00:00:00.000Z' } : {}), ...(o.snoozedUntil ? { snoozedUntil: o.snoozedUntil } : {}) };
  const g: PersonBalance = { person, handles: [person], gave: o.gave ?? 0, received: o.received ?? 0, lastInteraction: o.last };
  if (o.lastGave) g.lastGave = o.lastGave;
  if (o.lastReceived) g.lastReceived = o.lastReceived;
  return g;
}

describe('suggestRhythm at its edges', () => {
  test.each<[string, string[], ReturnType<typeof suggestRhythm>]>([
    ['exactly 24 hours apart are two days', ['2024-01-01T10:00:00.000Z', '2024-01-02T10:00:00.000Z'], { rhythm: 'weekly', gapDays: 1 }],
    ['a minute under 24 hours is one day', ['2024-01-01T10:00:00.000Z', '2024-01-02T09:59:00.000Z'], null],
    ['an invalid date (first) is ignored', ['not a date', '2024-01-01T10:00:00Z', '2024-01-08T10:00:00Z'], { rhythm: 'weekly', gapDays: 7 }],
    // Gaps in time order 7, 91, 30: the median is 30 (sorted), not the middle one (91).
    ['the median of the sorted gaps', ['2024-01-01T10:00:00Z', '2024-01-08T10:00:00Z', '2024-04-08T10:00:00Z', '2024-05-08T10:00:00Z'], { rhythm: 'monthly', gapDays: 30 }],
    // Gaps 91, 7, 30 in time order: the middle one is 7.
    ['the median of the sorted gaps, the other way', ['2024-01-01T10:00:00Z', '2024-04-01T10:00:00Z', '2024-04-08T10:00:00Z', '2024-05-08T10:00:00Z'], { rhythm: 'monthly', gapDays: 30 }],
  ])('%s', (_n, dates, expected) => {
    expect(suggestRhythm(dates)).toEqual(expected);
  });
});

describe('owesThem: they helped you last', () => {
  test.each<[string, Partial<PersonBalance>, boolean]>([
    ['never received, never gave', {}, false],
    ['never received, gave', { lastGave: '2024-01-01T00:00:00.000Z' }, false],
    ['received, never gave', { lastReceived: '2024-01-01T00:00:00.000Z' }, true],
    ['received after you gave', { lastGave: '2024-01-01T00:00:00.000Z', lastReceived: '2024-01-02T00:00:00.000Z' }, true],
    ['received before you gave', { lastGave: '2024-01-02T00:00:00.000Z', lastReceived: '2024-01-01T00:00:00.000Z' }, false],
    ['received and gave at the same moment: not owed', { lastGave: '2024-01-01T00:00:00.000Z', lastReceived: '2024-01-01T00:00:00.000Z' }, false],
  ])('%s', (_n, times, expected) => {
    expect(owesThem({ ...group('x:@a', { last: '2024-01-02T00:00:00.000Z' }), ...times })).toBe(expected);
  });
});

describe('candidatesOf: when each may come up, and the rhythm length', () => {
  const LAST = '2024-03-01T10:00:00.000Z'; // weekly: due 2024-03-08T00:00Z
  const DUE = '2024-03-08T00:00:00.000Z';
  const OWED = { last: LAST, received: 1, lastReceived: LAST };
  test.each<[string, PersonBalance, { from: string; periodMs: number }]>([
    ['weekly, not snoozed: from due', group('x:@a', { rhythm: 'weekly', last: LAST }), { from: DUE, periodMs: 7 * 86_400_000 }],
    ['weekly, snoozed past due: from the end of the snooze', group('x:@a', { rhythm: 'weekly', last: LAST, snoozedUntil: '2024-03-20T00:00:00.000Z' }), { from: '2024-03-20T00:00:00.000Z', periodMs: 7 * 86_400_000 }],
    ['weekly, a snooze ending before due: from due', group('x:@a', { rhythm: 'weekly', last: LAST, snoozedUntil: '2024-03-05T00:00:00.000Z' }), { from: DUE, periodMs: 7 * 86_400_000 }],
    ['owed, no rhythm, not snoozed: at once, no rhythm length', group('x:@a', OWED), { from: '', periodMs: 0 }],
    ['owed, rhythm none: at once, no rhythm length', group('x:@a', { ...OWED, rhythm: 'none' }), { from: '', periodMs: 0 }],
    ['owed and snoozed: from the end of the snooze', group('x:@a', { ...OWED, snoozedUntil: '2024-03-20T00:00:00.000Z' }), { from: '2024-03-20T00:00:00.000Z', periodMs: 0 }],
  ])('%s', (_n, g, expected) => {
    const [c] = candidatesOf([g]);
    expect(c && { from: c.from, periodMs: c.periodMs }).toEqual(expected);
  });

  test('soonest first; equal times keep the order they came in', () => {
    const groups = [
      group('x:@later', { rhythm: 'weekly', last: '2024-03-05T10:00:00.000Z' }),
      group('x:@owed2', OWED),
      group('x:@soon', { rhythm: 'weekly', last: LAST }),
      group('x:@owed1', OWED),
      group('x:@soon2', { rhythm: 'weekly', last: '2024-03-01T20:00:00.000Z' }), // the same day: the same due
    ];
    expect(ids(candidatesOf(groups).map((c) => c.g))).toEqual(['x:@owed2', 'x:@owed1', 'x:@soon', 'x:@soon2', 'x:@later']);
  });
});

describe('Reach out at the exact boundaries', () => {
  const LAST = '2024-03-01T10:00:00.000Z';
  const DUE = '2024-03-08T00:00:00.000Z';
  test.each<[string, PersonBalance, string, string[]]>([
    ['exactly at due: in', group('x:@a', { rhythm: 'weekly', last: LAST }), DUE, ['x:@a']],
    ['a millisecond before due: out', group('x:@a', { rhythm: 'weekly', last: LAST }), '2024-03-07T23:59:59.999Z', []],
    ['due, and the snooze ends exactly now: in', group('x:@a', { rhythm: 'weekly', last: LAST, snoozedUntil: '2024-03-10T00:00:00.000Z' }), '2024-03-10T00:00:00.000Z', ['x:@a']],
    ['due, and the snooze ends a millisecond later: out', group('x:@a', { rhythm: 'weekly', last: LAST, snoozedUntil: '2024-03-10T00:00:00.001Z' }), '2024-03-10T00:00:00.000Z', []],
    ['owed, and the snooze ends exactly now: in', group('x:@a', { last: LAST, received: 1, lastReceived: LAST, snoozedUntil: '2024-03-02T00:00:00.000Z' }), '2024-03-02T00:00:00.000Z', ['x:@a']],
  ])('%s', (_n, g, now, expected) => {
    expect(ids(reachOutAt(candidatesOf([g]), now, 5))).toEqual(expected);
  });

  test.each<[string, Rhythm, string, 'due' | 'overdue']>([
    ['weekly: overdue from day 11 (⌈10.5⌉)', 'weekly', '2024-03-12T00:00:00.000Z', 'overdue'],
    ['weekly: due a millisecond before', 'weekly', '2024-03-11T23:59:59.999Z', 'due'],
    ['monthly: overdue from exactly day 45', 'monthly', '2024-04-15T00:00:00.000Z', 'overdue'],
    ['monthly: due a millisecond before', 'monthly', '2024-04-14T23:59:59.999Z', 'due'],
  ])('%s', (_n, rhythm, now, status) => {
    expect(dueOf(LAST, rhythm)?.overdueAt).toBe(rhythm === 'weekly' ? '2024-03-12T00:00:00.000Z' : '2024-04-15T00:00:00.000Z');
    expect(reachOutAt(candidatesOf([group('x:@a', { rhythm, last: LAST })]), now, 5).map((r) => r.status)).toEqual([status]);
  });
});

describe('Reach out ties: the longer silence first, then the id, whatever order they come in and whatever the limit', () => {
  const NOW = '2024-06-01T12:00:00.000Z';
  // All owed, no rhythm: the same score (0.5 + 0.1) each.
  const owed = (id: string, last: string) => group(id, { last, received: 1, lastReceived: last });
  const OLD = '2024-05-01T12:00:00.000Z';
  const NEW = '2024-05-20T12:00:00.000Z';
  test.each<[string, PersonBalance[], string[]]>([
    ['same silence: by id', [owed('x:@b', OLD), owed('x:@a', OLD), owed('x:@c', OLD)], ['x:@a', 'x:@b', 'x:@c']],
    ['the longer silence first, even with the later id', [owed('x:@a', NEW), owed('x:@b', OLD)], ['x:@b', 'x:@a']],
    ['silence, then id', [owed('x:@d', NEW), owed('x:@c', OLD), owed('x:@a', NEW), owed('x:@b', OLD)], ['x:@b', 'x:@c', 'x:@a', 'x:@d']],
    // The same score by rhythm: weekly 14 days ((14 − 7) / 7 = 1) and monthly 60 days ((60 − 30) / 30 = 1).
    ['the same score by different rhythms: the longer silence first', [group('x:@a', { rhythm: 'weekly', last: '2024-05-18T12:00:00.000Z' }), group('x:@b', { rhythm: 'monthly', last: '2024-04-02T12:00:00.000Z' })], ['x:@b', 'x:@a']],
  ])('%s', (_n, groups, expected) => {
    for (const order of [groups, [...groups].reverse()]) {
      for (let limit = 1; limit <= groups.length; limit++) {
        expect(ids(reachOutAt(candidatesOf(order), NOW, limit))).toEqual(expected.slice(0, limit));
      }
    }
  });
});
