// The import's checking phase reports progress and can be cancelled, in
// process and over the import port, like the writing phase; a cancel while
// checking changes nothing.
import { describe, expect, test } from 'vitest';
import { CHECK_CHUNK } from '../../../src/journal/import';
import type { ImportProgress } from '../../../src/journal/importer';
import { importOverPort, serveImportPort, type PortLike } from '../../../src/journal/rpc';
import { freshJournal, snapshot } from './helpers';

/** A file of one person and `n` entries. */
function bigFile(n: number): string {
  const people = [{ id: 'x:@many', site: 'x', handle: '@many', displayName: 'Many', firstSeen: '2024-01-01T00:00:00.000Z', lastInteraction: '2024-01-01T00:00:00.000Z' }];
  const entries = Array.from({ length: n }, (_, i) => ({
    id: `bulk-${i}`, personId: 'x:@many', site: 'x', direction: 'gave', kind: 'reply', note: `n${i}`, date: '2024-01-01T00:00:00.000Z',
  }));
  return JSON.stringify({ format: 'communis-journal', version: 2, exportedAt: '2024-01-02T00:00:00.000Z', people, entries });
}

/** One end of a port whose messages arrive later (a macrotask), as between a page and the background. */
class End implements PortLike {
  peer: End | undefined;
  readonly heard: ((m: unknown) => void)[] = [];
  readonly closed: (() => void)[] = [];
  onMessage = { addListener: (fn: (m: unknown) => void) => { this.heard.push(fn); } };
  onDisconnect = { addListener: (fn: () => void) => { this.closed.push(fn); } };
  postMessage(m: unknown) {
    const copy = structuredClone(m);
    setTimeout(() => { for (const fn of this.peer?.heard ?? []) fn(copy); }, 0);
  }
  disconnect() {
    setTimeout(() => { for (const fn of this.peer?.closed ?? []) fn(); }, 0);
  }
}
function portPair(): [End, End] {
  const a = new End(), b = new End();
  a.peer = b;
  b.peer = a;
  return [a, b];
}

describe('checking an import', () => {
  const N = 3 * CHECK_CHUNK + 500;
  test.each([
    ['at the start', 0],
    ['after the first chunk', CHECK_CHUNK],
    ['when every record is checked', N + 1],
  ])('cancelled in process %s: an AbortError, and nothing changes', async (_when, at) => {
    const j = await freshJournal();
    await j.addEntry({ site: 'x', person: '@ada', direction: 'gave', kind: 'reply', date: '2024-05-01T10:00:00Z' });
    const before = await snapshot(j);
    const controller = new AbortController();
    const seen: string[] = [];
    const result = j.importJson(bigFile(N), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(`${p.phase} ${p.done}/${p.total}`);
        if (p.phase === 'checking' && p.done === at) controller.abort();
      },
    });
    await expect(result).rejects.toMatchObject({ name: 'AbortError', message: 'The import was cancelled; nothing was changed.' });
    expect(seen.at(-1)).toBe(`checking ${at}/${N + 1}`); // stopped right there: no later step, no writing
    expect(await snapshot(j)).toEqual(before);
  });

  test('over the port: the page sees the checking advance, and a cancel while checking is heard before the writing', async () => {
    const j = await freshJournal();
    const before = await snapshot(j);
    const [page, background] = portPair();
    serveImportPort(background, (text, opts) => j.importJson(text, opts));
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const N = 10 * CHECK_CHUNK;
    const result = importOverPort(() => page, bigFile(N), (p) => {
      seen.push(p);
      if (p.phase === 'checking' && p.done >= CHECK_CHUNK) controller.abort();
    }, controller.signal);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.every((p) => p.phase === 'checking' && p.total === N + 1)).toBe(true);
    expect(seen.some((p) => p.done > 0)).toBe(true);
    expect(seen.at(-1)?.done).toBeLessThan(N + 1); // the checking did not run to its end
    expect(await snapshot(j)).toEqual(before);
  });

  test('over the port, not cancelled: checking, then writing, then done', async () => {
    const j = await freshJournal();
    const [page, background] = portPair();
    serveImportPort(background, (text, opts) => j.importJson(text, opts));
    const phases: string[] = [];
    const report = await importOverPort(() => page, bigFile(CHECK_CHUNK + 1), (p) => phases.push(`${p.phase} ${p.done}/${p.total}`), new AbortController().signal);
    expect(report).toMatchObject({ added: CHECK_CHUNK + 1, people: 1 });
    expect(phases).toEqual([`checking 0/${CHECK_CHUNK + 2}`, `checking ${CHECK_CHUNK}/${CHECK_CHUNK + 2}`, `checking ${CHECK_CHUNK + 2}/${CHECK_CHUNK + 2}`, `writing ${CHECK_CHUNK}/${CHECK_CHUNK + 1}`, `done ${CHECK_CHUNK + 1}/${CHECK_CHUNK + 1}`]);
  });
});
