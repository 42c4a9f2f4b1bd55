// What the learned layer looks at: words and word pairs of the draft, with
// the spans they came from, hashed into a fixed number of buckets. Tokens
// that carry a kind rather than a word (a link, a price, a number, a handle,
// an emoji) are reduced to that kind, so the model can learn "a price after
// a question" but not one shop's name or one writer's favourite emoji.
//
// Only a feature with a content word can carry points: a word or pair made
// of function and warm words ("to the", "thank you", "this") or of kinds
// alone ("<num>", "<emoji> !") is never weighed, so an ordinary sentence
// moves nothing and length alone cannot cost points.
//
// Pure and DOM-free; shared by the engine at runtime and `npm run train`.
import { PLAIN_WORDS } from '../plain-words';

export interface Feature {
  /** Bucket of the hashed uni- or bigram. */
  hash: number;
  /** Span of its first occurrence in the draft. */
  start: number;
  end: number;
}

/** A token key that is a word of some meaning (not a kind, not a plain word). */
export function isContentKey(key: string): boolean {
  // One letter is not a word of meaning ("h" of "h/t", "x" of "2 x 3").
  return /^\p{L}\p{L}/u.test(key) && !PLAIN_WORDS.has(key);
}

// One alternative per token kind; the named group says which kind matched.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>\b(?:https?:\/\/|www\.)[^\s<>"']+|\b(?:[a-z0-9-]+\.)+(?:com|io|co|uk|ly|app|dev|net|org|shop|store|link|me|gg|so)\b(?:\/[^\s<>"']*)?)`,
    String.raw`(?<money>[$€£¥₹]\s?\d[\d,.]*[kKmM]?|\b\d[\d,.]*\s?(?:usd|eur|gbp|dollars|bucks|quid)\b)`,
    String.raw`(?<pct>\b\d[\d,.]*\s?%)`,
    String.raw`(?<num>\b\d[\d,.:]*(?:st|nd|rd|th|k|m|x)?\b)`,
    String.raw`(?<at>@[\p{L}\p{N}_.]+)`,
    String.raw`(?<tag>#[\p{L}\p{N}_]+)`,
    String.raw`(?<word>[\p{L}][\p{L}\p{M}'’]*)`,
    String.raw`(?<emoji>\p{Extended_Pictographic})`,
    String.raw`(?<punct>[!?]+)`,
  ].join('|'),
  'giu',
);

interface Token {
  key: string;
  start: number;
  end: number;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const g = m.groups ?? {};
    const raw = m[0];
    let key: string;
    if (g.url) key = '<url>';
    else if (g.money) key = '<money>';
    else if (g.pct) key = '<pct>';
    else if (g.num) key = '<num>';
    else if (g.at) key = '<at>';
    else if (g.tag) key = '<tag>';
    else if (g.emoji) key = '<emoji>';
    else if (g.punct) key = raw.includes('?') ? '?' : '!';
    else key = raw.toLowerCase().replace(/’/g, "'");
    out.push({ key, start: m.index, end: m.index + raw.length });
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a carried on over more characters: a pair's hash continues its first word's. */
function fnvExtend(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** 32-bit FNV-1a: small, fast and the same in Node and every browser. */
export function fnv1a(s: string): number {
  return fnvExtend(FNV_OFFSET, s) >>> 0;
}

/**
 * Every hashed unigram and bigram with a content word, in text order, with
 * its span (a feature seen again is visited again). Each token's content test
 * and hash are made once, and a pair's hash continues its first word's, so a
 * keystroke's rescoring does not build a string per pair.
 */
export function eachFeature(text: string, bits: number, visit: (hash: number, start: number, end: number) => void): void {
  const mask = (1 << bits) - 1;
  const toks = tokens(text);
  const content = toks.map((t) => isContentKey(t.key));
  const state = toks.map((t) => fnvExtend(FNV_OFFSET, t.key));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const h = state[i];
    if (!t || h === undefined) continue;
    if (content[i]) visit((h >>> 0) & mask, t.start, t.end);
    const next = toks[i + 1];
    if (!next || !(content[i] || content[i + 1])) continue;
    // Pairs do not reach across a line break: a new line is a new thought.
    const br = text.indexOf('\n', t.end);
    if (br !== -1 && br < next.start) continue;
    visit((fnvExtend(fnvExtend(h, ' '), next.key) >>> 0) & mask, t.start, next.end);
  }
}

/** Distinct hashed unigrams and bigrams with a content word, each with the span of its first occurrence. */
export function features(text: string, bits: number): Feature[] {
  const seen = new Map<number, Feature>();
  eachFeature(text, bits, (hash, start, end) => {
    if (!seen.has(hash)) seen.set(hash, { hash, start, end });
  });
  return [...seen.values()];
}
