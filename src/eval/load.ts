// The Node-side glue shared by `npm run eval` and the holdout test: where
// the labelled drafts live, and how they are read.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDrafts } from './drafts';
import type { LabeledDraft } from './drafts';

/** Resolved from this file, so it works whatever the current directory is. */
export const DRAFTS_PATH = fileURLToPath(new URL('../../test/fixtures/drafts.jsonl', import.meta.url));

/** The sealed holdout: written last, from other briefs; never tuned or trained on. */
export const SEALED_PATH = fileURLToPath(new URL('../../test/fixtures/drafts-sealed.jsonl', import.meta.url));

/** SHA-256 of the sealed holdout as committed; a test fails if the file changes. */
export const SEALED_SHA256 = '6e21b347caa98080e0622121d9697066d83c664f1a58661c4402ba7131a64bad';

/** Reads and validates a drafts file; throws DraftsFileError or an fs error. */
export function loadDraftsFile(path: string = DRAFTS_PATH): LabeledDraft[] {
  return parseDrafts(readFileSync(path, 'utf8'));
}
