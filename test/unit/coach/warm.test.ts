// The engine's warm-up: one small step per idle callback (the tokenizer
// alone, then each rule alone), scores asked for meanwhile wait for its end
// and then run each in a task of its own. Nothing here measures time.
import { afterEach, expect, test, vi } from 'vitest';
import { RULES } from '../../../src/engine/index';
import { resetWarmUp, warmSteps, warmUp, whenWarm, WARM_DRAFTS } from '../../../src/coach/warm';

afterEach(() => resetWarmUp());

/** A window whose idle callbacks and timers run only when the test says so. */
function fakeWindow() {
  const idle: Array<() => void> = [];
  const timers: Array<() => void> = [];
  return {
    idle,
    timers,
    requestIdleCallback: vi.fn((fn: () => void, opts?: { timeout?: number }) => {
      expect(opts?.timeout).toBeGreaterThan(0); // never starved for ever
      idle.push(fn);
      return idle.length;
    }),
    setTimeout: vi.fn((fn: () => void) => {
      timers.push(fn);
      return timers.length;
    }),
  };
}

test('one step for each tokenizer draft, one for each rule, one for all together', () => {
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
  warmUp(win as unknown as Window);
  const score = vi.fn();
  whenWarm(score);
  let steps = 0;
  while (win.idle.length) {
    win.idle.shift()!();
    steps++;
    if (win.idle.length) expect(score).not.toHaveBeenCalled();
  }
  // Steps share idle periods a few milliseconds at a time: more than one
  // period (no single long task), at most one per step.
  expect(steps).toBeGreaterThan(1);
  expect(steps).toBeLessThanOrEqual(warmSteps().length);
  expect(score).not.toHaveBeenCalled();
  expect(win.timers).toHaveLength(1);
  win.timers.shift()!();
  expect(score).toHaveBeenCalledOnce();
  // Warm now: later scores run at once, and a second warmUp() does nothing.
  warmUp(win as unknown as Window);
  expect(win.idle).toHaveLength(0);
  const later = vi.fn();
  whenWarm(later);
  expect(later).toHaveBeenCalledOnce();
});
