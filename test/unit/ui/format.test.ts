// Pure helpers of the journal UI: balance in words, safe links, days and weeks.
import { localMondayOf } from '../../../src/journal/validate';
import { describe, expect, test } from 'vitest';
import {
  balanceSentence,
  dayToIso,
  daysAgo,
  exportFileName,
  isValidDay,
  linkProblem,
  localDay,
  personFullName,
  safeHref,
} from '../../../src/ui/journal/format';
import { chartSummary, niceMax } from '../../../src/ui/journal/WeeklyChart';
import { importReportText } from '../../../src/ui/journal/DataTools';

describe('balance in words', () => {
  test('giver, taker, balanced, nothing', () => {
    expect(balanceSentence({ gave: 12, received: 9 }, true)).toBe('You gave 12 and received 9 — a giver lately.');
    expect(balanceSentence({ gave: 10, received: 9 }, true)).toBe('You gave 10 and received 9 — a good balance.');
    expect(balanceSentence({ gave: 12, received: 4 }, true)).toBe('You gave 12 and received 4 — a giver lately.');
    expect(balanceSentence({ gave: 12, received: 4 }, false)).toBe('You gave 12 and received 4 — a giver.');
    expect(balanceSentence({ gave: 1, received: 6 }, false)).toContain('a good moment to help someone back');
    expect(balanceSentence({ gave: 0, received: 0 }, true)).toBe('You gave 0 and received 0 — a quiet week so far.');
    expect(balanceSentence({ gave: 1, received: 0 }, false)).toBe('You gave 1 and received 0 — a good balance.');
    expect(balanceSentence({ gave: 12000, received: 9 }, false)).toBe('You gave 12,000 and received 9 — a giver.');
  });
});

describe('links', () => {
  test('only http(s) is clickable or accepted', () => {
    expect(safeHref('https://x.com/ada')).toBe('https://x.com/ada');
    expect(safeHref('http://example.com')).toBe('http://example.com/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://x', 'x.com/ada', '', undefined]) {
      expect(safeHref(bad)).toBeUndefined();
    }
    expect(linkProblem('')).toBeUndefined();
    expect(linkProblem('  ')).toBeUndefined();
    expect(linkProblem('https://linkedin.com/in/ada')).toBeUndefined();
    expect(linkProblem('javascript:alert(1)')).toMatch(/http:\/\/ or https:\/\//);
  });
});

describe('days and weeks', () => {
  test('weeks start on Monday (UTC), like the store', () => {
    expect(localMondayOf(new Date(2024, 2, 13, 15).getTime())).toBe('2024-03-11');
    expect(localMondayOf(new Date(2024, 2, 11, 0).getTime())).toBe('2024-03-11');
    expect(localMondayOf(new Date(2024, 2, 17, 23, 59, 59).getTime())).toBe('2024-03-11');
    expect(localMondayOf(new Date(2024, 0, 1, 10).getTime())).toBe('2024-01-01');
  });

  test('a picked day: now when it is today, local noon otherwise', () => {
    const now = new Date(2024, 2, 13, 16, 30);
    expect(dayToIso(localDay(now), now)).toBe(now.toISOString());
    const past = new Date(dayToIso('2024-03-01', now));
    expect(localDay(past)).toBe('2024-03-01');
    expect(past.getHours()).toBe(12);
  });

  test('valid days, days ago, file names', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2023-02-29')).toBe(false);
    expect(isValidDay('2024-3-1')).toBe(false);
    const now = new Date('2024-03-13T15:00:00Z');
    expect(daysAgo('2024-03-13T01:00:00Z', now)).toBe('today');
    expect(daysAgo('2024-03-12T10:00:00Z', now)).toBe('yesterday');
    expect(daysAgo('2024-01-02T10:00:00Z', now)).toBe('71 days ago');
    expect(exportFileName('json', new Date(2024, 2, 5, 9))).toBe('communis-journal-2024-03-05.json');
    expect(exportFileName('csv', new Date(2024, 11, 31, 23))).toBe('communis-journal-2024-12-31.csv');
  });
});

test('person names', () => {
  const base = { id: 'x:@ada', site: 'x' as const, firstSeen: '', lastInteraction: '' };
  expect(personFullName({ ...base, handle: '@ada', displayName: 'Ada Lovelace' })).toBe('Ada Lovelace (@ada)');
  expect(personFullName({ ...base, handle: '@ada', displayName: '@ada' })).toBe('@ada');
  expect(personFullName({ ...base, handle: 'Grace Hopper', displayName: 'grace hopper' })).toBe('grace hopper');
  expect(personFullName({ ...base, handle: '@ada', displayName: ' ' })).toBe('@ada');
});

test('chart scale and summary', () => {
  expect(niceMax(0)).toBe(4);
  expect(niceMax(5)).toBe(5);
  expect(niceMax(7)).toBe(10);
  expect(niceMax(11)).toBe(20);
  expect(niceMax(230)).toBe(250);
  expect(chartSummary([{ week: '2024-03-04', gave: 0, received: 0, running: 0 }])).toContain('nothing logged');
  expect(
    chartSummary([
      { week: '2024-03-04', gave: 1, received: 2, running: -1 },
      { week: '2024-03-11', gave: 4, received: 0, running: 3 },
    ]),
  ).toContain('you gave 5 and received 2 in total. Busiest week:');
});

test('import report in words', () => {
  expect(importReportText({ added: 3, updated: 1, unchanged: 2, people: 4 })).toBe(
    'Import finished: 3 new entries, 1 updated, 2 already in your journal; 4 people in the file.',
  );
  expect(importReportText({ added: 0, updated: 0, unchanged: 0, people: 0 })).toBe('Import finished: the file had no entries.');
});
