// A rhythm's due day across a change of summer time, in a zone of its own.
// Kept apart from mutation-rhythm.test.ts because Stryker runs tests in
// worker threads, where setting process.env.TZ in a test does not move the
// clock's zone (vitest.mutate.config.ts leaves timezones*.test.ts out).
import { afterAll, describe, expect, test } from 'vitest';
import { candidatesOf, scoreOf } from '../../../src/journal/rhythm';
import type { PersonBalance } from '../../../src/journal/types';

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function weekly(id: string, last: string): PersonBalance {
  const person = { id, site: 'x' as const, handle: id.slice(2), displayName: id.slice(2), firstSeen: '2020-01-01T00:00:00.000Z', lastInteraction: last, rhythm: 'weekly' as const, rhythmSetAt: '2020-01-01T00:00:00.000Z' };
  return { person, handles: [person], gave: 0, received: 0, lastInteraction: last };
}

describe('the score is 0 until due, even when an hour gained makes the rhythm longer than a week of milliseconds', () => {
  test('Los Angeles, the week over the end of summer time', () => {
    process.env.TZ = 'America/Los_Angeles';
    // Wednesday 30 October 2024, 00:30 PDT; summer time ends Sunday 3 November: due at midnight PST on 6 November.
    const last = new Date(2024, 9, 30, 0, 30).toISOString();
    const [c] = candidatesOf([weekly('x:@a', last)]);
    expect(c?.due?.dueAt).toBe(new Date(2024, 10, 6).toISOString());
    const weekAndQuarterHour = new Date(Date.parse(last) + 7 * 86_400_000 + 15 * 60_000).toISOString(); // 23:45 on 5 November
    expect(scoreOf(c as NonNullable<typeof c>, weekAndQuarterHour)).toBe(0);
  });
});
