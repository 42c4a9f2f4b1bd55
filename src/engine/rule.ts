// What a rule is, and the small helpers rules share.
import type { Axis, Kind, Site } from './types';
import type { Sentence, Span, Term } from './parse';
import type { LearnedModel } from './learned/model';
import { plainOnly } from './plain-words';

export interface Context {
  text: string;
  /** The text in lower case, made once per draft (cued patterns look for their words in it). */
  lower: string;
  site: Site;
  kind: Kind;
  /** Handle or name being answered (replies and comments), without a leading "@". */
  replyTo?: string;
  /** True for replies and comments: the draft answers somebody. */
  answering: boolean;
  sentences: Sentence[];
  /** All terms in order, across sentences. */
  terms: Term[];
  urls: Span[];
  /** Something is on sale somewhere in the draft (sale-words.ts SALE_CONTEXT): weak cues count only then. */
  onSale: boolean;
  /** The draft raises money for somebody (sale-words.ts FUNDRAISING): its links are where to give. */
  fundraising: boolean;
  /** The draft is a job post or a free event (sale-words.ts JOB_POST, FREE_EVENT): its asks are modest. */
  modestAsk: boolean;
  /** …and of the two, a free event or a call for volunteers that is not a job: getting in touch costs nothing. */
  freeEvent: boolean;
  /** The writer says they gain nothing (sale-words.ts DISINTERESTED): pointing somewhere is a recommendation. */
  disinterested: boolean;
  /** The writer warns someone off paying (sale-words.ts WARNS_OFF_PAYING): its prices are advice. */
  advising: boolean;
  /** The learned layer's weights (the shipped model, or a fold's during evaluation). */
  learned: LearnedModel;
}

/** Share of its points an ask costs in a job post or a free event (Context.modestAsk). */
export const MODEST_ASK = 0.5;

/** Context flags that can silence a whole rule (Rule.mutedBy). */
export type Mute = 'fundraising' | 'disinterested' | 'advising';

export interface Hit extends Span {
  /** Overrides the rule's message for this hit (e.g. to quote a count). */
  message?: string;
  /** Multiplies the rule's weight for this hit (context makes it worse or milder). */
  factor?: number;
}

/** A case in a rule's examples: a plain string is a post on a generic site. */
export type Example = string | { text: string; kind?: Kind; site?: Site; replyTo?: string };

export interface Rule {
  /** Stable id, kebab-case; used in settings and findings. */
  id: string;
  axis: Axis;
  /** One line, shown in options and README. */
  description: string;
  /** Signed points per hit: negative pulls towards broadcast, positive towards human. */
  weight: number;
  /** Hits beyond this many add nothing: repetition should not dominate the score. */
  maxHits: number;
  /** Default message of a finding. */
  message: string;
  /** Plain-language nudge for rules that cost points: what to do instead (the engine quotes the words before it). */
  nudge?: string;
  /** For rules that earn points: a short line on what is working, shown to the writer. */
  praise?: string;
  suggestions: string[];
  /** One example that fires, for README's "How it decides" (kept in the rule so docs cannot drift). */
  example: Example;
  /**
   * Rules that give the same reason for the same words ("my newsletter" is
   * own-product and comment-plug): where one of them has a finding on at
   * least half of this rule's finding, the words keep that one reason only.
   */
  yieldsTo?: readonly string[];
  /**
   * A hit in plain words alone ("this weekend ONLY", "so I made") is shown
   * with its clause, which names what it sells (see withItsClause); without
   * this the engine drops costs on plain words alone.
   */
  showsClause?: boolean;
  /**
   * A cue that moves the band and is highlighted but never nudges: a modest
   * plug in passing is worth seeing, not worth nagging about (DESIGN.md: a
   * nudge only for a confident cost).
   */
  quiet?: boolean;
  /**
   * What the draft says about itself that silences this rule altogether: in
   * a fundraiser the links and asks point at where to give; when the writer
   * says they gain nothing ("no affiliation"), pointing somewhere is a
   * recommendation. The engine skips a muted rule (one place, not a check
   * in each rule); rules that mute only some hits still decide per hit.
   */
  mutedBy?: readonly Mute[];
  check(ctx: Context): Hit[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive regex matching any phrase of a word list, on word
 * boundaries. Spaces match any run of whitespace; straight and curly
 * apostrophes match each other, since phones type the curly ones.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const body = escape(p).replace(/ +/g, '\\s+').replace(/'/g, "['’]");
      const head = /^\w/.test(p) ? '(?<![\\w@#])' : '';
      const tail = /\w$/.test(p) ? '(?![\\w])' : '';
      return head + body + tail;
    });
  return new RegExp(alts.join('|'), 'giu');
}

