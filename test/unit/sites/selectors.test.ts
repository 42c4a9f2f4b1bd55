// @vitest-environment happy-dom
// Every selector of every adapter, refined-github style: it says what it
// matches, when it was last seen working and where the outside evidence for
// it comes from, and it matches each listed saved fixture page exactly as
// many times as listed (0 where it must not match, e.g. the thread's root
// post is not the focal post being answered).
import { describe, expect, test } from 'vitest';
import { ADAPTERS } from '../../../src/sites/index';
import { GENERIC_EXCLUDED } from '../../../src/sites/fallback';
import { loadMarkup } from './markup';

// Evidence a reader can open: a URL, or a repository (owner/name) followed by a
// path in it (a file with an extension or a folder), never a search-tool hit number.
const URL_RE = /https?:\/\/[^\s)]+/;
const REPO_PATH = /(?:^|[\s(;])[A-Za-z0-9][\w.-]*\/[\w.-]+ [\w.@§/-]*?(?:[\w-]+\.[a-z]{1,5}\b|\/[\w.-]+)/;
const opensSomewhere = (evidence: string): boolean =>
  !/\bhits?\b[\s:#]*\d/i.test(evidence) && !/find_string/i.test(evidence) && (URL_RE.test(evidence) || REPO_PATH.test(evidence));

const rows = ADAPTERS.flatMap((a) =>
  Object.entries(a.selectors).flatMap(([group, list]) => list.map((s, i) => [`${a.id}.${group}[${i}] ${s.css}`, s] as const)),
);

describe.each(rows)('%s', (_name, s) => {
  test('is documented: note, date seen, evidence', () => {
    expect(s.note.length).toBeGreaterThan(3);
    expect(s.seen).toMatch(/^20\d\d-\d\d$/);
    expect(s.evidence.length).toBeGreaterThan(10);
    expect(opensSomewhere(s.evidence), `evidence names a URL or owner/repo path: ${s.evidence}`).toBe(true);
    expect(() => document.querySelector(s.css)).not.toThrow();
  });

  test('lists the saved pages it must match, and how often', () => {
    expect(Object.keys(s.matches).length).toBeGreaterThan(0);
    for (const [page, n] of Object.entries(s.matches)) {
      expect.soft(loadMarkup(page).querySelectorAll(s.css).length, `${page}.html`).toBe(n);
    }
  });
});

// The check itself, on evidence it must accept and refuse.
test.each([
  ['knamnguyen/trusthuman.io apps/trustahuman-ext/entrypoints/x.content/index.tsx @0047d06', true],
  ['tang-vu/social-posting-skills DOM_SELECTORS.md @f8529be §2 Threads', true],
  ['mastodon/mastodon app/javascript/mastodon/components/display_name (span.display-name)', true],
  ['Threads post URLs, e.g. https://www.threads.com/@testingcatalog/post/Dc1d2SYgMzI', true],
  ['public userscripts reading textarea.autosuggest-textarea__textarea (find_string hits 41785686898, 17994637843)', false],
  ['knamnguyen/trusthuman.io apps/x.ts; a probe (find_string hit 57006851815)', false],
  ['LinkedIn classic markup before 2025', false],
  ['X web app test id, also used by DM tools (search "dmComposerTextInput")', false],
  ['quill 2 markup', false],
] as const)('evidence %j opens somewhere: %s', (evidence, ok) => {
  expect(opensSomewhere(evidence)).toBe(ok);
});

test('generic fallback exclusions are documented', () => {
  for (const s of GENERIC_EXCLUDED) {
    expect(s.note.length).toBeGreaterThan(3);
    expect(() => document.querySelector(s.css)).not.toThrow();
  }
});
