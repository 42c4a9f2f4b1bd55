// Reading a journal export (JSON) safely. The whole file is checked before
// anything is written: size, JSON syntax (with line and column), format and
// version, then every person and entry against a valibot schema (types,
// enums, ISO dates, http(s) links, lengths, no unexpected fields such as
// "__proto__"), then the file's own consistency (duplicate ids, person ids
// that match site and handle, entries whose person is on the same site).
// Whether entries whose person is not in the file refer to someone already
// in the journal is checked by the store, inside the import transaction.
import * as v from 'valibot';
import { isObject } from '../is-object';
import { SITE_IDS } from '../settings/sites';
import { JournalImportError } from './api';
import { cancelled, type ImportOptions, type ImportProgress } from './importer';
import { RHYTHMS } from './rhythm';
import { DIRECTIONS, ENTRY_KINDS, type Entry, type Person, type Rhythm } from './types';
import {
  describeType, displayNameProblem, ENTRY_ID_RE, fmt, LIMITS, linkProblem, normalizeHandle, normalizeIsoDate, noteProblem, personIdOf,
  personProblem, shown, siteOfPersonId,
} from './validate';

export const JOURNAL_FORMAT = 'communis-journal';
/**
 * Version 3 added rhythms on people, version 2 merges and snoozes; version 1
 * and 2 files still import as before (people never merged; no rhythm set).
 */
export const JOURNAL_VERSION = 3;

export interface ValidatedFile {
  version: number;
  people: Person[];
  entries: Entry[];
  /** Person ids that entries refer to but the file does not contain, with where the first reference is. */
  outsideRefs: Map<string, string>;
}

// ---------------------------------------------------------------------------
// JSON syntax: where exactly is the file broken?

const LINE_BREAK = /\n/g;

/** "line 3, column 14" for a character offset (both 1-based). */
export function lineColumn(text: string, index: number): string {
  let line = 1, lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m && m.index < index; m = LINE_BREAK.exec(text)) {
    line++;
    lineStart = m.index + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function charName(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return JSON.stringify(c);
}

/**
 * Finds the first JSON syntax error in `text` (which JSON.parse rejected) with
 * a scanner that does not depend on the browser's error wording. Iterative,
 * so deeply nested input cannot overflow the stack. Returns null if the text
 * is valid JSON after all.
 */
export function findJsonSyntaxError(text: string): { index: number; problem: string } | null {
  const n = text.length;
  const stack: string[] = [];
  type State = 'value' | 'firstValueOrEnd' | 'key' | 'firstKeyOrEnd' | 'colon' | 'commaOrEnd' | 'done';
  let state: State = 'value';
  let i = 0;
  const after = (): State => (stack.length > 0 ? 'commaOrEnd' : 'done');
  const unexpected = (expected: string) => ({ index: i, problem: `expected ${expected} but found ${charName(text[i] ?? '')}` });

  const scanString = (): { index: number; problem: string } | null => {
    i++; // opening quote
    for (;;) {
      if (i >= n) return { index: n, problem: 'truncated?' };
      const c = text.charCodeAt(i);
      if (c === 0x22) { i++; return null; }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) return { index: n, problem: 'truncated?' };
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { index: i, problem: 'a bad \\u escape in a string' };
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          return { index: i, problem: `a bad escape "\\${e}" in a string` };
        }
        continue;
      }
      if (c < 0x20) return { index: i, problem: `${charName(text[i] ?? '')} inside a string (is a closing quote missing?)` };
      i++;
    }
  };

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return state === 'done' ? null : { index: n, problem: 'truncated?' };
    const c = text[i] as string;
    switch (state) {
      case 'value':
      case 'firstValueOrEnd': {
        if (state === 'firstValueOrEnd' && c === ']') { i++; stack.pop(); state = after(); break; }
        if (c === '{') { stack.push('}'); i++; state = 'firstKeyOrEnd'; break; }
        if (c === '[') { stack.push(']'); i++; state = 'firstValueOrEnd'; break; }
        if (c === '"') { const err = scanString(); if (err) return err; state = after(); break; }
        if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER_RE.lastIndex = i;
          const m = NUMBER_RE.exec(text);
          if (!m) return { index: i, problem: 'a malformed number' };
          i += m[0].length;
          state = after();
          break;
        }
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (literal) { i += literal.length; state = after(); break; }
        return unexpected('a value');
      }
      case 'key':
      case 'firstKeyOrEnd': {
        if (state === 'firstKeyOrEnd' && c === '}') { i++; stack.pop(); state = after(); break; }
        if (c === '"') { const err = scanString(); if (err) return err; state = 'colon'; break; }
        return unexpected('a property name in double quotes');
      }
      case 'colon':
        if (c !== ':') return unexpected('":"');
        i++;
        state = 'value';
        break;
      case 'commaOrEnd': {
        const close = stack[stack.length - 1] as string;
        if (c === ',') { i++; state = close === '}' ? 'key' : 'value'; break; }
        if (c === close) { i++; stack.pop(); state = after(); break; }
        return unexpected(`"," or "${close}"`);
      }
      case 'done':
        return { index: i, problem: `unexpected text after the end of the data: ${charName(c)}` };
    }
  }
}

