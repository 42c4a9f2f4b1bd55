// The import's checks (import.ts), found by mutation testing (issue 21): the
// JSON syntax error locator's exact words (line breaks, tabs, control
// characters as U+000X, truncated input, bad escapes, whitespace between
// tokens), inclusive limits, the first problem named and the rest counted,
// and people and entries read back exactly (no field left as undefined).
import { describe, expect, test } from 'vitest';
import { checkEntryShape, checkJournalFile, checkPersonShape, findJsonSyntaxError, parseJournalFile } from '../../../src/journal/import';
import { fixture } from './helpers';

describe('JSON syntax errors: the exact words', () => {
  const inString = (what: string) => `${what} inside a string (is a closing quote missing?)`;
  test.each([
    ['"a\nb"', 2, inString('a line break')],
    ['"a\rb"', 2, inString('a line break')],
    ['"a\tb"', 2, inString('a tab')],
    ['"\u001f"', 1, inString('control character U+001F')],
    ['{"a\nb": 1}', 3, inString('a line break')],
    ['{}\u000b', 2, 'unexpected text after the end of the data: control character U+000B'],
    ['"ab', 3, 'truncated?'],
    ['"ab\\', 4, 'truncated?'],
    ['[1,\tx]', 4, 'expected a value but found "x"'],
    ['[1,\rx]', 4, 'expected a value but found "x"'],
    ['[1,\nx]', 4, 'expected a value but found "x"'],
    ['[1,]', 3, 'expected a value but found "]"'],
    ['[x]', 1, 'expected a value but found "x"'],
    ['[-x]', 1, 'a malformed number'],
    ['[+1]', 1, 'expected a value but found "+"'],
    ['[9,x]', 3, 'expected a value but found "x"'],
  ])('%j', (text, index, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ index, problem });
  });

  test.each(['[1,\t2]', '[1,\r\n2]', '[-1,9]', '{"a":\t1}'])('valid JSON %j has no error', (text) => {
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  test.each([
    ['{\n  "a": "x\ty"\n}', 'line 2, column 10: the file is not valid JSON: a tab inside a string (is a closing quote missing?)'],
    ['{"a":\n"xy', 'line 2, column 4: the file is not valid JSON (truncated?)'],
  ])('in a file: %j', (text, message) => {
    expect(() => parseJournalFile(text)).toThrow(message);
  });
});

type File = { version: number; exportedAt: unknown; people: Record<string, unknown>[]; entries: Record<string, unknown>[]; [k: string]: unknown };
const small = (version = 3): File => ({ ...(JSON.parse(fixture('small.json')) as File), version });
const parse = (f: unknown) => parseJournalFile(JSON.stringify(f));
const message = (f: unknown) => { try { parse(f); } catch (e) { return (e as Error).message; } return 'no error'; };

describe('limits are inclusive', () => {
  test('exactly 100 MB is not too large (here: empty)', () => {
    expect(() => parseJournalFile(' '.repeat(100 * 1024 * 1024))).toThrow(/^the file is empty$/);
  });
  test.each([['entries', 200_000], ['people', 50_000]] as const)('exactly the limit of %s is not too many', (key, n) => {
    expect(message({ ...small(), [key]: Array.from({ length: n }, () => 0) })).not.toMatch(/too many/);
  });
});

