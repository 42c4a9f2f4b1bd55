import { describe, expect, test } from 'vitest';
import { JournalImportError } from '../../../src/journal/api';
import { findJsonSyntaxError, lineColumn, parseJournalFile } from '../../../src/journal/import';
import type { JournalExport } from '../../../src/journal/types';
import { brokenFixtures, fixture, freshJournal, snapshot } from './helpers';

const small = (): JournalExport => JSON.parse(fixture('small.json')) as JournalExport;

describe('export → clear → import', () => {
  test.each(['small.json', 'unicode.json'])('round trip of %s gives an identical export', async (name) => {
    const j = await freshJournal();
    const first = await j.importJson(fixture(name));
    const file = JSON.parse(fixture(name)) as JournalExport;
    expect(first).toEqual({ added: file.entries.length, updated: 0, unchanged: 0, people: file.people.length });
    const before = await snapshot(j);
    const text = JSON.stringify(await j.exportJson());
    await j.clear();
    expect((await j.listEntries({})).total).toBe(0);
    expect(await j.importJson(text)).toEqual({ added: file.entries.length, updated: 0, unchanged: 0, people: file.people.length });
    expect(await snapshot(j)).toEqual(before);
  });

  test('a journal built by hand survives the round trip, notes and all', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('unicode.json'));
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', note: 'line 1\nline 2, "quoted" 😀', link: 'https://x.com/ada/status/9', date: '2024-06-01T08:00:00+02:00' });
    await j.addEntry({ site: 'facebook', person: 'Zoë  Ünïcode', direction: 'received', kind: 'thanks' });
    const exported = await j.exportJson();
    expect(exported).toMatchObject({ format: 'communis-journal', version: 3 });
    expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
    const before = await snapshot(j);
    await j.clear();
    await j.importJson(JSON.stringify(exported, null, 2));
    expect(await snapshot(j)).toEqual(before);
  });

  test('re-importing is idempotent: nothing added, nothing duplicated', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    const before = await snapshot(j);
    const text = JSON.stringify(await j.exportJson());
    for (let i = 0; i < 3; i++) {
      expect(await j.importJson(text)).toEqual({ added: 0, updated: 0, unchanged: 7, people: 0 });
    }
    expect(await snapshot(j)).toEqual(before);
    expect((await j.listEntries({})).total).toBe(7);
    expect(await j.people()).toHaveLength(3);
  });

  test('merge by id: new entries added, changed ones updated, people merged', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    const file = small();
    (file.entries[0] as { note: string }).note = 'An edited note';
    file.entries.push({ id: 'new-1', personId: 'x:@ada', site: 'x', direction: 'received', kind: 'share', note: 'new', date: '2024-06-10T00:00:00.000Z' });
    const ada = file.people.find((p) => p.id === 'x:@ada') as { firstSeen: string; lastInteraction: string; displayName: string };
    ada.firstSeen = '2024-01-01T00:00:00.000Z'; // earlier: kept
    ada.lastInteraction = '2024-04-01T00:00:00.000Z'; // earlier than the journal's: the journal's is kept
    ada.displayName = 'Old name'; // from the less recent record: the journal's is kept
    file.people.push({ id: 'linkedin:alan turing', site: 'linkedin', handle: 'Alan Turing', displayName: 'Alan', firstSeen: '2024-02-01T00:00:00.000Z', lastInteraction: '2024-02-01T00:00:00.000Z' });
    expect(await j.importJson(JSON.stringify(file))).toEqual({ added: 1, updated: 1, unchanged: 6, people: 1 });
    const detail = await j.personDetail('x:@ada');
    expect(detail?.person).toEqual({
      id: 'x:@ada', site: 'x', handle: '@ada', displayName: 'Ada Lovelace',
      firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-06-10T00:00:00.000Z', // the new entry's date
    });
    expect(detail?.entries.find((e) => e.id === file.entries[0]?.id)?.note).toBe('An edited note');
    expect((await j.listEntries({})).total).toBe(8);
    expect(await j.personDetail('linkedin:alan turing')).toMatchObject({ gave: 0, received: 0, entries: [] });
  });

  test('a newer person record brings its name', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    const file = small();
    const ada = file.people.find((p) => p.id === 'x:@ada') as { lastInteraction: string; displayName: string };
    ada.lastInteraction = '2024-07-01T00:00:00.000Z';
    ada.displayName = 'Ada King, Countess of Lovelace';
    expect((await j.importJson(JSON.stringify(file))).unchanged).toBe(7);
    expect((await j.personDetail('x:@ada'))?.person.displayName).toBe('Ada King, Countess of Lovelace');
  });

  test('entries may refer to a person already in the journal', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    const file = { ...small(), people: [], entries: [{ id: 'e-1', personId: 'x:@ada', site: 'x', direction: 'gave', kind: 'reply', note: '', date: '2024-08-01' }] };
    expect(await j.importJson(JSON.stringify(file))).toEqual({ added: 1, updated: 0, unchanged: 0, people: 0 });
    expect((await j.personDetail('x:@ada'))?.person.lastInteraction).toBe('2024-08-01T00:00:00.000Z');
  });

  test('dates and handles are stored in their canonical form; a byte order mark is fine', async () => {
    const j = await freshJournal();
    const file = small();
    (file.entries[0] as { date: string }).date = '2024-03-04T14:00:00+02:00';
    (file.people[0] as { handle: string }).handle = '  Maya   Okafor ';
    await j.importJson(`\uFEFF${JSON.stringify(file)}`);
    const out = await j.exportJson();
    expect(out.entries.find((e) => e.id === file.entries[0]?.id)?.date).toBe('2024-03-04T12:00:00.000Z');
    expect(out.people[0]?.handle).toBe('Maya Okafor');
  });
});

