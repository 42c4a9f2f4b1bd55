// What a rule is, and the small helpers rules share.
import type { Axis, Kind, Site } from './types';
import type { Sentence, Span, Term } from './parse';
import type { LearnedModel } from './learned/model';
import { plainOnly } from './plain-words';

export interface Context {
  text: string;
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
  /** The learned layer's weights (the shipped model, or a fold's during evaluation). */
  learned: LearnedModel;
}

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
 * A hit widened to the end of its clause ("To enter: follow + tag a friend"):
 * an ask is the whole clause, not its first words, and that clause is what
 * a reader would point at. Stops at . ! ? or a line break, at most 80 characters.
 */
export function toClauseEnd(text: string, span: Span): Span {
  const rest = text.slice(span.end, span.end + 80);
  const stop = /[.!?\n]/u.exec(rest);
  const end = span.end + (stop ? stop.index : rest.length);
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
 * Words that show something is on sale in a draft: the seller, the shop, the
 * ordering or a price. Weak cues ("are back", "this weekend only") count
 * only with one of these around: "the ducks are back on the pond" is news
 * of life, "the scones are back, see you at the counter" is shop news.
 */
export const SALE_CONTEXT = /\b(?:shop|store|stock|orders?|pre-?orders?|menu|prices?|sale|offer|deal|discount|code|points|purchases?|tickets?|spots?|seats?|places|book(?:ing)?|sign up|register|pop in|come (?:in|by|down)|grab|get yours|link|stall|batch|counter|see you|colou?rs|sizes|flavou?rs|fresh|new|till (?:it'?s|they'?re|it is) gone|while they last)\b|[£$€₱₹]\s?\d|\d\s?%/iu;

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
 * A draft raising money for somebody (a fundraiser, a sponsored run, a
 * collection): its link is where to give, not a shop. Used by the rules
 * that cost links, so "link below, even a quid helps" is not a sales link.
 */
export const FUNDRAISING = /\b(?:donat(?:e|ed|ion|ions|ing)|rais(?:e|ed|ing) (?:money|funds|£|\$|€)|fundrais\w*|sponsor(?:ed)? (?:me|her|him|them|us)|every (?:penny|pound|unit|dollar|bit)|even a (?:quid|fiver|tenner)|even [£$€]\d+|chip in|go ?fund ?me|justgiving|collection tin|the hospice|for (?:the )?charity)\b/iu;

/**
 * Words just before a price that make it information, not an offer: what
 * someone paid, was charged or is raising ("I got mine for about $60",
 * "the ones charging £600", "seen it go from $140 to $22").
 */
export const PRICE_ADVICE = /\b(?:(?:i|we|they) (?:got|paid|bought|spent|used|switched|tried|found)|(?:i've|i have) seen|go(?:es)? from|went from|dropped from|charging|cost (?:me|us|them)|it was|was about|about|around|for like|roughly|under|ask (?:for|the|your|if)|bill|chip in|raised|raising|donat\w*|goal|saved|instead of|rather than|worth)\b/iu;

export const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9-]+\.(?:com|io|co|ly|app|dev|net|org|shop|store|link|me|gg)(?:\/[^\s<>"']*)?/giu;
