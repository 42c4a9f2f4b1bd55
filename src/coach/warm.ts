// Warms the engine in idle time, right after the coach's chunk loads, so
// that no score of the page is the task that pays for compiling it.
//
// What is slow the first time (measured: ~160 ms for the first score at 4×
// CPU throttling, then 50–90 ms spikes on later ones) is mostly V8 compiling
// the rules' regular expressions: once to bytecode on their first run, and
// again to machine code on a later run (regexp tier-up), and all of it once
// more for two-byte strings. So the warm-up runs the tokenizer alone first,
// then each rule on its own, one draft per step, one step per idle callback:
// the compile is spread over ~140 short tasks instead of landing in a score.
// Scores asked for meanwhile wait for the end of the warm-up (whenWarm), but
// never more than a second: on a page that is never idle, being scored
// matters more than where the compile lands.
import { RULES, scoreDraft } from '../engine/index';
import type { RuleSetting } from '../engine/types';

/** Drafts that between them reach the tokenizer and every rule's code path (promotional, human, a reply). */
export const WARM_DRAFTS = [
  'Excited to announce our new app! Sign up today and save 20% (link in bio), only 3 spots left. #launch #growth #ai',
  'Thanks @ada, great point about onboarding. What would you change first? Happy to share my notes if it helps.',
  'We ran 12 interviews in 3 weeks; the lesson: people buy outcomes. Congrats on the new role, Maya! I built our best product ever.',
];

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;

/** Longest a score waits for the warm-up: after that the person is waiting, and scores run at once. */
export const MAX_WAIT_MS = 1000;
/** Longest an idle step waits for an idle period: a page that is never idle still gets warmed. */
export const STEP_TIMEOUT_MS = 100;

/** 'cold': nobody asked for a warm-up (unit tests): scores run at once. */
let state: 'cold' | 'warming' | 'warm' = 'cold';
let win: IdleWindow | null = null;
const waiting: Array<() => void> = [];
let waitTimer: number | undefined;
/** A score waited MAX_WAIT_MS: the rest of the warm-up no longer holds scores back. */
let impatient = false;

/** Each waiting score in its own task, for the same reason as the warm-up's steps. */
function release(): void {
  if (waitTimer !== undefined) win?.clearTimeout(waitTimer);
  waitTimer = undefined;
  for (const fn of waiting.splice(0)) win?.setTimeout(fn, 0);
}

/** Runs `fn` now, or at the end of a warm-up in progress (at most MAX_WAIT_MS later). */
export function whenWarm(fn: () => void): void {
  if (state !== 'warming' || impatient || !win) return fn();
  waiting.push(fn);
  waitTimer ??= win.setTimeout(() => {
    waitTimer = undefined;
    impatient = true;
    release();
  }, MAX_WAIT_MS);
}

/** Every rule off but `keep` (or all of them off when `keep` is null: the tokenizer alone). */
function only(keep: string | null): Record<string, RuleSetting> {
  return Object.fromEntries(RULES.filter((r) => r.id !== keep).map((r) => [r.id, 'off' as const]));
}

/**
 * V8 compiles a regular expression separately for one-byte (Latin-1) and
 * two-byte subject strings, and text read from an editor is often two-byte
 * (typed text, curly quotes, emoji): every draft is warmed in both forms.
 */
const TWO_BYTE = ' \u2014 \u2019';
const forms = (text: string) => [text, text + TWO_BYTE];

/**
 * The warm-up's steps, in order: the tokenizer alone (one draft per step),
 * then each rule alone (one draft per step, twice per form, so that both the
 * first compile and the tier-up to machine code happen here), then
 * everything together.
 */
export function warmSteps(): Array<() => void> {
  const score = (text: string, i: number, rules?: Record<string, RuleSetting>) => () =>
    void scoreDraft(text, { site: 'x', kind: i === 1 ? 'reply' : 'post', replyTo: i === 1 ? 'ada' : undefined, rules });
  const drafts = WARM_DRAFTS.flatMap((d, i) => forms(d).map((text) => ({ text, i })));
  const tokenizer = [score('Hi there, friend.', 0, only(null)), ...drafts.map(({ text, i }) => score(text, i, only(null)))];
  const rules = RULES.flatMap((r) => drafts.map(({ text, i }) => score(text, i, only(r.id))));
  const together = drafts.map(({ text, i }) => score(text, i));
  return [...tokenizer, ...rules, ...together];
}

/**
 * Steps share one idle period while they fit in this budget: most take a
 * millisecond or two, so one step per period would stretch the warm-up
 * (and the first score, which waits for it) over hundreds of frames.
 */
const STEP_BUDGET_MS = 8;

/** Runs warm-up steps in idle periods (each at most STEP_TIMEOUT_MS late), a few milliseconds at a time, once per page. */
export function warmUp(w: IdleWindow): void {
  if (state !== 'cold') return;
  state = 'warming';
  win = w;
  const steps = warmSteps();
  const later = (fn: (deadline?: IdleDeadline) => void): void => {
    if (w.requestIdleCallback) w.requestIdleCallback(fn, { timeout: STEP_TIMEOUT_MS });
    else w.setTimeout(fn, 0);
  };
  const next = (deadline?: IdleDeadline): void => {
    const started = performance.now();
    try {
      for (let step = steps.shift(); step; step = steps.shift()) {
        step();
        const spent = performance.now() - started;
        if (spent >= STEP_BUDGET_MS || (deadline !== undefined && !deadline.didTimeout && deadline.timeRemaining() <= 1)) break;
      }
    } finally {
      if (steps.length > 0) later(next);
      else finish();
    }
  };
  const finish = (): void => {
    state = 'warm';
    release();
  };
  later(next);
}

/** For tests: forget the warm-up. */
export function resetWarmUp(): void {
  state = 'cold';
  waiting.length = 0;
  win = null;
  waitTimer = undefined;
  impatient = false;
}