// Each broken fixture, with a fragment of its message (what and where).
const BROKEN: Record<string, RegExp> = {
  'malformed.json': /^line 1, column 46: the file is not valid JSON: expected a property name in double quotes but found "p"$/,
  'truncated.json': /^line \d+, column \d+: the file is not valid JSON \(truncated\?\)$/,
  'empty.json': /^the file is empty$/,
  'whitespace-only.json': /^the file is empty$/,
  'not-an-object.json': /this is not a Communis journal export \(expected a JSON object, found a list\)/,
  'trailing-garbage.json': /^line \d+, column 1: the file is not valid JSON: unexpected text after the end of the data: "}"$/,
  'line-break-in-string.json': /^line 7, column 25: the file is not valid JSON: a line break inside a string/,
  'wrong-format.json': /^format: this is not a Communis journal export \(expected "communis-journal", found a string \("some-other-app"\)\)$/,
  'no-format.json': /^format: this is not a Communis journal export \(no "format" field\)$/,
  'version-99.json': /^version: version 99 comes from a newer Communis; this one reads versions 1 to 3/,
  'version-string.json': /^version: expected a version number, found a string \("1"\)$/,
  'entries-not-an-array.json': /^entries: expected a list, found an object$/,
  'people-missing.json': /^people: is missing$/,
  'bad-date.json': /^entries\[3\]\.date: not a valid date \("2024-13-45"\)$/,
  'impossible-date.json': /^entries\[4\]\.date: not a valid date \("2024-02-30T10:00:00Z"\)$/,
  'bad-person-date.json': /^people\[1\]\.firstSeen: not a valid date \("last Tuesday"\)$/,
  'bad-direction.json': /^entries\[1\]\.direction: must be one of gave, received \(found "took"\)$/,
  'bad-kind.json': /^entries\[2\]\.kind: must be one of reply, comment, intro, advice, share, thanks, other \(found "bribe"\)$/,
  'bad-site.json': /^entries\[5\]\.site: must be one of x, facebook, linkedin, bluesky, mastodon, threads \(found "myspace"\)$/,
  'javascript-link.json': /^entries\[0\]\.link: must be an http:\/\/ or https:\/\/ address \(got "javascript:alert\(document\.cookie\)"\)$/,
  'data-link.json': /^entries\[0\]\.link: must be an http:\/\/ or https:\/\/ address/,
  'missing-person.json': /^entries\[2\]\.personId: refers to the person "x:@ghost", who is neither in the file nor in the journal$/,
  'duplicate-entry-ids.json': /^entries\[2\]\.id: duplicate id "0b5c1f8e-1d2a-4c3b-9e4f-000000000001" \(also at entries\[0\]\)$/,
  'duplicate-person-ids.json': /^people\[3\]\.id: duplicate id "x:@ada" \(also at people\[2\]\)$/,
  'site-mismatch.json': /^entries\[0\]\.site: the entry is on facebook but its person "x:@ada" is on x$/,
  'person-id-mismatch.json': /^people\[2\]\.id: "x:@bob" does not match the person's site and handle \(expected "x:@ada"\)$/,
  'missing-field.json': /^entries\[1\]\.date: is missing$/,
  'number-for-string.json': /^entries\[0\]\.note: expected a string, found a number \(42\)$/,
  'null-entry.json': /^entries\[3\]: expected an entry \(an object\), found null$/,
  'huge-string.json': /^entries\[6\]\.note: is too long \(100,000 characters; the limit is 5,000\)$/,
  'long-name.json': /^people\[0\]\.displayName: is too long \(201 characters; the limit is 200\)$/,
  'proto-pollution.json': /^entries\[0\]: unexpected field "__proto__" \(not part of the format\)$/,
  'constructor-pollution.json': /^top level: unexpected field "constructor" \(not part of the format\)$/,
  'top-level-proto.json': /^top level: unexpected field "__proto__" \(not part of the format\)$/,
};

