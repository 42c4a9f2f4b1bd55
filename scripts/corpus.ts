// Builds a labelled drafts file from writers' raw output (one JSONL file per
// brief, written by helpers who never saw src/engine/). Each line keeps its
// provenance ("brief:<prefix>"), the writer's persona and intent, and the
// hard-case category it was asked for. Near-copies are dropped, within the
// batch and against the files given with --against (the sealed holdout),
// and reported.
//
//   npx tsx scripts/corpus.ts --split train|sealed --out FILE [--against FILE]... RAW.jsonl...
//   npx tsx scripts/corpus.ts --promote
//
// Lines already in --out are kept as they are; new ones are appended. A new
// training batch goes to test/fixtures/drafts-incoming.jsonl (with its spans
// in spans-incoming.jsonl), which training does not read, so the data is
// committed on its own; --promote then moves the incoming drafts and spans
// into the training files (as split "train", appended) and empties the
// incoming ones; the retrained model (`npm run train`) follows in its own commit.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dropNearCopies } from '../src/eval/dedupe';
import { parseDrafts, type Split } from '../src/eval/drafts';
import { DRAFTS_PATH, INCOMING_PATH, INCOMING_SPANS_PATH, SPANS_PATH } from '../src/eval/load';
import { promoteBatch } from '../src/eval/promote';

function fail(message: string): never {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--promote')) {
  if (args.length !== 1) fail('usage: corpus.ts --promote (nothing else)');
  promote();
  process.exit(0);
}

function promote(): void {
  const read = (drafts: string, spans: string) => ({ drafts: readFileSync(drafts, 'utf8'), spans: readFileSync(spans, 'utf8') });
  let result: ReturnType<typeof promoteBatch>;
  try {
    result = promoteBatch(read(DRAFTS_PATH, SPANS_PATH), read(INCOMING_PATH, INCOMING_SPANS_PATH));
  } catch (error) {
    fail(`nothing moved: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeFileSync(DRAFTS_PATH, result.drafts);
  writeFileSync(SPANS_PATH, result.spans);
  writeFileSync(INCOMING_PATH, '');
  writeFileSync(INCOMING_SPANS_PATH, '');
  process.stdout.write(`promoted ${result.moved} drafts into ${DRAFTS_PATH}; now run npm run train\n`);
}

let split: Split | undefined;
let out: string | undefined;
const against: string[] = [];
const raws: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--split') split = args[++i] === 'sealed' ? 'sealed' : 'train';
  else if (a === '--out') out = args[++i];
  else if (a === '--against') against.push(args[++i] ?? '');
  else if (a !== undefined) raws.push(a);
}
if (!split || !out || raws.length === 0) fail('usage: corpus.ts --split train|sealed --out FILE [--against FILE]... RAW.jsonl...');

const existing = existsSync(out) ? readFileSync(out, 'utf8').trim() : '';
const existingDrafts = existing ? parseDrafts(existing) : [];
const againstTexts = against.flatMap((f) => parseDrafts(readFileSync(f, 'utf8')).map((d) => d.text));

interface Raw { id?: unknown; label?: unknown; site?: unknown; kind?: unknown; replyTo?: unknown; text?: unknown; persona?: unknown; intent?: unknown; category?: unknown }
const fresh: Array<Record<string, unknown> & { text: string }> = [];
for (const file of raws) {
  const prefix = basename(file).replace(/\.jsonl$/, '');
  readFileSync(file, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let r: Raw;
    try {
      r = JSON.parse(line) as Raw;
    } catch {
      fail(`${file}:${n + 1}: not JSON`);
    }
    if (typeof r.text !== 'string' || !r.text.trim()) fail(`${file}:${n + 1}: no text`);
    const kind = r.kind === 'reply' || r.kind === 'comment' ? r.kind : 'post';
    const draft: Record<string, unknown> & { text: string } = {
      id: `${prefix}-${String(n + 1).padStart(3, '0')}`,
      split,
      label: r.label,
      site: r.site,
      kind,
      text: r.text,
      note: typeof r.intent === 'string' ? r.intent : '',
      source: `brief:${prefix}`,
    };
    if (kind !== 'post' && typeof r.replyTo === 'string' && r.replyTo.trim()) draft.replyTo = r.replyTo.trim();
    if (typeof r.category === 'string') draft.category = r.category;
    if (typeof r.persona === 'string') draft.persona = r.persona;
    fresh.push(draft);
  });
}

const { kept, dropped } = dropNearCopies(fresh, [...againstTexts, ...existingDrafts.map((d) => d.text)]);
const lines = [existing, ...kept.map((d) => JSON.stringify(d))].filter(Boolean).join('\n') + '\n';
// Validate the whole result before writing anything.
const all = parseDrafts(lines);
writeFileSync(out, lines);
process.stdout.write(`${out}: ${existingDrafts.length} kept, ${kept.length} added, ${dropped.length} near-copies dropped; ${all.length} drafts\n`);
for (const d of dropped) process.stdout.write(`  dropped ${String(d.item.id)}: near-copy of "${d.copies.slice(0, 60)}"\n`);
