// Moving an incoming batch into the training files (scripts/corpus.ts
// --promote). Pure, so a test can check it on strings: the lines move as
// written (only their split becomes "train"), ids must not clash, and both
// results are validated before the caller writes anything.

import { parseDrafts } from './drafts';
import { parseSpanLabels } from './spans';

export interface PromoteFiles {
  drafts: string;
  spans: string;
}

const lines = (source: string): string[] => source.split('\n').filter((l) => l.trim() !== '');

/** The training files with the incoming batch appended; throws an Error saying why when it cannot. */
export function promoteBatch(train: PromoteFiles, incoming: PromoteFiles): PromoteFiles & { moved: number } {
  const fresh = lines(incoming.drafts);
  if (fresh.length === 0) throw new Error('nothing to promote: the incoming batch is empty');
  const incomingDrafts = parseDrafts(incoming.drafts);
  const trainDrafts = parseDrafts(train.drafts);
  const ids = new Set(trainDrafts.map((d) => d.id));
  const clash = incomingDrafts.filter((d) => ids.has(d.id)).map((d) => d.id);
  if (clash.length > 0) throw new Error(`ids already in the training file: ${clash.slice(0, 10).join(', ')}`);
  const moved = fresh.map((l) => JSON.stringify({ ...(JSON.parse(l) as object), split: 'train' }));
  const drafts = [...lines(train.drafts), ...moved].join('\n') + '\n';
  const spans = [...lines(train.spans), ...lines(incoming.spans)].join('\n') + '\n';
  // Each file is parsed once: the moved lines differ from the incoming ones only in their split.
  parseSpanLabels(spans, new Map([...trainDrafts, ...incomingDrafts].map((d) => [d.id, d.text])));
  return { drafts, spans, moved: moved.length };
}
