import { defineRule, matchSpans } from '../rule';

// Give before you take, within one draft: useful steps or numbers before a
// price or a link lower the cost of that link. This earns back a little
// of what the link or price costs elsewhere; it never makes a pitch human
// on its own.

// The ask: a link or a price.
const PRICE = /[$€£₱₹]\s?\d[\d,.]*/gu;
// Value: list lines, measured numbers, "step", "tip".
const LIST_LINE = /^[ \t]*(?:\d{1,2}[.)]|[-•*▪◦→✅]|\p{Extended_Pictographic}\uFE0F?)[ \t]+\S/gmu;
const MEASURE = /\b\d+(?:[.,]\d+)?\s?(?:%|weeks?|months?|years?|days?|hours?|minutes?|mins?|kg|g|ml|cm|mm|km|miles?|lbs?|degrees?|°)(?![\p{L}])/giu;
/** Words before the ask for it to count as "value first". */
const MIN_WORDS_BEFORE = 25;

export default defineRule({
  id: 'value-before-ask',
  axis: 'value',
  description: 'Value before the ask: useful steps or numbers come before the first link or price, which lowers its cost.',
  weight: 5,
  maxHits: 1,
  message: 'You gave something useful before the link or price.',
  praise: 'You give something before you ask.',
  suggestions: [],
  example:
    'Three things that fixed my sourdough: 1. feed the starter twice a day 2. proof for 12 hours in the fridge 3. bake at 250° with steam for 20 minutes. The dutch oven I use was $30: example.com/pot',
  check(ctx) {
    const asks = [...ctx.urls, ...matchSpans(ctx.text, PRICE)].sort((a, b) => a.start - b.start);
    const ask = asks[0];
    if (!ask) return [];
    const before = ctx.text.slice(0, ask.start);
    const words = before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    const value = (before.match(LIST_LINE)?.length ?? 0) + (before.match(MEASURE)?.length ?? 0);
    return words >= MIN_WORDS_BEFORE && value >= 2 ? [{ start: ask.start, end: ask.end }] : [];
  },
});
