// The engine's warm-up: one small step per idle callback (the tokenizer
// alone, then each rule alone), scores asked for meanwhile wait for its end
// (at most MAX_WAIT_MS) and then run each in a task of its own. The window
// is a fake whose callbacks run when the test says so: no time is measured.
import { afterEach, expect, test, vi } from 'vitest';
import { RULES } from '../../../src/engine/index';
import { MAX_WAIT_MS, resetWarmUp, warmSteps, warmUp, whenWarm, WARM_DRAFTS } from '../../../src/coach/warm';

afterEach(() => resetWarmUp());

function fakeWindow() {
  const idle: Array<() => void> = [];
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let id = 0;
  return {
    idle,
    timers,
    /** Runs the timers due after `ms` (all zero-delay ones when 0), in order. */
    runTimers(ms = 0) {
      for (const [k, t] of [...timers]) {
        if (t.ms > ms) continue;
        timers.delete(k);
        t.fn();
      }
    },
    requestIdleCallback: vi.fn((fn: () => void, opts?: { timeout?: number }) => {
      expect(opts?.timeout).toBeGreaterThan(0); // never starved for ever
      idle.push(fn);
      return idle.length;
    }),
    setTimeout: vi.fn((fn: () => void, ms = 0) => {
      timers.set(++id, { fn, ms });
      return id;
    }),
    clearTimeout: vi.fn((k: number) => void timers.delete(k)),
  };
}
const asWindow = (w: ReturnType<typeof fakeWindow>) => w as unknown as Window;

test('one step per draft and form: the tokenizer alone, each rule alone, all together', () => {
  // Each draft in a one-byte and a two-byte form.
  expect(warmSteps()).toHaveLength(1 + 2 * WARM_DRAFTS.length * (1 + RULES.length + 1));
});

test('before any warm-up (unit tests, tools) scores run at once', () => {
  const fn = vi.fn();
  whenWarm(fn);
  expect(fn).toHaveBeenCalledOnce();
});

test('a score asked for during the warm-up waits for its end, then runs in its own task', () => {
  const win = fakeWindow();
  warmUp(asWindow(win));
  const score = vi.fn();
  whenWarm(score);
  let steps = 0;
  while (win.idle.length) {
    win.idle.shift()!();
    steps++;
    win.runTimers(0);
    if (win.idle.length) expect(score).not.toHaveBeenCalled();
  }
  // Steps share idle periods a few milliseconds at a time: more than one
  // period (no single long task), at most one per step.
  expect(steps).toBeGreaterThan(1);
  expect(steps).toBeLessThanOrEqual(warmSteps().length);
  win.runTimers(0);
  expect(score).toHaveBeenCalledOnce();
  expect(win.timers.size).toBe(0); // the longest-wait timer was cleared
  // Warm now: later scores run at once, and a second warmUp() does nothing.
  warmUp(asWindow(win));
  expect(win.idle).toHaveLength(0);
  const later = vi.fn();
  whenWarm(later);
  expect(later).toHaveBeenCalledOnce();
});

test(`a score never waits more than ${MAX_WAIT_MS} ms; after that, scores no longer wait`, () => {
  const win = fakeWindow();
  warmUp(asWindow(win));
  const first = vi.fn();
  const second = vi.fn();
  whenWarm(first);
  whenWarm(second);
  // The page is never idle: only the longest-wait timer fires.
  win.runTimers(MAX_WAIT_MS);
  win.runTimers(0);
  expect(first).toHaveBeenCalledOnce();
  expect(second).toHaveBeenCalledOnce();
  const third = vi.fn();
  whenWarm(third);
  expect(third).toHaveBeenCalledOnce();
  // The warm-up itself carries on in idle time.
  expect(win.idle.length).toBe(1);
});
