// `npm run train`: trains the learned layer on the training drafts (never
// the sealed holdout) and writes src/engine/learned/model.generated.ts.
// Deterministic: the same corpus and code give the same file, which a unit
// test checks (test/unit/engine/learned.test.ts).
//
//   npm run train -- [--check]   (--check: exit 1 if the file is out of date)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDraftsFile, loadSpans } from '../src/eval/load';
import { MODEL_PATH, modelHeader, renderModelModule, trainShippedModel } from '../src/eval/model-file';

const check = process.argv.includes('--check');
const drafts = loadDraftsFile();
const { source, result } = renderModelModule(trainShippedModel(drafts, loadSpans(drafts)), drafts);
const path = fileURLToPath(MODEL_PATH);
if (check) {
  const current = readFileSync(path, 'utf8');
  if (current !== source) {
    const trainedOn = modelHeader(current)?.count ?? '?';
    process.stderr.write(`train: ${path} is out of date (trained on ${trainedOn} of ${drafts.length} training drafts); run npm run train\n`);
    process.exit(1);
  }
  console.log('learned model is up to date');
} else {
  writeFileSync(path, source);
  console.log(`wrote ${path}: ${result.vocabulary} features with support, ${result.kept} kept as costs, ${source.length} bytes`);
}
