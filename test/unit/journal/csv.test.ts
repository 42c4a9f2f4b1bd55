import { describe, expect, test } from 'vitest';
import { CSV_HEADER, csvCell, entriesToCsv } from '../../../src/journal/csv';
import type { Entry, Person } from '../../../src/journal/types';
import { fixture, freshJournal } from './helpers';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(withBom: string): string[][] {
  expect(withBom.startsWith('\uFEFF'), 'starts with a UTF-8 byte order mark').toBe(true);
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [], cell = '', i = 0, quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    cell += c; i++;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

describe('csvCell', () => {
  test.each([
    ['plain text', 'hello world', 'hello world'],
    ['empty', '', ''],
    ['a comma', 'a, b', '"a, b"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a formula', '=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
    ['a plus', '+1 555 0100', "'+1 555 0100"],
    ['a minus', '-2+3', "'-2+3"],
    ['an X handle stays as it is', '@ada', '@ada'],
    ['an X handle with digits and _', '@ada_99', '@ada_99'],
    ['an at sign that could be a formula', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['an at sign with a space', '@ada lovelace', "'@ada lovelace"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', '"\'\r=1"'],
    ['an equals sign later on', 'a=b', 'a=b'],
    ['unicode and emoji', 'Zoë 🚀 李雷', 'Zoë 🚀 李雷'],
    ['a semicolon or tab inside', 'a;b\tc', 'a;b\tc'],
  ])('%s', (_n, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('entriesToCsv', () => {
  const person: Person = { id: 'x:@ada', site: 'x', handle: '@ada', displayName: 'Ada, "the first"', firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-01-01T00:00:00.000Z' };
  const e: Entry = { id: 'e1', personId: 'x:@ada', site: 'x', direction: 'gave', kind: 'reply', note: '=1+1\nsecond line', link: 'https://x.com/a?b=1,2', date: '2024-01-01T00:00:00.000Z' };

  test('header, CRLF line endings, escaped cells', () => {
    expect(entriesToCsv([{ entry: e, person }])).toBe(
      '\uFEFFid,date,site,person,display_name,direction,kind,note,link\r\n'
      + 'e1,2024-01-01T00:00:00.000Z,x,@ada,"Ada, ""the first""",gave,reply,"\'=1+1\nsecond line","https://x.com/a?b=1,2"\r\n',
    );
  });

  test('an entry without a person record still has its handle; no entries is just the header', () => {
    const { link: _l, ...noLink } = e;
    expect(parseCsv(entriesToCsv([{ entry: noLink, person: undefined }]))[1]).toEqual(['e1', '2024-01-01T00:00:00.000Z', 'x', '@ada', '', 'gave', 'reply', "'=1+1\nsecond line", '']);
    expect(entriesToCsv([])).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('exportCsv', () => {
  test('the unicode fixture reads back cell for cell, oldest first', async () => {
    const j = await freshJournal();
    await j.importJson(fixture('unicode.json'));
    const rows = parseCsv(await j.exportCsv());
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(rows[2]).toEqual(['u2', '2024-05-02T10:00:00.000Z', 'linkedin', '李雷', '李雷 (Li Lei)', 'received', 'intro',
      '介绍了新的团队 🎉\nSecond line, with "quotes", commas, and a tab\there', '']);
    expect(rows[4]?.[3]).toBe('@Zoë_dev'); // a handle is not mangled
    expect(rows[4]?.[7]).toBe("'=SUM(1,2) family emoji 👨‍👩‍👧‍👦 and a flag 🇺🇦 and an astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
    expect(rows[3]?.[8]).toBe('https://example.com/ünïcode?q=✓');
  });

  test('an empty journal is just the header', async () => {
    const j = await freshJournal();
    expect(await j.exportCsv()).toBe('\uFEFFid,date,site,person,display_name,direction,kind,note,link\r\n');
  });
});
