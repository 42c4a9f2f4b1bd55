// Parsing and validation of `--jsonl` input. Every line is checked before
// anything is scored, so a content calendar with one typo on line 40
// produces one clear error and no half-written output.

import { KINDS, SITES } from '../engine/types';
import type { Kind, Site } from '../engine/types';

export interface JsonlDraft {
  line: number;
  text: string;
  id?: string | number;
  site?: Site;
  kind?: Kind;
  replyTo?: string;
}

export interface JsonlIssue {
  line: number;
  message: string;
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

function checkLine(value: unknown, line: number): JsonlDraft | string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['expected a JSON object like {"text": "..."}'];
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const { text, id, site, kind, replyTo } = record;
  if (typeof text !== 'string') problems.push('"text" must be a string');
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    problems.push('"id" must be a string or a number');
  }
  if (site !== undefined && !isOneOf(SITES, site)) {
    problems.push(`"site" must be one of ${SITES.join(', ')} (got ${JSON.stringify(site)})`);
  }
  if (kind !== undefined && !isOneOf(KINDS, kind)) {
    problems.push(`"kind" must be one of ${KINDS.join(', ')} (got ${JSON.stringify(kind)})`);
  }
  if (replyTo !== undefined && typeof replyTo !== 'string') problems.push('"replyTo" must be a string');
  if (problems.length > 0 || typeof text !== 'string') return problems;

  const draft: JsonlDraft = { line, text };
  if (typeof id === 'string' || typeof id === 'number') draft.id = id;
  if (isOneOf(SITES, site)) draft.site = site;
  if (isOneOf(KINDS, kind)) draft.kind = kind;
  if (typeof replyTo === 'string') draft.replyTo = replyTo;
  return draft;
}

/** All drafts, or every issue found (never both). Blank lines are skipped. */
export function parseJsonl(input: string): { drafts: JsonlDraft[]; issues: JsonlIssue[] } {
  const drafts: JsonlDraft[] = [];
  const issues: JsonlIssue[] = [];
  input.split(/\r?\n/).forEach((source, index) => {
    const line = index + 1;
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      issues.push({ line, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    const checked = checkLine(value, line);
    if (Array.isArray(checked)) issues.push(...checked.map((message) => ({ line, message })));
    else drafts.push(checked);
  });
  return issues.length > 0 ? { drafts: [], issues } : { drafts, issues };
}
