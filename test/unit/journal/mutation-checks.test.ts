// What the store accepts by message (checks.ts), checked directly, found by
// mutation testing (issue 21): each refusal says what was wrong, blanks fall
// back to their defaults, and limits are inclusive.
import { describe, expect, test } from 'vitest';
import {
  blank, checkCount, checkDate, checkFilter, checkId, checkLink, checkNewEntry, checkNote, checkNow, DEFAULT_PAGE_SIZE,
} from '../../../src/journal/checks';
import { LIMITS } from '../../../src/journal/validate';

process.env.TZ = 'UTC';

describe('blanks', () => {
  test.each([[undefined, true], [null, true], ['', true], [' ', false], [0, false], [false, false]])('%j → %s', (v, b) => {
    expect(blank(v)).toBe(b);
  });
});

describe('single fields', () => {
  test('notes: blank is empty, text is trimmed, 5,000 characters pass and one more does not', () => {
    expect(checkNote(null)).toBe('');
    expect(checkNote('  hi  ')).toBe('hi');
    expect(checkNote(` ${'a'.repeat(LIMITS.note)} `)).toHaveLength(LIMITS.note);
    expect(() => checkNote('a'.repeat(LIMITS.note + 1))).toThrow('note is too long (5,001 characters; the limit is 5,000)');
    expect(() => checkNote(12)).toThrow('note must be text (got a number (12))');
  });

  test('links: blank or spaces are no link, text is trimmed, the rest must be http(s)', () => {
    expect(checkLink(undefined)).toBeUndefined();
    expect(checkLink('   ')).toBeUndefined();
    expect(checkLink(' https://a.io ')).toBe('https://a.io');
    expect(() => checkLink(['x'])).toThrow('link must be text (got a list)');
    expect(() => checkLink('ftp://a.io')).toThrow('link must be an http:// or https:// address (got "ftp://a.io")');
  });

  test('dates: named in the message, with what came', () => {
    expect(checkDate('2024-03-01')).toBe('2024-03-01T00:00:00.000Z');
    expect(() => checkDate('2024-02-30')).toThrow('date is not a valid date (got "2024-02-30")');
    expect(() => checkDate(5, 'from')).toThrow('from is not a valid date (got a number (5))');
    expect(() => checkNow('soon')).toThrow('now is not a valid date (got "soon")');
    expect(checkNow('2024-03-01T10:00Z')).toBe('2024-03-01T10:00:00.000Z');
    expect(Date.parse(checkNow(undefined))).not.toBeNaN();
  });

  test.each([
    [0, 10, 0], [10, 10, 10], [undefined, 10, 7],
  ])('count %j (max %i) → %i', (v, max, out) => {
    expect(checkCount(v, 'n', 7, max)).toBe(out);
  });

  test.each([
    [11, 10, 'n must be a whole number from 0 to 10 (got a number (11))'],
    [-1, 10, 'n must be a whole number from 0 to 10 (got a number (-1))'],
    [1.5, 10, 'n must be a whole number from 0 to 10 (got a number (1.5))'],
    ['3', 10, 'n must be a whole number from 0 to 10 (got a string ("3"))'],
    [undefined, 10, 'n must be a whole number from 0 to 10 (got nothing)'],
  ])('count %j (max %i) is refused', (v, max, message) => {
    expect(() => checkCount(v, 'n', v === undefined ? undefined : 7, max)).toThrow(message);
  });

  test('person ids: text up to the limit', () => {
    expect(checkId('x:@ada')).toBe('x:@ada');
    expect(checkId('x'.repeat(LIMITS.personId))).toHaveLength(LIMITS.personId);
    expect(() => checkId('x'.repeat(LIMITS.personId + 1))).toThrow('personId must be a person id');
    expect(() => checkId('', 'into')).toThrow('into must be a person id (got a string (""))');
    expect(() => checkId(3)).toThrow('personId must be a person id (got a number (3))');
  });
});

