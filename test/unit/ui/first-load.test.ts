// The journal page's first two requests (first-load.ts): sent at once with the
// page's defaults, and handed over together, so the first frame has both.
import { describe, expect, test } from 'vitest';
import { CHART_WEEKS, firstLoad, LIST_LIMIT, PAGE_SIZE } from '../../../src/ui/journal/first-load';
import type { Overview } from '../../../src/journal/types';

type Page = { entries: never[]; total: number };
function deferred<T>() {
  let resolve!: (v: T) => void, reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}
const OVERVIEW = { waiting: 2 } as unknown as Overview;
const PAGE: Page = { entries: [], total: 7 };

function fake() {
  const calls: Array<[string, unknown]> = [];
  const o = deferred<Overview>(), p = deferred<Page>();
  const api = {
    overview: (opts: unknown) => { calls.push(['overview', opts]); return o.promise; },
    listEntries: (f: unknown) => { calls.push(['listEntries', f]); return p.promise; },
  };
  return { api, calls, o, p };
}

/** Lets every queued promise job run (the two answers arrive as separate tasks in the page). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('firstLoad', () => {
  test('sends both requests at once, with the page defaults and the given time', () => {
    const { api, calls } = fake();
    firstLoad(api, new Date('2026-03-05T10:00:00.000Z'));
    expect(calls).toEqual([
      ['overview', { now: '2026-03-05T10:00:00.000Z', weeks: CHART_WEEKS, limit: LIST_LIMIT }],
      ['listEntries', { offset: 0, limit: PAGE_SIZE }],
    ]);
    expect([CHART_WEEKS, PAGE_SIZE, LIST_LIMIT]).toEqual([12, 50, 5]);
  });

  test.each([
    ['the overview answers first', 'o'],
    ['the first page answers first', 'p'],
  ] as const)('%s: neither is handed over until both are in', async (_name, first) => {
    const { api, o, p } = fake();
    const load = firstLoad(api, new Date());
    const seen: string[] = [];
    void load.overview.then(() => seen.push('overview'));
    void load.firstPage.then(() => seen.push('page'));
    if (first === 'o') o.resolve(OVERVIEW); else p.resolve(PAGE);
    await settle();
    expect(seen).toEqual([]);
    if (first === 'o') p.resolve(PAGE); else o.resolve(OVERVIEW);
    await settle();
    expect(seen.sort()).toEqual(['overview', 'page']);
    await expect(load.overview).resolves.toBe(OVERVIEW);
    await expect(load.firstPage).resolves.toBe(PAGE);
  });

  test.each([
    ['the overview fails', 'o'],
    ['the first page fails', 'p'],
  ] as const)('%s: that one rejects with its own error once both are in, the other still answers', async (_name, failing) => {
    const { api, o, p } = fake();
    const load = firstLoad(api, new Date());
    const boom = new Error('The journal did not answer; try again.');
    if (failing === 'o') { o.reject(boom); p.resolve(PAGE); } else { p.reject(boom); o.resolve(OVERVIEW); }
    await settle();
    if (failing === 'o') {
      await expect(load.overview).rejects.toBe(boom);
      await expect(load.firstPage).resolves.toBe(PAGE);
    } else {
      await expect(load.firstPage).rejects.toBe(boom);
      await expect(load.overview).resolves.toBe(OVERVIEW);
    }
  });

  test('a failure nobody has read yet is not reported as unhandled', async () => {
    const { api, o, p } = fake();
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      firstLoad(api, new Date());
      o.reject(new Error('no'));
      p.reject(new Error('no'));
      await settle();
      await settle();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});
