import { describe, expect, test } from 'vitest';
import { DraftsFileError, parseDrafts, validateDrafts } from '../../src/eval/drafts';

const good = {
  id: 'd1', split: 'train', label: 'human', site: 'x', kind: 'reply', replyTo: '@ana',
  text: 'Thanks Ana, that saved my afternoon.', note: 'thanks', source: 'brief:t0',
};
const line = (overrides: Record<string, unknown>, omit: string[] = []): string => {
  const record: Record<string, unknown> = { ...good, ...overrides };
  for (const key of omit) delete record[key];
  return JSON.stringify(record);
};

describe('parseDrafts', () => {
  test('parses a valid file, skipping blank lines and keeping line numbers', () => {
    const text = ['', line({}), '   ', line({ id: 'd2', split: 'sealed', label: 'promotional', site: 'linkedin', kind: 'post' }, ['replyTo', 'note']), ''].join('\n');
    const drafts = parseDrafts(text);
    expect(drafts.map((d) => [d.id, d.line, d.split, d.label])).toEqual([
      ['d1', 2, 'train', 'human'],
      ['d2', 4, 'sealed', 'promotional'],
    ]);
    expect(drafts[0]?.replyTo).toBe('@ana');
    expect(drafts[1]).not.toHaveProperty('replyTo');
    expect(drafts[1]?.note).toBe('');
  });

  test('accepts CRLF line endings and a byte-order mark', () => {
    expect(parseDrafts(`\uFEFF${line({})}\r\n${line({ id: 'd2' })}\r\n`)).toHaveLength(2);
  });

  test.each([
    { name: 'not JSON', lines: ['{nope'], issue: 'line 1: not valid JSON' },
    { name: 'array instead of object', lines: ['[1,2]'], issue: 'line 1: expected a JSON object' },
    { name: 'missing id', lines: [line({}, ['id'])], issue: 'line 1: "id" must be a non-empty string' },
    { name: 'numeric id', lines: [line({ id: 7 })], issue: '"id" must be a non-empty string' },
    { name: 'bad split', lines: [line({ split: 'test' })], issue: '"split" must be one of train, sealed' },
    { name: 'bad label', lines: [line({ label: 'spam' })], issue: '"label" must be one of promotional, human, mixed' },
    { name: 'bad site', lines: [line({ site: 'tiktok' })], issue: '"site" must be one of' },
    { name: 'bad kind', lines: [line({ kind: 'story' })], issue: '"kind" must be one of post, reply, comment' },
    { name: 'empty text', lines: [line({ text: '  ' })], issue: '"text" must be a non-empty string' },
    { name: 'non-string replyTo', lines: [line({ replyTo: 3 })], issue: '"replyTo" must be a string' },
    { name: 'non-string note', lines: [line({ note: null })], issue: '"note" must be a string' },
    { name: 'no provenance', lines: [line({}, ['source'])], issue: '"source" (provenance' },
    { name: 'non-string category', lines: [line({ category: 4 })], issue: '"category" must be a string' },
    { name: 'duplicate id', lines: [line({}), '', line({})], issue: 'line 3: duplicate id "d1" (first used on line 1)' },
    { name: 'empty file', lines: ['', '  '], issue: 'no drafts in file' },
  ])('rejects $name', ({ lines, issue }) => {
    expect(() => parseDrafts(lines.join('\n'))).toThrow(DraftsFileError);
    expect(() => parseDrafts(lines.join('\n'))).toThrow(issue);
  });

  test('reports every problem in the file at once, in line order', () => {
    const text = [line({ label: 'spam', kind: 'story' }), '{bad', line({ id: 'ok' })].join('\n');
    try {
      parseDrafts(text);
      expect.unreachable('parseDrafts should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(DraftsFileError);
      expect((error as DraftsFileError).issues.map((i) => i.line)).toEqual([1, 1, 2]);
    }
  });
});

describe('validateDrafts', () => {
  test.each([
    { name: 'valid records', records: [good, { ...good, id: 'd2' }], issues: [] },
    { name: 'duplicate ids', records: [good, good], issues: [{ line: 2, message: 'duplicate id "d1" (first used on line 1)' }] },
    { name: 'invalid label', records: [{ ...good, label: 'ad' }], issues: [{ line: 1, message: '"label" must be one of promotional, human, mixed' }] },
    { name: 'null record', records: [null], issues: [{ line: 1, message: 'expected a JSON object' }] },
  ])('$name', ({ records, issues }) => {
    expect(validateDrafts(records.map((value, i) => ({ line: i + 1, value })))).toEqual(issues);
  });
});
