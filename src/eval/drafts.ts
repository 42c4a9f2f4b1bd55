// The labelled drafts file (test/fixtures/drafts.jsonl): parsing and
// validation. Pure, so the eval script, the holdout test and the
// validator's own tests share one definition of a well-formed file.

import { KINDS, SITES } from '../engine/types';
import type { Kind, Site } from '../engine/types';

/** `train`: rules and the learned layer may be tuned on it (cross-validated);
 *  `sealed`: the blind holdout, never used for tuning or training. */
export type Split = 'train' | 'sealed';
export type Label = 'promotional' | 'human' | 'mixed';

export const SPLITS: readonly Split[] = ['train', 'sealed'];
export const LABELS: readonly Label[] = ['promotional', 'human', 'mixed'];

export interface LabeledDraft {
  id: string;
  split: Split;
  label: Label;
  site: Site;
  kind: Kind;
  replyTo?: string;
  text: string;
  note: string;
  /** Provenance: which brief (writer) produced the line, e.g. "brief:t3". */
  source: string;
  /** Hard-case family the writer was asked for (see the briefs), when known. */
  category?: string;
  persona?: string;
  /** 1-based line in the source file, for error messages downstream. */
  line: number;
}

export interface DraftsIssue {
  line: number;
  message: string;
}

/** Thrown by parseDrafts when the file is not valid; lists every problem. */
export class DraftsFileError extends Error {
  constructor(readonly issues: readonly DraftsIssue[]) {
    super(
      `drafts file has ${issues.length} problem(s):\n` +
        issues.map((i) => `  line ${i.line}: ${i.message}`).join('\n'),
    );
    this.name = 'DraftsFileError';
  }
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one decoded line; returns the draft or the reasons it is invalid. */
function checkRecord(value: unknown, line: number): LabeledDraft | string[] {
  if (!isRecord(value)) return ['expected a JSON object'];
  const problems: string[] = [];
  // Each field is narrowed into its own variable (undefined = invalid) so
  // every problem on the line is reported, not just the first.
  const check = <T>(ok: T | undefined, message: string): T | undefined => {
    if (ok === undefined) problems.push(message);
    return ok;
  };
  const id = check(typeof value.id === 'string' && value.id.trim() !== '' ? value.id : undefined,
    '"id" must be a non-empty string');
  const split = check(isOneOf(SPLITS, value.split) ? value.split : undefined,
    `"split" must be one of ${SPLITS.join(', ')}`);
  const label = check(isOneOf(LABELS, value.label) ? value.label : undefined,
    `"label" must be one of ${LABELS.join(', ')}`);
  const site = check(isOneOf(SITES, value.site) ? value.site : undefined,
    `"site" must be one of ${SITES.join(', ')}`);
  const kind = check(isOneOf(KINDS, value.kind) ? value.kind : undefined,
    `"kind" must be one of ${KINDS.join(', ')}`);
  const text = check(typeof value.text === 'string' && value.text.trim() !== '' ? value.text : undefined,
    '"text" must be a non-empty string');
  const source = check(typeof value.source === 'string' && value.source.trim() !== '' ? value.source : undefined,
    '"source" (provenance: which brief wrote the line) must be a non-empty string');
  const { replyTo, note, category, persona } = value;
  if (category !== undefined && typeof category !== 'string') problems.push('"category" must be a string when present');
  if (persona !== undefined && typeof persona !== 'string') problems.push('"persona" must be a string when present');
  if (replyTo !== undefined && typeof replyTo !== 'string') problems.push('"replyTo" must be a string when present');
  if (note !== undefined && typeof note !== 'string') problems.push('"note" must be a string when present');
  if (id === undefined || split === undefined || label === undefined || site === undefined ||
      kind === undefined || text === undefined || source === undefined || problems.length > 0) return problems;

  const draft: LabeledDraft = { id, split, label, site, kind, text, note: typeof note === 'string' ? note : '', source, line };
  if (typeof replyTo === 'string') draft.replyTo = replyTo;
  if (typeof category === 'string') draft.category = category;
  if (typeof persona === 'string') draft.persona = persona;
  return draft;
}

/**
 * Validates already-decoded records (one per non-blank line, with its line
 * number): each must be well-formed and ids must be unique. Returns every
 * issue found; an empty list means the file is valid.
 */
export function validateDrafts(records: ReadonlyArray<{ line: number; value: unknown }>): DraftsIssue[] {
  return collectDrafts(records).issues;
}

function collectDrafts(records: ReadonlyArray<{ line: number; value: unknown }>): {
  drafts: LabeledDraft[];
  issues: DraftsIssue[];
} {
  const drafts: LabeledDraft[] = [];
  const issues: DraftsIssue[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const { line, value } of records) {
    const checked = checkRecord(value, line);
    if (Array.isArray(checked)) {
      for (const message of checked) issues.push({ line, message });
      continue;
    }
    const seen = firstLineOfId.get(checked.id);
    if (seen !== undefined) {
      issues.push({ line, message: `duplicate id "${checked.id}" (first used on line ${seen})` });
      continue;
    }
    firstLineOfId.set(checked.id, line);
    drafts.push(checked);
  }
  return { drafts, issues };
}

/**
 * Parses and validates the whole JSONL text. Blank lines are skipped. Throws
 * DraftsFileError listing every problem (bad JSON, bad fields, duplicate
 * ids, an empty file) so one run shows everything to fix.
 */
export function parseDrafts(jsonl: string): LabeledDraft[] {
  const records: Array<{ line: number; value: unknown }> = [];
  const issues: DraftsIssue[] = [];
  jsonl
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((source, index) => {
      if (source.trim() === '') return;
      try {
        records.push({ line: index + 1, value: JSON.parse(source) as unknown });
      } catch (error) {
        issues.push({ line: index + 1, message: `not valid JSON (${(error as Error).message})` });
      }
    });
  const collected = collectDrafts(records);
  issues.push(...collected.issues);
  if (issues.length === 0 && collected.drafts.length === 0) issues.push({ line: 1, message: 'no drafts in file' });
  if (issues.length > 0) throw new DraftsFileError(issues.sort((a, b) => a.line - b.line));
  return collected.drafts;
}
