import { defineRule, inUrl, matchSpans } from '../rule';

// Short all-caps words are usually acronyms (CEO, NASA, SEO); these are the
// short ones people shout.
const SHOUTED_SHORT = new Set(['FREE', 'NOW', 'SALE', 'BUY', 'NEW', 'LAST', 'OFF', 'DEAL', 'ONLY', 'BEST', 'HUGE', 'DON\'T', 'MISS', 'GET', 'ALL']);
const CAPS_WORD = /(?<![\p{L}\p{N}@#])[A-Z][A-Z'’]{2,}(?![\p{L}\p{N}])/gu;
const BANGS = /!{2,}|[!?]*\?!+[!?]*/gu;

export default defineRule({
  id: 'shouting',
  axis: 'promotion',
  description: 'Shouting: words in capitals and repeated "!!!".',
  weight: -6,
  maxHits: 3,
  message: 'Capitals and stacked exclamation marks read as shouting.',
  nudge: 'Lower the volume: no capitals or "!!!".',
  suggestions: ['Write it in lower case', 'Use one exclamation mark at most'],
  example: 'HUGE SALE TODAY!!! DON\'T MISS IT!!!',
  check(ctx) {
    const caps = matchSpans(ctx.text, CAPS_WORD).filter((m) => {
      const w = m.match[0];
      return !inUrl(ctx, m) && (w.length >= 5 || SHOUTED_SHORT.has(w));
    });
    // A single capitalised word is emphasis; two or more is shouting.
    const hits = caps.length >= 2 ? caps : [];
    const bangs = matchSpans(ctx.text, BANGS);
    // Cheerful "!!" once is fine ("Congrats!!"); repeated stacks are not.
    const loud = bangs.length >= 2 || bangs.some((b) => b.end - b.start >= 3) ? bangs : [];
    return [...hits, ...loud].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  },
});
