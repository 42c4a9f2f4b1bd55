// Local days everywhere: date filters, "this week" and the weekly chart count
// the user's calendar days, checked in three time zones (process.env.TZ is
// read by Node at every Date use, so each case switches it first).
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, test } from 'vitest';
import { openJournal } from '../../../src/journal/store';
import { dayToIso, isoToLocalDay } from '../../../src/ui/journal/format';
import { localMondayOf, rangeEnd, rangeStart } from '../../../src/journal/validate';
import { freshJournal } from './helpers';

const ZONES = ['Australia/Sydney', 'America/Los_Angeles', 'UTC'] as const;
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** A local wall-clock time in the current zone as an ISO timestamp. */
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();

describe.each(ZONES)('in %s', (zone) => {
  const inZone = () => { process.env.TZ = zone; };

  test('an entry logged on 5 March at 08:00 local time is found by a 5 March filter, and not by 4 or 6 March', async () => {
    inZone();
    const j = await freshJournal();
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: local(2026, 3, 5, 8) });
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: local(2026, 3, 5, 23, 59) });
    await j.addEntry({ site: 'x', person: '@ada', direction: 'received', kind: 'reply', date: local(2026, 3, 6, 0, 1) });
    expect((await j.listEntries({ from: '2026-03-05', to: '2026-03-05' })).total).toBe(2);
    expect((await j.listEntries({ from: '2026-03-04', to: '2026-03-04' })).total).toBe(0);
    expect((await j.listEntries({ from: '2026-03-06', to: '2026-03-06' })).total).toBe(1);
    // The same through the search index (a filter with a site goes that way).
    expect((await j.listEntries({ site: 'x', from: '2026-03-05', to: '2026-03-05' })).total).toBe(2);
    // And the date shown in the editor is the same local day.
    const [first] = (await j.listEntries({ from: '2026-03-05', to: '2026-03-05' })).entries;
    expect(isoToLocalDay(first?.date ?? '')).toBe('2026-03-05');
  });

  test('"this week" and the chart use local Monday-to-Sunday weeks', async () => {
    inZone();
    const j = await freshJournal();
    // Sunday 8 March 23:30 local is the end of the week of Monday 2 March; Monday 9 March 00:10 starts the next.
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: local(2026, 3, 2, 0, 5) });
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: local(2026, 3, 8, 23, 30) });
    await j.addEntry({ site: 'x', person: '@ada', direction: 'received', kind: 'reply', date: local(2026, 3, 9, 0, 10) });
    await j.addEntry({ site: 'x', person: '@ada', direction: 'received', kind: 'reply', date: local(2026, 3, 1, 23, 50) });
    const now = local(2026, 3, 10, 12);
    expect(localMondayOf(now)).toBe('2026-03-09');
    const weeks = await j.weekly(2, now);
    expect(weeks).toEqual([
      { week: '2026-03-02', gave: 2, received: 0, running: 1 },
      { week: '2026-03-09', gave: 0, received: 1, running: 0 },
    ]);
    expect(await j.balance('2026-03-09')).toEqual({ gave: 0, received: 1 });
    const o = await j.overview({ now, weeks: 2 });
    expect(o.week).toEqual({ gave: 0, received: 1 });
    expect(o.weekly).toEqual(weeks);
  });

  test('filter days and picked days are local days', () => {
    inZone();
    expect(rangeStart('2026-03-05')).toBe(local(2026, 3, 5));
    expect(Date.parse(rangeEnd('2026-03-05') ?? '')).toBe(Date.parse(local(2026, 3, 6)) - 1);
    expect(isoToLocalDay(dayToIso('2026-03-05', new Date(local(2026, 4, 1))))).toBe('2026-03-05');
  });
});

test('after moving to another time zone the day counts follow (counted again once)', async () => {
  process.env.TZ = 'Australia/Sydney';
  const factory = new IDBFactory();
  const j = await openJournal('travel', factory);
  await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: '2026-03-04T21:00:00.000Z' }); // 5 March, 08:00 in Sydney
  expect((await j.weekly(1, '2026-03-05T01:00:00Z'))[0]).toMatchObject({ week: '2026-03-02', gave: 1 });
  expect(await j.balance('2026-03-05')).toEqual({ gave: 1, received: 0 });
  process.env.TZ = 'America/Los_Angeles';
  // Same instant, 4 March 13:00 in Los Angeles: the 5 March count must not claim it any more.
  expect(await j.balance('2026-03-05')).toEqual({ gave: 0, received: 0 });
  expect(await j.balance('2026-03-04')).toEqual({ gave: 1, received: 0 });
  j.close();
  const again = await openJournal('travel', factory);
  expect(await again.balance('2026-03-04')).toEqual({ gave: 1, received: 0 });
  again.close();
});
