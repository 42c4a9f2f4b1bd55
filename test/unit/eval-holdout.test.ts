// The sealed holdout stays sealed: its bytes are pinned, it shares no draft
// (nor a near-copy) with the training drafts, and the essays' canonical
// broadcast line is still a broadcast.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scoreDraft } from '../../src/engine/index';
import { dropNearCopies } from '../../src/eval/dedupe';
import { DRAFTS_PATH, SEALED_PATH, SEALED_SHA256, loadDraftsFile, loadIncoming } from '../../src/eval/load';

describe('the sealed holdout', () => {
  test('is byte for byte the committed file (its SHA-256 is pinned)', () => {
    expect(createHash('sha256').update(readFileSync(SEALED_PATH)).digest('hex')).toBe(SEALED_SHA256);
  });

  test('holds only sealed drafts, the training file only training drafts, and no id or near-copy is shared', () => {
    const sealed = loadDraftsFile(SEALED_PATH);
    const train = loadDraftsFile(DRAFTS_PATH);
    expect(sealed.length).toBeGreaterThanOrEqual(300);
    expect(sealed.every((d) => d.split === 'sealed')).toBe(true);
    expect(train.every((d) => d.split === 'train')).toBe(true);
    const ids = new Set(train.map((d) => d.id));
    expect(sealed.filter((d) => ids.has(d.id))).toEqual([]);
    expect(dropNearCopies(train, sealed.map((d) => d.text)).dropped.map((d) => d.item.id)).toEqual([]);
  });

  test('an incoming batch (when there is one) is training data with spans, sharing no id or near-copy with either file', () => {
    const { drafts, spans } = loadIncoming();
    const train = loadDraftsFile(DRAFTS_PATH);
    const sealed = loadDraftsFile(SEALED_PATH);
    expect(drafts.every((d) => d.split === 'train' && spans.has(d.id))).toBe(true);
    const ids = new Set([...train, ...sealed].map((d) => d.id));
    expect(drafts.filter((d) => ids.has(d.id))).toEqual([]);
    expect(dropNearCopies(drafts, [...train, ...sealed].map((d) => d.text)).dropped.map((d) => d.item.id)).toEqual([]);
  });

  test('the corpus is at least 1,500 drafts, every line with its provenance', () => {
    const all = [...loadDraftsFile(SEALED_PATH), ...loadDraftsFile(DRAFTS_PATH)];
    expect(all.length).toBeGreaterThanOrEqual(1500);
    expect(all.every((d) => d.source.length > 0)).toBe(true);
  });
});

test("the essays' canonical broadcast line lands in the broadcast band", () => {
  const result = scoreDraft('Here is what we have to offer. Here is why you need it. And here is how to get it!');
  expect(result.band).toBe('broadcast');
});
