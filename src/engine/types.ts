// The engine's public contract (DESIGN.md, "Rules engine contract").
// Everything here is plain data so results can be printed, diffed and sent
// between extension contexts without loss.

export type Site = 'x' | 'facebook' | 'linkedin' | 'bluesky' | 'mastodon' | 'threads' | 'generic';
export type Kind = 'post' | 'reply' | 'comment';
export type Axis = 'promotion' | 'value' | 'reciprocity';
export type Band = 'human' | 'mixed' | 'broadcast';
export type Status = 'scored' | 'too-short' | 'unsupported-language';

/** Per-rule user setting: switched off, or a weight multiplier (1 = default). */
export type RuleSetting = 'off' | number;

export interface ScoreOptions {
  site?: Site;
  kind?: Kind;
  /** Handle or name of the person being answered, when known. */
  replyTo?: string;
  rules?: Record<string, RuleSetting>;
}

export interface Finding {
  ruleId: string;
  axis: Axis;
  /** Signed points this finding moved the score (negative = more broadcast). */
  weight: number;
  start: number;
  end: number;
  /** Always equals text.slice(start, end). */
  actual: string;
  message: string;
  suggestions: string[];
}

export interface Nudge {
  ruleId: string;
  message: string;
  findingIndexes: number[];
}

export interface DraftScore {
  score: number | null;
  band: Band | null;
  axes: Record<Axis, number>;
  findings: Finding[];
  /** Ranked, at most 3: what to change, each naming its words. */
  nudges: Nudge[];
  /** At most 2: what is working (the question, the credit, the thanks), from earning findings. */
  praise: Nudge[];
  status: Status;
}

export const SITES: readonly Site[] = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads', 'generic'];
export const KINDS: readonly Kind[] = ['post', 'reply', 'comment'];
