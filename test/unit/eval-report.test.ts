import { describe, expect, test } from 'vitest';
import type { Band, Status } from '../../src/engine/types';
import type { Label, LabeledDraft, Split } from '../../src/eval/drafts';
import { formatSplitReport, splitReport } from '../../src/eval/report';
import type { Scorer } from '../../src/eval/report';
import { formatSpamReport, spamReport } from '../../src/eval/spam';
import type { MailMessage, TextScorer } from '../../src/eval/spam';

function draft(id: string, split: Split, label: Label): LabeledDraft {
  return { id, split, label, site: 'x', kind: 'post', text: `text of ${id}`, note: '', source: 'test', line: 1 };
}

const bandOf = (score: number): Band => (score >= 70 ? 'human' : score >= 40 ? 'mixed' : 'broadcast');

/** A scorer driven by a table of id → score (null = unscored). */
const scorerFrom = (scores: Record<string, number | null>): Scorer => (d) => {
  const score = scores[d.id] ?? null;
  return { score, band: score === null ? null : bandOf(score) };
};

const DRAFTS = [
  draft('h1', 'sealed', 'human'),
  draft('h2', 'sealed', 'human'),
  draft('p1', 'sealed', 'promotional'),
  draft('p2', 'sealed', 'promotional'),
  draft('m1', 'sealed', 'mixed'),
  draft('t1', 'train', 'human'),
];

describe('splitReport', () => {
  test.each([
    {
      name: 'perfect scorer',
      scores: { h1: 90, h2: 75, p1: 10, p2: 30, m1: 50 },
      expected: { count: 5, unscored: 0, auc: 1, bandAccuracy: 1 },
    },
    {
      name: 'inverted scorer',
      scores: { h1: 10, h2: 20, p1: 80, p2: 90, m1: 10 },
      expected: { count: 5, unscored: 0, auc: 0, bandAccuracy: 0 },
    },
    {
      // Unscored drafts sit at 50 for AUC: p1 (45) < unscored h1 (50) < h2.
      name: 'unscored drafts count as 50 and as wrong bands',
      scores: { h1: null, h2: 80, p1: 45, p2: 60, m1: null },
      expected: { count: 5, unscored: 2, auc: 0.75, bandAccuracy: 0.2 },
    },
    {
      // Mixed drafts never enter the AUC, whatever they score.
      name: 'mixed excluded from AUC',
      scores: { h1: 70, h2: 70, p1: 39, p2: 39, m1: 100 },
      expected: { count: 5, unscored: 0, auc: 1, bandAccuracy: 0.8 },
    },
  ])('$name', ({ scores, expected }) => {
    const report = splitReport('sealed', DRAFTS, scorerFrom(scores));
    expect({ count: report.count, unscored: report.unscored, auc: report.auc, bandAccuracy: report.bandAccuracy })
      .toEqual(expected);
  });

  test('fills the confusion table by label and predicted band', () => {
    const report = splitReport('sealed', DRAFTS, scorerFrom({ h1: 90, h2: 50, p1: 10, p2: null, m1: 20 }));
    expect(report.confusion).toEqual({
      human: { human: 1, mixed: 1, broadcast: 0, unscored: 0 },
      promotional: { human: 0, mixed: 0, broadcast: 1, unscored: 1 },
      mixed: { human: 0, mixed: 0, broadcast: 1, unscored: 0 },
    });
  });

  test('a split with one class has an undefined (NaN) AUC, printed as n/a', () => {
    const report = splitReport('train', DRAFTS, scorerFrom({ t1: 80 }));
    expect(report.auc).toBeNaN();
    expect(formatSplitReport(report)).toContain('ROC AUC human vs promotional: n/a');
  });

  test('formatted report names the split, counts, AUC, accuracy and every label row', () => {
    const text = formatSplitReport(splitReport('sealed', DRAFTS, scorerFrom({ h1: 90, h2: 75, p1: 10, p2: 30, m1: 50 })));
    for (const expected of ['== sealed ==', 'drafts: 5', 'unscored: 0', 'ROC AUC human vs promotional: 1.000',
      'band accuracy: 100.0%', 'promotional', 'human', 'mixed', 'broadcast']) {
      expect(text).toContain(expected);
    }
  });
});

describe('spamReport', () => {
  const mail = (id: string, group: string, body: string): MailMessage => ({
    id, group, text: `Subject: ${id}\nContent-Type: text/plain\n\n${body}`,
  });
  const MESSAGES = [
    mail('1', 'easy-ham-1', 'ham 80'),
    mail('2', 'easy-ham-2', 'ham 60'),
    mail('3', 'spam-1', 'spam 20'),
    mail('4', 'spam-2', 'spam short'),
    // 35 beats spam 20 but loses to the unscored spam, which counts as 50.
    mail('5', 'hard-ham-1', 'hard 35'),
  ];
  // Reads the score out of the decoded body, so the test also proves the
  // scorer receives the MIME-decoded text, not the raw message.
  const score: TextScorer = (text) => {
    const n = /(\d+)$/.exec(text)?.[1];
    const status: Status = n === undefined ? 'too-short' : 'scored';
    return { score: n === undefined ? null : Number(n), status };
  };

  test.each([
    { name: 'spam vs easy ham (default groups)', ham: undefined, expected: { ham: 2, spam: 2, auc: 1, unscored: { 'too-short': 1 } } },
    { name: 'spam vs hard ham', ham: ['hard-ham-1'], expected: { ham: 1, spam: 2, auc: 0.5, unscored: { 'too-short': 1 } } },
  ])('$name', ({ ham, expected }) => {
    const report = spamReport(MESSAGES, score, ham);
    expect({ ham: report.ham, spam: report.spam, auc: report.auc, unscored: report.unscored }).toEqual(expected);
    expect(report.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  test('formatted report shows counts, unscored by status and AUC', () => {
    const text = formatSpamReport('spam vs ham', spamReport(MESSAGES, score));
    for (const expected of ['== spam vs ham ==', 'ham: 2', 'spam: 2', 'unscored: 1 (too-short 1', 'ROC AUC (ham scores higher than spam): 1.000', 'elapsed:']) {
      expect(text).toContain(expected);
    }
  });
});