describe('a new entry', () => {
  const ok = { site: 'x', person: 'ada', direction: 'gave', kind: 'reply' };

  test('is normalised: handle, id, note, link and name', () => {
    expect(checkNewEntry({ ...ok, note: ' hi ', link: ' https://a.io ', displayName: '  Ada \n Lovelace ', date: '2024-03-01' })).toEqual({
      personId: 'x:@ada', site: 'x', handle: '@ada', direction: 'gave', kind: 'reply', note: 'hi', link: 'https://a.io',
      displayName: 'Ada Lovelace', date: '2024-03-01T00:00:00.000Z',
    });
  });

  test('blank extras are left out, and a name of spaces is no name', () => {
    const e = checkNewEntry({ ...ok, displayName: '   ', link: '' });
    expect(e).not.toHaveProperty('link');
    expect(e).not.toHaveProperty('displayName');
    expect(e.note).toBe('');
    expect(Date.parse(e.date)).not.toBeNaN();
  });

  test.each([
    [null, 'an entry must be an object (got null)'],
    [{ ...ok, site: 'myspace' }, 'site must be one of x, facebook, linkedin, bluesky, mastodon, threads (got a string ("myspace"))'],
    [{ ...ok, person: 5 }, 'person must be a handle or profile name (got a number (5))'],
    [{ ...ok, person: '@' }, 'person is empty: enter a handle or profile name'],
    [{ ...ok, displayName: 5 }, 'displayName must be text (got a number (5))'],
    [{ ...ok, displayName: 'a'.repeat(LIMITS.displayName + 1) }, 'displayName is too long (201 characters; the limit is 200)'],
    [{ ...ok, direction: 'took' }, 'direction must be one of gave, received (got a string ("took"))'],
    [{ ...ok, kind: 'gift' }, 'kind must be one of reply, comment, intro, advice, share, thanks, other (got a string ("gift"))'],
    [{ ...ok, date: 'later' }, 'date is not a valid date (got "later")'],
  ])('%j is refused: %s', (input, message) => {
    expect(() => checkNewEntry(input)).toThrow(message);
  });

  test('a name of exactly the limit passes', () => {
    expect(checkNewEntry({ ...ok, displayName: 'a'.repeat(LIMITS.displayName) }).displayName).toHaveLength(LIMITS.displayName);
  });
});

describe('a filter', () => {
  test('nothing is the first default page', () => {
    expect(checkFilter(undefined)).toEqual({ text: '', offset: 0, limit: DEFAULT_PAGE_SIZE });
    expect(checkFilter(null)).toEqual({ text: '', offset: 0, limit: DEFAULT_PAGE_SIZE });
    expect(checkFilter({ offset: '', limit: null, site: '', direction: null, kind: undefined, personId: '', from: '', to: null }))
      .toEqual({ text: '', offset: 0, limit: DEFAULT_PAGE_SIZE });
  });

  test('every field, with days as whole local days', () => {
    expect(checkFilter({
      text: '  Ada ', site: 'x', direction: 'received', kind: 'thanks', personId: 'x:@ada', from: '2024-03-01', to: '2024-03-02', offset: 3, limit: 7,
    })).toEqual({
      text: 'ada', site: 'x', direction: 'received', kind: 'thanks', personId: 'x:@ada',
      from: '2024-03-01T00:00:00.000Z', to: '2024-03-02T23:59:59.999Z', offset: 3, limit: 7,
    });
  });

  test('search text up to the limit', () => {
    expect(checkFilter({ text: 'a'.repeat(LIMITS.searchText) }).text).toHaveLength(LIMITS.searchText);
    expect(() => checkFilter({ text: 'a'.repeat(LIMITS.searchText + 1) })).toThrow('text is too long (the limit is 200 characters)');
  });

  test.each([
    [[], 'a filter must be an object (got a list)'],
    [{ text: 3 }, 'text must be text (got a number (3))'],
    [{ personId: 3 }, 'personId must be text (got a number (3))'],
    [{ from: 3 }, 'from is not a valid date (got a number (3))'],
    [{ to: 'soon' }, 'to is not a valid date (got a string ("soon"))'],
    [{ from: '2024-02-30' }, 'from is not a valid date'],
    [{ limit: -1 }, 'limit must be a whole number'],
    [{ offset: 0.5 }, 'offset must be a whole number'],
    [{ site: 'myspace' }, 'site must be one of'],
    [{ direction: 'took' }, 'direction must be one of'],
    [{ kind: 'gift' }, 'kind must be one of'],
  ])('%j is refused: %s', (input, message) => {
    expect(() => checkFilter(input)).toThrow(message);
  });
});
