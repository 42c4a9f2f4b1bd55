// CSV export (RFC 4180): one row per entry, joined with its person. Cells
// with a comma, a double quote or a line break are quoted (quotes doubled);
// cells that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) get a leading apostrophe, except a bare X
// handle (@ada: letters, digits and _ only, nothing a formula could run).
// The file starts with a UTF-8 byte order mark so spreadsheets read names
// such as "José" right.
import type { Entry, Person } from './types';

export const CSV_HEADER = ['id', 'date', 'site', 'person', 'display_name', 'direction', 'kind', 'note', 'link'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const BARE_HANDLE = /^@[\p{L}\p{N}_]{1,50}$/u;
export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell, safe to open in a spreadsheet. */
export function csvCell(value: string): string {
  let s = FORMULA_START.test(value) && !BARE_HANDLE.test(value) ? `'${value}` : value;
  if (NEEDS_QUOTES.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file, CRLF line endings, header first. `person` may be missing for an orphan entry. */
export function entriesToCsv(rows: Iterable<{ entry: Entry; person: Person | undefined }>): string {
  const lines = [CSV_HEADER.join(',')];
  for (const { entry: e, person: p } of rows) {
    const handle = p?.handle ?? e.personId.slice(e.personId.indexOf(':') + 1);
    lines.push(csvRow([e.id, e.date, e.site, handle, p?.displayName ?? '', e.direction, e.kind, e.note, e.link ?? '']));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
