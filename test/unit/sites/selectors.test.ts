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

const rows = ADAPTERS.flatMap((a) =>
  Object.entries(a.selectors).flatMap(([group, list]) => list.map((s, i) => [`${a.id}.${group}[${i}] ${s.css}`, s] as const)),
);

describe.each(rows)('%s', (_name, s) => {
  test('is documented: note, date seen, evidence', () => {
    expect(s.note.length).toBeGreaterThan(3);
    expect(s.seen).toMatch(/^20\d\d-\d\d$/);
    expect(s.evidence.length).toBeGreaterThan(10);
    expect(() => document.querySelector(s.css)).not.toThrow();
  });

  test('lists the saved pages it must match, and how often', () => {
    expect(Object.keys(s.matches).length).toBeGreaterThan(0);
    for (const [page, n] of Object.entries(s.matches)) {
      expect.soft(loadMarkup(page).querySelectorAll(s.css).length, `${page}.html`).toBe(n);
    }
  });
});

test('generic fallback exclusions are documented', () => {
  for (const s of GENERIC_EXCLUDED) {
    expect(s.note.length).toBeGreaterThan(3);
    expect(() => document.querySelector(s.css)).not.toThrow();
  }
});
