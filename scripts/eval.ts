// `npm run eval`: scoring quality on the project's labelled drafts (per
// split) and on the SpamAssassin public corpus. The logic lives in
// src/eval/ so tests can use it; this file only loads, runs and prints.
//
//   npm run eval -- [--drafts FILE] [--no-spam]

import { scoreDraft } from '../src/engine/index';
import { DraftsFileError, SPLITS } from '../src/eval/drafts';
import type { LabeledDraft } from '../src/eval/drafts';
import { DRAFTS_PATH, loadDraftsFile, scoreLabeledDraft } from '../src/eval/load';
import { formatSplitReport, splitReport } from '../src/eval/report';
import {
  EASY_HAM_GROUPS, HARD_HAM_GROUPS, formatSpamReport, loadSpamAssassin, spamReport,
} from '../src/eval/spam';
import type { TextScorer } from '../src/eval/spam';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { draftsPath: string; spam: boolean } {
  let draftsPath = DRAFTS_PATH;
  let spam = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-spam') spam = false;
    else if (arg === '--drafts' && argv[i + 1] !== undefined) draftsPath = argv[++i] ?? draftsPath;
    else fail(`unknown argument ${arg ?? ''}; usage: npm run eval -- [--drafts FILE] [--no-spam]`);
  }
  return { draftsPath, spam };
}

function loadDraftsOrExit(path: string): LabeledDraft[] {
  try {
    return loadDraftsFile(path);
  } catch (error) {
    if (error instanceof DraftsFileError) fail(`${path}: ${error.message}`);
    fail(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const { draftsPath, spam } = parseArgs(process.argv.slice(2));
const drafts = loadDraftsOrExit(draftsPath);
console.log(`Labelled drafts: ${draftsPath} (${drafts.length})\n`);
for (const split of SPLITS) {
  console.log(`${formatSplitReport(splitReport(split, drafts, scoreLabeledDraft))}\n`);
}

if (spam) {
  const loadStarted = performance.now();
  const corpus = loadSpamAssassin();
  console.log(`SpamAssassin corpus: ${corpus.length} messages loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`);
  // Spam is scored against both ham sets; memoising by body text avoids
  // scoring each spam twice.
  const cache = new Map<string, ReturnType<TextScorer>>();
  const score: TextScorer = (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const result = scoreDraft(text, { kind: 'post' });
    cache.set(text, result);
    return result;
  };
  console.log(`${formatSpamReport(`spam vs easy ham (${EASY_HAM_GROUPS.join(' + ')})`, spamReport(corpus, score))}\n`);
  console.log(
    formatSpamReport(`spam vs hard ham (${HARD_HAM_GROUPS.join(' + ')}), for information`, spamReport(corpus, score, HARD_HAM_GROUPS)),
  );
}