/** Every match of a global regex as a span. */
export function matchSpans(text: string, re: RegExp): Array<Span & { match: RegExpExecArray }> {
  const out: Array<Span & { match: RegExpExecArray }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

/**
 * A pattern with its cues: lower-case words it cannot match without. Most
 * drafts have none of them, and a substring search is far cheaper than a
 * regex scanning every position; a test checks that no cue hides a match
 * (test/unit/engine/cues.test.ts).
 */
export type CuedPattern = readonly [RegExp, readonly string[]];

/** Every match of the patterns whose cues are in the draft. */
export function matchCued(ctx: Pick<Context, 'text' | 'lower'>, patterns: readonly CuedPattern[]): Array<Span & { match: RegExpExecArray }> {
  return patterns.filter(([, cues]) => cues.some((cue) => ctx.lower.includes(cue))).flatMap(([re]) => matchSpans(ctx.text, re));
}

/** Annotators mark the shortest phrase that carries the pitch, usually 2 to 8 words: a clause is cut near there. */
const CLAUSE_MAX = 40;

/**
 * A hit widened to the end of its clause ("To enter: follow + tag a friend"):
 * an ask is the whole clause, not its first words, and that clause is what
 * a reader would point at. Stops at . ! ? , ; ( a dash or a line break, at
 * most CLAUSE_MAX characters on.
 */
export function toClauseEnd(text: string, span: Span): Span {
  const rest = text.slice(span.end, span.end + 80);
  const stop = /[.!?\n,;(]|\s[-–—]\s/u.exec(rest);
  let end = span.end + (stop ? stop.index : rest.length);
  // No longer than a reader's phrase: cut a long clause at the last word boundary within CLAUSE_MAX.
  // (A run with no space in it, such as a long link, is left whole.)
  const cut = text.slice(span.end, span.end + CLAUSE_MAX).lastIndexOf(' ');
  if (end - span.end > CLAUSE_MAX && cut > 0) end = span.end + cut;
  return { start: span.start, end: text.slice(span.start, end).trimEnd().length + span.start };
}

/**
 * A hit widened back to the start of its clause ("the pear and ginger
 * scones are back"): the thing announced is part of the news. Stops after
 * . ! ? : a line break or an emoji, at most 60 characters back.
 */
export function fromClauseStart(text: string, span: Span): Span {
  const from = Math.max(0, span.start - 60);
  const before = text.slice(from, span.start);
  let cut = 0;
  for (const m of before.matchAll(/[.!?:\n]|\p{Extended_Pictographic}\uFE0F?/gu)) cut = m.index + m[0].length;
  const start = from + cut;
  return { start: start + (/^\s*/u.exec(text.slice(start, span.start))?.[0].length ?? 0), end: span.end };
}


/**
 * A cue made only of plain words ("this weekend ONLY", "just in") is
 * explained by its clause, which names what it sells ("DOUBLE points on ALL
 * purchases, this weekend ONLY"); the engine drops costs on plain words alone.
 */
export function withItsClause(text: string, span: Span): Span {
  return plainOnly(text.slice(span.start, span.end)) ? toClauseEnd(text, fromClauseStart(text, span)) : span;
}

/**
 * Overlapping hits of one rule as one hit over their union ("Only 3 spots"
 * and "spots left" in "Only 3 spots left"): the same words are one cue.
 * The merged hit keeps the largest factor.
 */
export function mergeOverlaps(hits: readonly Hit[]): Hit[] {
  const merged: Hit[] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.factor = Math.max(last.factor ?? 1, h.factor ?? 1);
    } else merged.push({ ...h });
  }
  return merged;
}

/**
 * Of hits that overlap, the first in the given order speaks: the same words
 * are one cue, and a rule lists its stronger patterns first. Keeps order.
 */
export function dropOverlapping<T extends Span>(hits: readonly T[]): T[] {
  const kept: T[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && h.end > k.start)) kept.push(h);
  return kept;
}

/**
 * Whether a span is quoted: someone else's words held up to mock or warn
 * ("no course, no 'comment WRITE below'", 'texts saying "you have been
 * selected"'). An opening quote mark at a word's start before it and a
 * closing one after it, on the same line, within 60 characters.
 */
export function inQuotes(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start).split('\n').pop() ?? '';
  const after = text.slice(span.end, span.end + 60).split('\n')[0] ?? '';
  const open = /(?:^|[\s(\[])["“‘']\S[^"“”‘’']*$/u.test(before) || /^["“‘']$/u.test(text.slice(span.start - 1, span.start));
  const close = /^[^"“”‘’']*["”’'](?![\p{L}])/u.test(after);
  return open && close;
}

/** The sentence containing a position. */
export function sentenceAt(ctx: Context, pos: number): Sentence | undefined {
  return ctx.sentences.find((s) => pos >= s.start && pos < Math.max(s.end, s.start + 1));
}

/** Whether a span falls inside a sentence that is a question. */
export function inQuestion(ctx: Context, pos: number): boolean {
  const s = sentenceAt(ctx, pos);
  return !!s && /\?\s*\S{0,4}$/u.test(s.text);
}

/** Whether a span overlaps any URL (words inside links are not prose). */
export function inUrl(ctx: Context, span: Span): boolean {
  return ctx.urls.some((u) => span.start < u.end && span.end > u.start);
}



/**
 * The start of a numbered or bulleted list line ("1.", "2)", "-", "•", "→"),
 * as regex source: tips-then-offer counts list items, specific-info counts
 * them as information (with ✅ and emoji bullets too).
 */
export const LIST_MARKER = String.raw`(?:\d{1,2}[.)]|[-•*▪◦→])`;

// Links: a scheme or www; a host on a common ending; or any host with a path
// ("twitch.tv/mossymoth", "quarrystack.dev/audit"), since a dot and a slash
// inside one word are not prose. The endings include ".example", the reserved documentation ending
// (RFC 2606) people use for a made-up link ("hightrailguiding.example"), and newer business endings.
// A host after "@" is an address or a Mastodon handle ("@lena@mastodon.social"), not a link.
export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+|(?<![@.\w-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}\/[^\s<>"']*[^\s<>"'.,!?;:)]|(?<![@.\w-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|co|ly|app|dev|net|org|shop|store|link|me|gg|tv|fm|ai|so|xyz|biz|info|site|online|club|page|studio|art|blog|social|uk|de|eu|ca|au|nz|ie|example|design|agency|photo|ink|gov|health|news|consulting|fit|surf|travel|coffee|pt|mx|es|fr)(?:\/[^\s<>"']*)?\b/giu;