describe('broken files', () => {
  test('every broken fixture has an expected message, and there are at least 12', () => {
    expect(brokenFixtures()).toEqual(Object.keys(BROKEN).sort());
    expect(brokenFixtures().length).toBeGreaterThanOrEqual(12);
  });

  test.each(Object.entries(BROKEN))('%s is rejected with a clear message and the journal is unchanged', async (name, message) => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    await j.owed(1); // a warm cache must not hide a change either
    const before = await snapshot(j);
    const error = await j.importJson(fixture(`broken/${name}`)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(JournalImportError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(j)).toEqual(before);
    expect((await j.listEntries({ limit: 100 })).total).toBe(7);
    // Nothing leaked onto prototypes.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('personId');
  });

  test('an empty journal stays empty after every broken file', async () => {
    const j = await freshJournal();
    for (const name of brokenFixtures()) {
      await expect(j.importJson(fixture(`broken/${name}`)), name).rejects.toBeInstanceOf(JournalImportError);
    }
    expect(await snapshot(j)).toEqual({ format: 'communis-journal', version: 3, people: [], entries: [] });
  });

  test('the error says where separately, for the UI', async () => {
    const j = await freshJournal();
    const error = await j.importJson(fixture('broken/bad-date.json')).catch((e: unknown) => e as JournalImportError);
    expect(error).toMatchObject({ name: 'JournalImportError', where: 'entries[3].date' });
  });

  test('more than one problem: the first is named and the rest counted', async () => {
    const file = small();
    (file.entries[0] as { kind: string }).kind = 'nope';
    (file.entries[4] as { date: string }).date = 'never';
    (file.entries[5] as { note: unknown }).note = null;
    const j = await freshJournal();
    await expect(j.importJson(JSON.stringify(file))).rejects.toThrow(/^entries\[0\]\.kind: must be one of .* \(found "nope"\) \(and 2 more problems\)$/);
  });

  test.each([
    ['a file over 100 MB', () => ' '.repeat(100 * 1024 * 1024 + 1), /^the file is too large \(100\.0 MB; the limit is 100 MB\)$/],
    ['too many entries', () => JSON.stringify({ ...small(), entries: Array.from({ length: 200_001 }, () => ({})) }), /^entries: too many entries \(200,001; the limit is 200,000\)$/],
    ['too many people', () => JSON.stringify({ ...small(), people: Array.from({ length: 50_001 }, () => 0) }), /^people: too many people/],
    ['a version that is not a whole number', () => JSON.stringify({ ...small(), version: 1.5 }), /^version: unknown version 1\.5/],
    ['version 0', () => JSON.stringify({ ...small(), version: 0 }), /^version: unknown version 0/],
    ['an unknown field in a person', () => JSON.stringify({ ...small(), people: [{ ...small().people[0], admin: true }] }), /^people\[0\]: unexpected field "admin"/],
    ['an exportedAt that is not a date', () => JSON.stringify({ ...small(), exportedAt: 'now' }), /^exportedAt: not a valid date \("now"\)$/],
    ['a date in year 10000', () => JSON.stringify({ ...small(), exportedAt: '+010000-01-01T00:00:00.000Z' }), /^exportedAt: not a valid date/],
    ['an entry id with spaces', () => { const f = small(); (f.entries[0] as { id: string }).id = 'a b'; return JSON.stringify(f); }, /^entries\[0\]\.id: must contain only letters, digits and - _ \. : \(found "a b"\)$/],
    ['a person id without a site', () => { const f = small(); (f.entries[0] as { personId: string }).personId = 'ada'; return JSON.stringify(f); }, /^entries\[0\]\.personId: "ada" is not a person id/],
    ['an empty handle', () => { const f = small(); (f.people[0] as { handle: string }).handle = '  '; return JSON.stringify(f); }, /^people\[0\]\.handle: is empty: enter a handle or profile name$/],
    ['a 5,001-character note', () => { const f = small(); (f.entries[0] as { note: string }).note = 'n'.repeat(5001); return JSON.stringify(f); }, /too long \(5,001 characters; the limit is 5,000\)/],
    ['deep nesting', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /expected a JSON object, found a list/],
    ['deep nesting, truncated', () => '['.repeat(100_000), /^line 1, column 100001: the file is not valid JSON \(truncated\?\)$/],
  ] as const)('rejects %s', async (_n, make, message) => {
    const j = await freshJournal();
    await j.importJson(fixture('small.json'));
    const before = await snapshot(j);
    await expect(j.importJson(make())).rejects.toThrow(message);
    expect(await snapshot(j)).toEqual(before);
  });

  test('something that is not text is rejected', async () => {
    const j = await freshJournal();
    await expect(j.importJson({ format: 'communis-journal' } as unknown as string)).rejects.toThrow(/expected the text of a file, found an object/);
  });
});