// ---------------------------------------------------------------------------
// The schema of one person and one entry.

const typeMsg = (what: string) => (issue: { input: unknown }) => `expected ${what}, found ${describeType(issue.input)}`;
const oneOf = (values: readonly string[]) => (issue: { input: unknown }) =>
  `must be one of ${values.join(', ')} (found ${typeof issue.input === 'string' ? shown(issue.input) : describeType(issue.input)})`;
const tooLong = (limit: number) => (issue: { input: unknown }) =>
  `too long (${fmt(typeof issue.input === 'string' ? issue.input.length : 0)} characters; the limit is ${fmt(limit)})`;

const isoDate = v.pipe(
  v.string(typeMsg('a date (text such as "2024-03-01T12:00:00.000Z")')),
  v.check((s) => normalizeIsoDate(s) !== null, (issue) => `not a valid date (${shown(issue.input)})`),
);
const site = v.picklist(SITE_IDS, oneOf(SITE_IDS));

/** A field rule from validate.ts (written once) as a valibot check on the trimmed value. */
const rule = (problem: (s: string) => string | undefined, prepare: (s: string) => string = (s) => s) =>
  v.check<string, (issue: { input: unknown }) => string>(
    (s) => problem(prepare(s)) === undefined,
    (issue) => problem(prepare(String(issue.input))) ?? 'is not valid',
  );

const personFields = {
  id: v.pipe(v.string(typeMsg('a string')), v.nonEmpty('is empty'), v.maxLength(LIMITS.personId, tooLong(LIMITS.personId))),
  site,
  handle: v.pipe(v.string(typeMsg('a string')), rule(personProblem, (s) => s.trim())),
  displayName: v.pipe(v.string(typeMsg('a string')), rule(displayNameProblem)),
  firstSeen: isoDate,
  lastInteraction: isoDate,
};
const personMessage = (issue: { input: unknown }) => `expected a person (an object), found ${describeType(issue.input)}`;
/** Version 1: people were never merged. */
const PersonSchemaV1 = v.strictObject(personFields, personMessage);
/** Version 2: a handle may be merged into another person, and snoozed. */
const v2Fields = {
  ...personFields,
  mergedInto: v.optional(v.pipe(v.string(typeMsg('a string')), v.nonEmpty('is empty'), v.maxLength(LIMITS.personId, tooLong(LIMITS.personId)))),
  snoozedUntil: v.optional(isoDate),
};
const PersonSchemaV2 = v.strictObject(v2Fields, personMessage);
/** Version 3 (today): and a rhythm, with the time it was set (the two go together). */
const PersonSchema = v.pipe(
  v.strictObject({ ...v2Fields, rhythm: v.optional(v.picklist(RHYTHMS, oneOf(RHYTHMS))), rhythmSetAt: v.optional(isoDate) }, personMessage),
  v.forward(
    v.check((p) => (p.rhythm === undefined) === (p.rhythmSetAt === undefined), (issue) =>
      ((issue.input as { rhythm?: unknown }).rhythm === undefined ? 'is there without a rhythm' : 'is missing (a rhythm needs the time it was set)')),
    ['rhythmSetAt'],
  ),
);
const PERSON_SCHEMAS = { 1: PersonSchemaV1, 2: PersonSchemaV2, 3: PersonSchema } as const;

