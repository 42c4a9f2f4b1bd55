// The Node-side glue shared by `npm run eval` and the holdout test: where
// the labelled drafts live, and how they are read.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDrafts } from './drafts';
import { parseSpanLabels, type SpanLabel } from './spans';
import type { LabeledDraft } from './drafts';

/** Resolved from this file, so it works whatever the current directory is. */
export const DRAFTS_PATH = fileURLToPath(new URL('../../test/fixtures/drafts.jsonl', import.meta.url));

/** The sealed holdout: written last, from other briefs; never tuned or trained on. */
export const SEALED_PATH = fileURLToPath(new URL('../../test/fixtures/drafts-sealed.jsonl', import.meta.url));

/** SHA-256 of the sealed holdout as committed; a test fails if the file changes. */
export const SEALED_SHA256 = '7dc16f467369491022275d4eb26bb27a5f063bae8a401decd706adcb049fad60';

/**
 * New batches land here first and are not trained on, so a data commit
 * stands alone: `npm run eval` scores them with the shipped model (a
 * forward check), and `scripts/corpus.ts --promote` later moves them into
 * the training file in a commit that also retrains the model.
 */
export const INCOMING_PATH = fileURLToPath(new URL('../../test/fixtures/drafts-incoming.jsonl', import.meta.url));
export const INCOMING_SPANS_PATH = fileURLToPath(new URL('../../test/fixtures/spans-incoming.jsonl', import.meta.url));

/** Blind span labels for the training drafts and for the sealed holdout (src/eval/spans.ts). */
export const SPANS_PATH = fileURLToPath(new URL('../../test/fixtures/spans.jsonl', import.meta.url));
export const SEALED_SPANS_PATH = fileURLToPath(new URL('../../test/fixtures/spans-sealed.jsonl', import.meta.url));

/** The blind span labels of a drafts file (throws an Error naming bad lines). */
export function loadSpans(drafts: readonly LabeledDraft[], path: string = SPANS_PATH): Map<string, SpanLabel> {
  return parseSpanLabels(readFileSync(path, 'utf8'), new Map(drafts.map((d) => [d.id, d.text])));
}

/** Reads and validates a drafts file; throws DraftsFileError or an fs error. */
export function loadDraftsFile(path: string = DRAFTS_PATH): LabeledDraft[] {
  return parseDrafts(readFileSync(path, 'utf8'));
}

/** The incoming batch and its spans; empty when nothing is waiting (an empty file is allowed). */
export function loadIncoming(): { drafts: LabeledDraft[]; spans: Map<string, SpanLabel> } {
  const source = readFileSync(INCOMING_PATH, 'utf8');
  if (source.trim() === '') return { drafts: [], spans: new Map() };
  const drafts = parseDrafts(source);
  return { drafts, spans: loadSpans(drafts, INCOMING_SPANS_PATH) };
}
