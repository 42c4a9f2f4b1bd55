// Edges of the journal's shared field rules (validate.ts), found by mutation
// testing (issue 21): each case fails when a bound, a comparison or a branch
// of the rule is changed.
import { describe, expect, test } from 'vitest';
import {
  addDays, describeType, displayNameProblem, isDirection, isHttpUrl, isKind, isSite, LIMITS, linkProblem, localDayOf,
  localDayStart, localMondayOf, normalizeHandle, normalizeIsoDate, noteProblem, parseIsoDate, personProblem, rangeEnd,
  rangeStart, shown, siteOfPersonId,
} from '../../../src/journal/validate';

// Days here are UTC days (timezones.test.ts covers other zones).
process.env.TZ = 'UTC';

describe('ISO date edges', () => {
  test.each([
    // first and last valid month, day, hour, minute, second
    ['2024-01-01', '2024-01-01T00:00:00.000Z'],
    ['2024-12-31', '2024-12-31T00:00:00.000Z'],
    ['2023-02-28', '2023-02-28T00:00:00.000Z'],
    ['2024-03-01T00:00:00Z', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01T23:59:59Z', '2024-03-01T23:59:59.000Z'],
    // fractions: one digit means tenths, more than three are cut
    ['2024-03-01T10:00:00.1Z', '2024-03-01T10:00:00.100Z'],
    ['2024-03-01T10:00:00.12Z', '2024-03-01T10:00:00.120Z'],
    ['2024-03-01T10:00:00.0009Z', '2024-03-01T10:00:00.000Z'],
    // offsets: the last valid hour and minute, both signs, with and without a colon
    ['2024-03-01T12:00:00+23:59', '2024-02-29T12:01:00.000Z'],
    ['2024-03-01T12:00:00-23:59', '2024-03-02T11:59:00.000Z'],
    ['2024-03-01T12:00:00+0530', '2024-03-01T06:30:00.000Z'],
    ['2024-03-01T12:00:00-00:30', '2024-03-01T12:30:00.000Z'],
    ['2024-03-01T12:00+00:00', '2024-03-01T12:00:00.000Z'],
    // the first and last moments of the accepted years
    ['1900-01-01', '1900-01-01T00:00:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['9999-12-31T22:59:59.999-01:00', '9999-12-31T23:59:59.999Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIsoDate(input)).toBe(expected);
  });

  test.each([
    '2024-00-01', '2024-13-01', '2024-01-00', '2024-01-32', '2023-02-29', '2024-02-30',
    '2024-03-01T24:00:00Z', '2024-03-01T23:60:00Z', '2024-03-01T23:59:60Z',
    '2024-03-01T12:00:00+24:00', '2024-03-01T12:00:00+23:60', '2024-03-01T12:00:00-24:00',
    // just before 1900 and from the year 10000 on
    '1899-12-31T23:59:59.999Z', '1900-01-01T00:00:00+00:01', '9999-12-31T23:00:00-01:00',
    'x2024-03-01', '2024-03-01x', '2024-03-01T12', '2024-03-01T12:00:00.Z', '2024-03-01T12:00:00.1234567890Z',
  ])('%j is refused', (input) => {
    expect(parseIsoDate(input)).toBeNull();
    expect(normalizeIsoDate(input)).toBeNull();
  });

  test('the instant 1900-01-01T00:00Z is accepted and one millisecond before is not', () => {
    expect(parseIsoDate('1900-01-01T00:00:00.000Z')).toBe(Date.UTC(1900, 0, 1));
    expect(parseIsoDate('1899-12-31T23:59:59.999Z')).toBeNull();
  });

  test('an offset without a colon reads hours then minutes', () => {
    expect(parseIsoDate('2024-03-01T12:00+0130')).toBe(Date.UTC(2024, 2, 1, 10, 30));
    expect(parseIsoDate('2024-03-01T12:00-0130')).toBe(Date.UTC(2024, 2, 1, 13, 30));
  });
});

describe('calendar days (UTC)', () => {
  test.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z', '2024-03-01T23:59:59.999Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['2024-12-31', '2024-12-31T00:00:00.000Z', '2024-12-31T23:59:59.999Z'],
  ])('the range of %s', (day, start, end) => {
    expect(localDayStart(day)).toBe(Date.parse(start));
    expect(rangeStart(day)).toBe(start);
    expect(rangeEnd(day)).toBe(end);
  });

  test.each(['2023-02-29', '2024-13-01', '2024-1-1', 'tomorrow', ''])('%j is no day', (day) => {
    expect(localDayStart(day)).toBeNull();
    expect(rangeStart(day)).toBeNull();
    expect(rangeEnd(day)).toBeNull();
  });

  test('a date-time bound is taken as it is, and a bad one is refused', () => {
    expect(rangeStart('2024-03-01T10:00Z')).toBe('2024-03-01T10:00:00.000Z');
    expect(rangeEnd('2024-03-01T10:00Z')).toBe('2024-03-01T10:00:00.000Z');
    expect(rangeStart('2024-03-01T25:00Z')).toBeNull();
    expect(rangeEnd('2024-03-01T25:00Z')).toBeNull();
  });

  test.each([
    ['2024-03-01T00:00:00.000Z', '2024-03-01'],
    ['2024-03-01T23:59:59.999Z', '2024-03-01'],
    ['2024-12-31T23:59:59.999Z', '2024-12-31'],
    ['2025-01-09T12:00:00.000Z', '2025-01-09'],
  ])('the day of %s is %s', (iso, day) => {
    expect(localDayOf(iso)).toBe(day);
    expect(localDayOf(Date.parse(iso))).toBe(day);
  });

  test.each([
    ['2024-03-04T00:00:00Z', '2024-03-04'], // a Monday is its own week's Monday
    ['2024-03-10T23:59:59Z', '2024-03-04'], // Sunday belongs to the week before
    ['2024-03-11T00:00:00Z', '2024-03-11'],
    ['2024-03-06T12:00:00Z', '2024-03-04'],
    ['2025-01-01T12:00:00Z', '2024-12-30'], // across the year
  ])('the Monday of %s is %s', (iso, monday) => {
    expect(localMondayOf(iso)).toBe(monday);
  });

  test.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-03-04', -14, '2024-02-19'],
    ['2024-03-04', 0, '2024-03-04'],
  ] as const)('%s plus %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });
});