const EntrySchema = v.strictObject({
  id: v.pipe(
    v.string(typeMsg('a string')),
    v.nonEmpty('is empty'),
    v.maxLength(LIMITS.entryId, tooLong(LIMITS.entryId)),
    v.regex(ENTRY_ID_RE, (issue) => `must contain only letters, digits and - _ . : (found ${shown(issue.input)})`),
  ),
  personId: v.pipe(v.string(typeMsg('a string')), v.nonEmpty('is empty'), v.maxLength(LIMITS.personId, tooLong(LIMITS.personId))),
  site,
  direction: v.picklist(DIRECTIONS, oneOf(DIRECTIONS)),
  kind: v.picklist(ENTRY_KINDS, oneOf(ENTRY_KINDS)),
  note: v.pipe(v.string(typeMsg('a string')), rule(noteProblem)),
  link: v.optional(v.pipe(v.string(typeMsg('a string')), rule(linkProblem))),
  date: isoDate,
}, (issue) => `expected an entry (an object), found ${describeType(issue.input)}`);

/** The top level; people and entries are checked one by one (checkFile), so the checking can report progress. */
const topSchema = (version: 1 | 2 | 3) => v.strictObject({
  format: v.literal(JOURNAL_FORMAT),
  version: v.literal(version),
  exportedAt: isoDate,
  people: v.array(v.unknown()),
  entries: v.array(v.unknown()),
});

/** Also used to check an entry handed back to restoreEntry (undo). */
export function checkEntryShape(value: unknown, where = 'entry'): Entry {
  const entry = isObject(value) && 'person' in value ? withoutKey(value, 'person') : value;
  const result = v.safeParse(EntrySchema, entry);
  if (!result.success) {
    const { path, message } = describeIssue(result.issues[0]);
    throw new Error(`${path ? `${where}.${path}` : where}: ${message}`);
  }
  return toEntry(result.output);
}

/** Checks a person handed back with an entry to restoreEntry (undo). */
export function checkPersonShape(value: unknown, where = 'person'): Person {
  const result = v.safeParse(PersonSchema, value);
  if (!result.success) {
    const { path, message } = describeIssue(result.issues[0]);
    throw new Error(`${path ? `${where}.${path}` : where}: ${message}`);
  }
  const person = toPerson(result.output);
  if (person.id !== personIdOf(person.site, person.handle)) throw new Error(`${where}.id: does not match the site and handle`);
  return person;
}

function withoutKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (k !== key) Object.defineProperty(out, k, { value: o[k], enumerable: true, writable: true, configurable: true });
  return out;
}

type PathItem = { key?: unknown };
type AnyIssue = v.BaseIssue<unknown>;