describe('the first problem is named, the rest counted', () => {
  const badDate = (f: File) => { f.exportedAt = 'soon'; };
  const extraField = (f: File) => { f.extra = 1; };
  const badPerson = (f: File) => { (f.people[0] as Record<string, unknown>).site = 42; };
  const badEntry = (f: File) => { (f.entries[0] as Record<string, unknown>).kind = 'hug'; };
  test.each<[string, ((f: File) => void)[], string]>([
    ['a person before an unexpected field at the top', [extraField, badPerson], 'people[0].site: must be one of'],
    ['the top level\'s date before a person', [badPerson, badDate], 'exportedAt: not a valid date ("soon") (and 1 more problem)'],
    ['two more', [badDate, badPerson, badEntry], 'exportedAt: not a valid date ("soon") (and 2 more problems)'],
    ['a site that is not text is described', [badPerson], 'people[0].site: must be one of x, facebook, linkedin, bluesky, mastodon, threads (found a number (42))'],
  ])('%s', (_n, changes, expected) => {
    const f = small();
    for (const c of changes) c(f);
    expect(message(f)).toContain(expected);
  });

  test.each<[string, (f: File) => void, string]>([
    ['a person that is not an object', (f) => { f.people[0] = 42 as never; }, 'people[0]: expected a person (an object), found a number (42)'],
    ['a person id too long', (f) => { (f.people[0] as Record<string, unknown>).id = 'x'.repeat(221); }, 'people[0].id: too long (221 characters; the limit is 220)'],
  ])('%s', (_n, change, expected) => {
    const f = small();
    change(f);
    expect(message(f)).toBe(expected);
  });
});

describe('read back exactly', () => {
  test('a person: the name\'s spaces squeezed, the dates in order, no absent field as undefined', () => {
    const f = small();
    Object.assign(f.people[2] as object, { displayName: '  Ada \t Lovelace ', firstSeen: '2024-05-13T08:00:00.000Z', lastInteraction: '2024-03-04T12:00:00.000Z' });
    expect(parse(f).people[2]).toStrictEqual({
      id: 'x:@ada', site: 'x', handle: '@ada', displayName: 'Ada Lovelace', firstSeen: '2024-03-04T12:00:00.000Z', lastInteraction: '2024-05-13T08:00:00.000Z',
    });
  });

  test('an entry with an empty link has no link', () => {
    const f = small();
    (f.entries[0] as Record<string, unknown>).link = '';
    expect(Object.keys(parse(f).entries[0] as object)).not.toContain('link');
  });
});

describe('an entry or person handed back (undo)', () => {
  const person = { id: 'x:@ada', site: 'x', handle: '@ada', displayName: 'Ada', firstSeen: '2024-03-04T12:00:00.000Z', lastInteraction: '2024-05-13T08:00:00.000Z' };
  test.each<[string, unknown, string]>([
    ['not an object', 42, 'person: expected a person (an object), found a number (42)'],
    ['nothing', undefined, 'person: expected a person (an object), found nothing'],
    ['a bad site', { ...person, site: 'myspace' }, 'person.site: must be one of x, facebook, linkedin, bluesky, mastodon, threads (found "myspace")'],
    ['an id that is not its site and handle', { ...person, id: 'x:@bob' }, 'person.id: does not match the site and handle'],
  ])('a person: %s', (_n, value, expected) => {
    expect(() => checkPersonShape(value)).toThrow(expected);
  });

  const entry = { id: 'e1', personId: 'x:@ada', site: 'x', direction: 'gave', kind: 'reply', note: '', date: '2024-05-13T08:00:00.000Z' };
  test.each<[string, unknown, string]>([
    ['not an object', 42, 'entry: expected an entry (an object), found a number (42)'],
    ['nothing', undefined, 'entry: expected an entry (an object), found nothing'],
    ['a stray field next to the person', { ...entry, person, extra: 1 }, 'entry: unexpected field "extra" (not part of the format)'],
  ])('an entry: %s', (_n, value, expected) => {
    expect(() => checkEntryShape(value)).toThrow(expected);
  });

  test('a stray field on a person handed back is named on "person" (not "person.top level")', () => {
    expect(() => checkPersonShape({ ...person, extra: 1 })).toThrow(/^person: unexpected field "extra" \(not part of the format\)$/);
  });
});

test('checking reports each chunk once', async () => {
  const f = small();
  const person = f.people[0] as Record<string, unknown>;
  f.people = Array.from({ length: 2000 }, (_, i) => ({ ...person, id: `x:@p${i}`, site: 'x', handle: `@p${i}` }));
  f.entries = [];
  const seen: string[] = [];
  await checkJournalFile(JSON.stringify(f), { onProgress: (p) => seen.push(`${p.phase} ${p.done}`) });
  expect(seen).toEqual(['checking 0', 'checking 2000']);
});
