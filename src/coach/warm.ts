// Warms the tokenizer and the rules in idle time, right after the coach's
// chunk loads, so the first real score of the page is not the task that
// compiles them (V8 compiles a function on its first call; compromise's
// tokenizer is the bulk of it). Each step is a separate idle callback, so no
// single task carries the whole compile.
import { scoreDraft } from '../engine/index';

/** Short drafts that, between them, reach the sentence splitter, the term tokenizer and every rule's code path. */
const WARM_DRAFTS = [
  'Hi there.',
  'Thanks @ada, great point about onboarding!',
  'Excited to announce our new app! Sign up today and save 20% (link in bio), only 3 spots left. #launch #growth',
  'What would you change first if you joined a team with no tests? Happy to share my notes if it helps.',
];

type IdleWindow = Pick<Window, 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;

let warmed = false;

/** Runs one warm-up step per idle period (at most 1 s late each), once per page. */
export function warmUp(win: IdleWindow, onDone: () => void = () => {}): void {
  if (warmed) {
    onDone();
    return;
  }
  warmed = true;
  const steps = WARM_DRAFTS.map((text) => () => void scoreDraft(text, { site: 'generic', kind: 'reply', replyTo: 'ada' }));
  const next = (): void => {
    const step = steps.shift();
    if (!step) return onDone();
    step();
    later(next);
  };
  const later = (fn: () => void): void => {
    if (win.requestIdleCallback) win.requestIdleCallback(fn, { timeout: 1000 });
    else win.setTimeout(fn, 0);
  };
  later(next);
}