describe('JSON syntax errors: where', () => {
  test.each([
    ['{"a": 1,}', 8, 'expected a property name in double quotes but found "}"'],
    ['[1, 2', 5, 'truncated?'],
    ['{"a": tru}', 6, 'expected a value but found "t"'],
    ['{"a" 1}', 5, 'expected ":" but found "1"'],
    ['[1 2]', 3, 'expected "," or "]" but found "2"'],
    ['"\\x"', 1, 'a bad escape "\\x" in a string'],
    ['"\\u12G4"', 1, 'a bad \\u escape in a string'],
    ['[-]', 1, 'a malformed number'],
    ['{}{}', 2, 'unexpected text after the end of the data: "{"'],
    ['{"a":"\u0001"}', 6, 'control character U+0001 inside a string (is a closing quote missing?)'],
  ])('%j', (text, index, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ index, problem });
  });

  test.each(['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', ' \n 0 \n'])('valid JSON %j has no error', (text) => {
    expect(findJsonSyntaxError(text)).toBeNull();
  });

  test.each([
    ['abc', 0, 'line 1, column 1'],
    ['abc', 3, 'line 1, column 4'],
    ['ab\ncd\nef', 4, 'line 2, column 2'],
    ['ab\r\ncd', 4, 'line 2, column 1'],
  ])('lineColumn(%j, %i)', (text, index, expected) => {
    expect(lineColumn(text, index)).toBe(expected);
  });
});

describe('parseJournalFile', () => {
  test('returns people and entries, and which persons must already be in the journal', () => {
    const file = small();
    file.entries.push({ id: 'x1', personId: 'x:@elsewhere', site: 'x', direction: 'gave', kind: 'reply', note: '', date: '2024-01-01' });
    const parsed = parseJournalFile(JSON.stringify(file));
    expect(parsed.people).toHaveLength(3);
    expect(parsed.entries).toHaveLength(8);
    expect([...parsed.outsideRefs]).toEqual([['x:@elsewhere', 'entries[7].personId']]);
  });

  test('output objects are fresh plain objects without extra keys', () => {
    const parsed = parseJournalFile(fixture('small.json'));
    for (const e of parsed.entries) expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
    expect(Object.keys(parsed.entries[0] as object).sort()).toEqual(['date', 'direction', 'id', 'kind', 'link', 'note', 'personId', 'site']);
    expect(Object.keys(parsed.entries[1] as object)).not.toContain('link');
  });
});
