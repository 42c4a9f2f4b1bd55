// The background's side of scoring: answers the coach's score requests with
// the engine, and warms the engine when a coach first loads in a tab, so
// that the first score of a session does not pay for compiling the rules.
// All of this runs in the background, off every page's main thread.
import { scoreDraft } from '../engine/index';
import type { DraftScore } from '../engine/types';
import type { ScoreRequest } from './request';

export function handleScoreRequest(request: ScoreRequest): DraftScore {
  return scoreDraft(request.text, { site: request.site, kind: request.kind, replyTo: request.replyTo, rules: request.rules });
}

/** Drafts that between them reach the tokenizer and every rule's code path (promotional, human, a reply). */
export const WARM_DRAFTS = [
  'Excited to announce our new app! Sign up today and save 20% (link in bio), only 3 spots left. #launch #growth #ai',
  'Thanks @ada, great point about onboarding. What would you change first? Happy to share my notes if it helps.',
  'We ran 12 interviews in 3 weeks; the lesson: people buy outcomes. Congrats on the new role, Maya! I built our best product ever.',
];

/**
 * V8 compiles a regular expression separately for one-byte (Latin-1) and
 * two-byte subject strings, and text typed into an editor is often two-byte
 * (curly quotes, dashes, emoji): each draft is run in both forms, and twice,
 * so that both the first compile and the tier-up to machine code happen here.
 */
const TWO_BYTE = ' \u2014 \u2019';

let warm = false;

/** Runs the warm drafts once per background lifetime; later calls do nothing. Returns whether it ran. */
export function warmEngine(): boolean {
  if (warm) return false;
  warm = true;
  for (let pass = 0; pass < 2; pass++) {
    WARM_DRAFTS.forEach((draft, i) => {
      for (const text of [draft, draft + TWO_BYTE]) {
        scoreDraft(text, { site: 'x', kind: i === 1 ? 'reply' : 'post', replyTo: i === 1 ? 'ada' : undefined });
      }
    });
  }
  return true;
}

/** For tests: forget the warm-up. */
export function resetWarmEngine(): void {
  warm = false;
}
