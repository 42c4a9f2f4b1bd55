// Sentence and term segmentation with character offsets.
//
// We use `compromise/one`, the tokenizer-only build (~30 KB gzipped), rather
// than the full build (~137 KB gzipped): the rules need sentences and words
// with offsets, not part-of-speech tags. compromise does not tag bare
// imperatives ("Buy now") reliably anyway, so calls to action are explicit
// word lists, and the content script stays small.
import nlp from 'compromise/one';

export interface Span {
  start: number;
  end: number;
}
export interface Term extends Span {
  text: string;
  /** Lower-cased, punctuation stripped, as compromise normalises it. */
  normal: string;
}
export interface Sentence extends Span {
  text: string;
  terms: Term[];
}

interface ParsedSentence {
  terms: Array<{ text: string; normal: string; start: number; end: number }>;
}

// compromise's typings do not describe its internal methods; this is the
// cheap sentence splitter its tokenizer uses before splitting terms.
const world = nlp.world() as { methods: { one: { tokenize: { splitSentences: (text: string, w: unknown) => string[] } } } };
const splitSentences = world.methods.one.tokenize.splitSentences;

// Re-scoring after a keystroke should only re-parse the sentence that
// changed, so parsed sentences are cached by their exact text. A small LRU
// (Map keeps insertion order) bounds memory on long sessions.
const CACHE_LIMIT = 2000;
const cache = new Map<string, ParsedSentence>();
let parses = 0;

/** How many sentences were actually tokenized (cache misses); for tests and bench. */
export function parseCount(): number {
  return parses;
}
export function clearParseCache(): void {
  cache.clear();
}

function parseSentence(sentence: string): ParsedSentence {
  const hit = cache.get(sentence);
  if (hit) {
    cache.delete(sentence);
    cache.set(sentence, hit);
    return hit;
  }
  parses++;
  const terms: ParsedSentence['terms'] = [];
  const json = nlp.tokenize(sentence).json({ offset: true }) as Array<{
    terms?: Array<{ text?: string; normal?: string; offset?: { start: number; length: number } }>;
  }>;
  for (const s of json) {
    for (const t of s.terms ?? []) {
      if (!t.offset || !t.text) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      // Guard against any offset drift: a term must be exactly where it says.
      if (sentence.slice(start, end) !== t.text) continue;
      terms.push({ text: t.text, normal: t.normal ?? t.text.toLowerCase(), start, end });
    }
  }
  const parsed = { terms };
  cache.set(sentence, parsed);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return parsed;
}

/** Cheap split into sentence strings; falls back to one sentence if the pieces do not tile the text. */
function sentenceStrings(text: string): string[] {
  const parts = splitSentences(text, world).filter((p) => p.length > 0);
  return parts.join('') === text ? parts : [text];
}

export function parse(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cursor = 0;
  for (const part of sentenceStrings(text)) {
    const start = cursor;
    cursor += part.length;
    const trimmed = part.trimEnd();
    if (trimmed.trim().length === 0) continue;
    const parsed = parseSentence(part);
    out.push({
      text: trimmed,
      start,
      end: start + trimmed.length,
      terms: parsed.terms.map((t) => ({ text: t.text, normal: t.normal, start: t.start + start, end: t.end + start })),
    });
  }
  return out;
}