describe('handles, ids and names', () => {
  test.each([
    ['x', '', ''], // nothing typed stays nothing (no lone "@")
    ['x', '  ', ''],
    ['x', '@', '@'],
    ['x', ' a  b ', '@a b'],
    ['facebook', '@ada', '@ada'], // only X handles gain an "@"
    ['linkedin', 'Ada\tLovelace', 'Ada Lovelace'],
  ] as const)('%s %j → %j', (site, raw, handle) => {
    expect(normalizeHandle(site, raw)).toBe(handle);
  });

  test.each([
    ['x:@ada', 'x'],
    ['linkedin:ada lovelace', 'linkedin'],
    ['threads:@ada', 'threads'],
    ['myspace:ada', null],
    ['x', null], // no colon: no site
    [':x', null],
    ['', null],
  ])('the site of %j is %j', (id, site) => {
    expect(siteOfPersonId(id)).toBe(site);
  });

  test.each([
    [isSite, 'mastodon', true], [isSite, 'X', false], [isSite, 1, false], [isSite, ['x'], false],
    [isDirection, 'gave', true], [isDirection, 'received', true], [isDirection, 'took', false], [isDirection, null, false],
    [isKind, 'reply', true], [isKind, 'other', true], [isKind, 'gift', false], [isKind, ['reply'], false],
  ] as const)('%o(%j) is %s', (is, value, ok) => {
    expect(is(value)).toBe(ok);
  });

  test.each([
    ['ftp://example.com', false],
    ['https://example.com:8080/a?b#c', true],
    ['http://[::1]/', true],
    ['https://exa mple.com', false],
    ['xhttps://example.com', false],
  ])('link %j → %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});

describe('messages', () => {
  const long = (n: number) => 'a'.repeat(n);
  test.each([
    [long(60), JSON.stringify(long(60))], // up to 60 characters shown whole
    [long(61), JSON.stringify(`${long(57)}...`)],
    ['say "hi"', '"say \\"hi\\""'],
    [null, 'null'],
    [[1, 2], 'a list'],
    [{ a: 1 }, 'an object'],
    [12, '12'],
    [true, 'true'],
    [undefined, 'undefined'],
  ])('shown(%j)', (value, text) => {
    expect(shown(value)).toBe(text);
  });

  test.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[], 'a list'],
    ['ada', 'a string ("ada")'],
    [12, 'a number (12)'],
    [false, 'false'],
    [{}, 'an object'],
    [() => 1, 'function'],
    [10n, 'bigint'],
  ])('describeType(%s)', (value, text) => {
    expect(describeType(value)).toBe(text);
  });

  // Each limit: the longest allowed value passes, one more character is refused with both figures.
  test.each([
    ['person', personProblem, LIMITS.person],
    ['display name', displayNameProblem, LIMITS.displayName],
    ['note', noteProblem, LIMITS.note],
  ] as const)('%s: %i characters pass, one more does not', (_name, problem, limit) => {
    expect(problem('a'.repeat(limit))).toBeUndefined();
    expect(problem('a'.repeat(limit + 1))).toBe(
      `is too long (${(limit + 1).toLocaleString('en-US')} characters; the limit is ${limit.toLocaleString('en-US')})`,
    );
  });

  test('a handle must say something', () => {
    expect(personProblem('')).toBe('is empty: enter a handle or profile name');
    expect(personProblem('@')).toBe('is empty: enter a handle or profile name');
    expect(personProblem('@a')).toBeUndefined();
  });

  test('links: empty is fine, the longest allowed passes, longer or not http(s) is refused', () => {
    const base = 'https://example.com/';
    expect(linkProblem('')).toBeUndefined();
    expect(linkProblem(base + 'a'.repeat(LIMITS.link - base.length))).toBeUndefined();
    expect(linkProblem(base + 'a'.repeat(LIMITS.link - base.length + 1))).toBe(
      `is too long (2,049 characters; the limit is 2,048)`,
    );
    expect(linkProblem('javascript:alert(1)')).toBe('must be an http:// or https:// address (got "javascript:alert(1)")');
  });
});