function pathOf(items: readonly PathItem[] | undefined): string {
  let out = '';
  for (const item of items ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** One valibot issue as "where" and "what"; `top` names the checked object itself ("top level" for a whole file, nothing for one entry). */
function describeIssue(issue: AnyIssue | undefined, top = ''): { path: string; message: string } {
  if (!issue) return { path: '', message: 'is not valid' };
  const items = (issue.path ?? []) as readonly PathItem[];
  if ((issue.type === 'strict_object' || issue.type === 'object') && items.length > 0) {
    if (issue.expected === 'never') {
      // An unexpected field: name it on its parent.
      return { path: pathOf(items.slice(0, -1)) || top, message: `unexpected field ${issue.received} (not part of the format)` };
    }
    if (issue.received === 'undefined') return { path: pathOf(items), message: 'is missing' };
  }
  return { path: pathOf(items), message: issue.message };
}

/** An issue of people[i] or entries[i], with its place in the whole file. */
function prefixed(issue: AnyIssue | undefined, key: string, index: number): AnyIssue | undefined {
  if (!issue) return undefined;
  return { ...issue, path: [{ key }, { key: index }, ...((issue.path ?? []) as PathItem[])] } as unknown as AnyIssue;
}

function toEntry(o: v.InferOutput<typeof EntrySchema>): Entry {
  const entry: Entry = {
    id: o.id,
    personId: o.personId,
    site: o.site,
    direction: o.direction,
    kind: o.kind,
    note: o.note,
    date: normalizeIsoDate(o.date) as string,
  };
  if (o.link !== undefined && o.link !== '') entry.link = o.link;
  return entry;
}

function toPerson(o: v.InferOutput<typeof PersonSchemaV1> & { mergedInto?: string; snoozedUntil?: string; rhythm?: Rhythm; rhythmSetAt?: string }): Person {
  const a = normalizeIsoDate(o.firstSeen) as string, b = normalizeIsoDate(o.lastInteraction) as string;
  const person: Person = {
    id: o.id,
    site: o.site,
    handle: normalizeHandle(o.site, o.handle),
    displayName: o.displayName.replace(/\s+/g, ' ').trim(),
    firstSeen: a < b ? a : b,
    lastInteraction: a < b ? b : a,
  };
  if (o.mergedInto !== undefined) person.mergedInto = o.mergedInto;
  if (o.snoozedUntil !== undefined) person.snoozedUntil = normalizeIsoDate(o.snoozedUntil) as string;
  if (o.rhythm !== undefined) person.rhythm = o.rhythm;
  if (o.rhythmSetAt !== undefined) person.rhythmSetAt = normalizeIsoDate(o.rhythmSetAt) as string;
  return person;
}

const fail = (message: string, where?: string): never => {
  throw new JournalImportError(message, where);
};

/** People and entries checked between progress reports (and cancel checks). */
export const CHECK_CHUNK = 2_000;

/** Parses and checks a whole export file; throws JournalImportError naming what and where. */
export function parseJournalFile(input: unknown): ValidatedFile {
  const steps = checkFile(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * parseJournalFile, reporting progress after every CHECK_CHUNK people and
 * entries and giving way to other events in between, so that a cancel (the
 * signal) is heard while a big file is checked. Cancelled, it throws an
 * AbortError; nothing has been written at that point.
 */
export async function checkJournalFile(input: unknown, opts: ImportOptions = {}): Promise<ValidatedFile> {
  const steps = checkFile(input);
  for (;;) {
    if (opts.signal?.aborted) throw cancelled();
    const step = steps.next();
    if (step.done) return step.value;
    opts.onProgress?.(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0)); // a macrotask: port messages (cancel) get through
  }
}

/** The checks, as steps: yields progress between chunks, returns the checked file. */
function* checkFile(input: unknown): Generator<ImportProgress, ValidatedFile> {
  if (typeof input !== 'string') fail(`expected the text of a file, found ${describeType(input)}`);
  let text = input as string;
  if (text.length > LIMITS.fileChars) {
    fail(`the file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.fileChars / 1024 / 1024} MB)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark from some editors
  if (text.trim() === '') fail('the file is empty');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const err = findJsonSyntaxError(text);
    if (err) fail(`the file is not valid JSON${err.problem === 'truncated?' ? ' (truncated?)' : `: ${err.problem}`}`, lineColumn(text, err.index));
    fail(`the file is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }

  // The big picture first, so a wrong file gets one clear message rather than thousands.
  if (!isObject(data)) fail(`this is not a Communis journal export (expected a JSON object, found ${describeType(data)})`);
  const top = data as Record<string, unknown>;
  if (!Object.hasOwn(top, 'format')) fail('this is not a Communis journal export (no "format" field)', 'format');
  if (top.format !== JOURNAL_FORMAT) {
    fail(`this is not a Communis journal export (expected "${JOURNAL_FORMAT}", found ${describeType(top.format)})`, 'format');
  }
  const version = top.version;
  if (typeof version !== 'number') fail(`expected a version number, found ${describeType(version)}`, 'version');
  if (!Number.isInteger(version) || (version as number) < 1) {
    fail(`unknown version ${version}; this version of Communis reads versions 1 to ${JOURNAL_VERSION}`, 'version');
  }
  if ((version as number) > JOURNAL_VERSION) {
    fail(`version ${version} comes from a newer Communis; this one reads versions 1 to ${JOURNAL_VERSION}. Update the extension, then import again`, 'version');
  }
  for (const key of ['people', 'entries'] as const) {
    if (!Object.hasOwn(top, key)) fail('is missing', key);
    if (!Array.isArray(top[key])) fail(`expected a list, found ${describeType(top[key])}`, key);
  }
  const peopleIn = top.people as unknown[], entriesIn = top.entries as unknown[];
  if (entriesIn.length > LIMITS.importEntries) fail(`too many entries (${fmt(entriesIn.length)}; the limit is ${fmt(LIMITS.importEntries)})`, 'entries');
  if (peopleIn.length > LIMITS.importPeople) fail(`too many people (${fmt(peopleIn.length)}; the limit is ${fmt(LIMITS.importPeople)})`, 'people');

  // Every problem is counted, the first one is named: the top level's (exportedAt), then people, then
  // entries in order, then unexpected fields at the top (the order one valibot parse of the whole file gave).
  const known = version as 1 | 2 | 3;
  const shape = v.safeParse(topSchema(known), data);
  const topIssues = shape.success ? [] : shape.issues;
  let first: AnyIssue | undefined = topIssues.find((issue) => issue.expected !== 'never');
  let count = topIssues.length;
  const total = peopleIn.length + entriesIn.length;
  let done = 0;
  yield { phase: 'checking', done, total };
  function* checkList<T, O>(list: unknown[], key: 'people' | 'entries', schema: v.GenericSchema<unknown, T>, to: (o: T) => O, out: O[]) {
    for (let i = 0; i < list.length; i++) {
      const result = v.safeParse(schema, list[i]);
      if (result.success) out.push(to(result.output));
      else {
        count += result.issues.length;
        first ??= prefixed(result.issues[0], key, i);
      }
      if (++done % CHECK_CHUNK === 0) yield { phase: 'checking' as const, done, total };
    }
  }
  const people: Person[] = [];
  const entries: Entry[] = [];
  yield* checkList(peopleIn, 'people', PERSON_SCHEMAS[known] as v.GenericSchema<unknown, v.InferOutput<typeof PersonSchema>>, toPerson, people);
  yield* checkList(entriesIn, 'entries', EntrySchema, toEntry, entries);
  first ??= topIssues[0];
  if (first) {
    const { path, message } = describeIssue(first, 'top level');
    const more = count - 1;
    fail(more > 0 ? `${message} (and ${fmt(more)} more ${more === 1 ? 'problem' : 'problems'})` : message, path || undefined);
  }
  if (done % CHECK_CHUNK !== 0) yield { phase: 'checking', done, total };

  // The file's own consistency.
  const personIndex = new Map<string, number>();
  people.forEach((p, i) => {
    const first = personIndex.get(p.id);
    if (first !== undefined) fail(`duplicate id ${shown(p.id)} (also at people[${first}])`, `people[${i}].id`);
    personIndex.set(p.id, i);
    const expected = personIdOf(p.site, p.handle);
    if (p.id !== expected) fail(`${shown(p.id)} does not match the person's site and handle (expected ${shown(expected)})`, `people[${i}].id`);
  });
  // Merges: into someone in the file who leads their own group (one level, no loops).
  people.forEach((p, i) => {
    if (p.mergedInto === undefined) return;
    const lead = personIndex.get(p.mergedInto);
    if (p.mergedInto === p.id) fail('a person cannot be merged into themselves', `people[${i}].mergedInto`);
    if (lead === undefined) fail(`${shown(p.mergedInto)} is not a person in the file`, `people[${i}].mergedInto`);
    if (people[lead as number]?.mergedInto !== undefined) fail(`${shown(p.mergedInto)} is itself merged into someone else`, `people[${i}].mergedInto`);
  });

  const entryIndex = new Map<string, number>();
  const outsideRefs = new Map<string, string>();
  entries.forEach((e, i) => {
    const first = entryIndex.get(e.id);
    if (first !== undefined) fail(`duplicate id ${shown(e.id)} (also at entries[${first}])`, `entries[${i}].id`);
    entryIndex.set(e.id, i);
    const personSite = siteOfPersonId(e.personId);
    if (personSite === null) fail(`${shown(e.personId)} is not a person id (expected "site:handle")`, `entries[${i}].personId`);
    if (personSite !== e.site) fail(`the entry is on ${e.site} but its person ${shown(e.personId)} is on ${personSite}`, `entries[${i}].site`);
    if (!personIndex.has(e.personId) && !outsideRefs.has(e.personId)) outsideRefs.set(e.personId, `entries[${i}].personId`);
  });

  return { version: version as number, people, entries, outsideRefs };
}
