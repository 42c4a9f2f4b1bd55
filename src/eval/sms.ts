// The SMS Spam Collection (Almeida & Gómez Hidalgo, UCI, CC BY 4.0), from
// ../shared/data/sms-spam-collection/: short, informal English that nobody
// in this project wrote. An outside check of the promotional signal and of
// "informal English is English" (how many messages get no score). A check,
// never a tuning set.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Status } from '../engine/types';
import { UNSCORED_AUC_SCORE } from './report';
import { rocAuc } from './roc';
import type { SpamReport, TextScorer } from './spam';

export const SMS_PATH = fileURLToPath(new URL('../../../shared/data/sms-spam-collection/SMSSpamCollection.tsv', import.meta.url));

export interface Sms {
  spam: boolean;
  text: string;
}

/** Parses the TSV (`label<TAB>text`, header line first); throws on a malformed line. */
export function parseSms(tsv: string): Sms[] {
  const out: Sms[] = [];
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab);
    if (tab < 0 || (label !== 'ham' && label !== 'spam')) throw new Error(`line ${i + 1}: expected "ham|spam<TAB>text"`);
    out.push({ spam: label === 'spam', text: line.slice(tab + 1) });
  });
  return out;
}

/** The collection, or null when the shared data folder is not there (a bare clone). */
export function loadSms(path: string = SMS_PATH): Sms[] | null {
  return existsSync(path) ? parseSms(readFileSync(path, 'utf8')) : null;
}

export function smsReport(messages: readonly Sms[], score: TextScorer): SpamReport {
  const started = performance.now();
  const scores: number[] = [];
  const isHam: boolean[] = [];
  const unscored: Partial<Record<Status, number>> = {};
  for (const m of messages) {
    const result = score(m.text);
    if (result.score === null) unscored[result.status] = (unscored[result.status] ?? 0) + 1;
    scores.push(result.score ?? UNSCORED_AUC_SCORE);
    isHam.push(!m.spam);
  }
  const spam = messages.filter((m) => m.spam).length;
  return { ham: messages.length - spam, spam, unscored, auc: rocAuc(scores, isHam), elapsedMs: performance.now() - started };
}
