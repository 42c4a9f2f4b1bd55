// Scoring happens in the extension's background, not in the page (issue 14):
// the coach sends the draft to its own background by runtime message, in
// memory, and gets the DraftScore back. The text never leaves the browser
// and is never stored; only the background (an extension context, not a
// page) receives it. What the page's main thread keeps is reading the
// editor, one message, and painting the answer.
import type { DraftScore, Kind, RuleSetting, Site } from '../engine/types';
import { KINDS, SITES } from '../engine/types';
import { isObject } from '../is-object';

export const SCORE_REQUEST = 'communis:score';
export const WARM_REQUEST = 'communis:warm';

export interface ScoreRequest {
  type: typeof SCORE_REQUEST;
  text: string;
  site: Site;
  kind: Kind;
  replyTo?: string;
  rules: Record<string, RuleSetting>;
}

/** Asks the background to warm the engine (compile its regular expressions) before the first score. */
export interface WarmRequest {
  type: typeof WARM_REQUEST;
}

/**
 * Longest draft scored: the engine handles 100,000 characters (DESIGN.md);
 * no site's composer takes more (X's longest posts are 25,000). Longer text
 * is refused, not cut, so a finding's span always points into what the
 * writer sees.
 */
export const MAX_SCORE_CHARS = 100_000;
/** Longest name of a person answered (names and handles are short; this only bounds odd input). */
const MAX_REPLY_TO = 200;
/** Most rule settings in one request (there are 31 rules; this only bounds odd input). */
const MAX_RULES = 200;


const isRuleSetting = (v: unknown): v is RuleSetting => v === 'off' || (typeof v === 'number' && Number.isFinite(v));

/** A well-formed score request; anything else is not answered. */
export function isScoreRequest(m: unknown): m is ScoreRequest {
  if (!isObject(m) || m.type !== SCORE_REQUEST) return false;
  if (typeof m.text !== 'string' || m.text.length > MAX_SCORE_CHARS) return false;
  if (!SITES.includes(m.site as Site) || !KINDS.includes(m.kind as Kind)) return false;
  if (m.replyTo !== undefined && (typeof m.replyTo !== 'string' || m.replyTo.length > MAX_REPLY_TO)) return false;
  if (!isObject(m.rules)) return false;
  const entries = Object.entries(m.rules);
  return entries.length <= MAX_RULES && entries.every(([, v]) => isRuleSetting(v));
}

export function isWarmRequest(m: unknown): m is WarmRequest {
  return isObject(m) && m.type === WARM_REQUEST;
}

/**
 * Scores a draft now (a function in tests and the CLI) or later (a message
 * to the background in the extension). The coach handles both: a plain
 * value is shown at once, a promise when it settles, if the text is still
 * the same.
 */
export type Scorer = (request: Omit<ScoreRequest, 'type'>) => DraftScore | Promise<DraftScore>;

/** What a score answer must look like before the coach trusts it (a background mid-update may answer oddly). */
export function isDraftScore(v: unknown): v is DraftScore {
  return isObject(v) && Array.isArray(v.findings) && Array.isArray(v.nudges) && Array.isArray(v.praise) && isObject(v.axes) && typeof v.status === 'string';
}

/** The scorer of the extension: a message to the background, which answers with the DraftScore. */
export function messageScorer(send: (message: ScoreRequest) => Promise<unknown>): Scorer {
  return async (request) => {
    const answer = await send({ type: SCORE_REQUEST, ...request });
    if (!isDraftScore(answer)) throw new Error('the background did not answer with a score');
    return answer;
  };
}
