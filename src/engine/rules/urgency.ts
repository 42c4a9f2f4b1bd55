import { defineRule, matchCued, matchSpans, mergeOverlaps, phraseRegex, type CuedPattern } from '../rule';
import { plainOnly } from '../plain-words';

// Pressure phrases: urgency and scarcity are selling, not talking.
const PHRASES = [
  'limited time', 'limited spots', 'limited seats', 'limited offer', 'last chance', 'act now', 'act fast', 'hurry',
  "don't miss out", "don't miss this", 'do not miss out', 'while supplies last', 'while stocks last', 'ends tonight',
  'ends today', 'ends soon', 'ends sunday', 'ends friday', 'ends at midnight', 'offer ends', 'sale ends', 'doors close',
  'closing soon', 'selling fast', 'almost sold out', 'almost gone', 'before it’s gone', "before it's gone",
  'only a few spots', 'only a few seats', 'spots are filling', 'spots left', 'seats left', 'spots remaining',
  'last few spots', 'final hours', 'final call', 'final days', '24 hours only', '48 hours only', 'today only',
  'this weekend only', 'only this month', 'only this week', 'this month only', 'this week only', 'now or never', 'price goes up', 'prices go up', 'deadline is',
  'running out', 'fomo', 'too late', 'ends in', 'presale', 'pre-sale', 'more slots', 'slots left', 'two more slots',
  'small group', 'doors open', 'last 24 hours', 'last 48 hours', 'next 10 minutes',
  // Scarcity as a shop says it: "first come first served", "don't hang about", "before they're gone", "get in quick".
  'first come first served', 'first come, first served', "don't hang about", 'dont hang about', "don't sleep on this",
  "before they're gone", 'before theyre gone', 'spots filling', 'places filling', 'filling fast', 'filling up fast', 'before they go', 'before they sell out', 'get in quick',
];
// "only 3 left", "just 5 spots"…
// "only 8 came in this shipment".
const COUNTED = /\b(?:only|just)\s+(?:(?:letting|taking|accepting|opening)\s+)?\d+\s+(?:more\s+)?(?:people|spots?|slots?|seats?|places?|copies|left|remaining|days? left|hours? left|came in|in stock)\b/giu;
// What is left to sell or book, counted: "a few April spaces left", "only L and XL left", "3 pairs left", "a couple of
// Saturdays left"; a countdown, "72 HOURS LEFT"; and a deadline on a claim: "miles expiring in 24h" (100 promotional or
// mixed drafts, no human one).
const LEFT = /\b(?:only|just|a few|a couple(?: of)?|\d+)\s+(?:[\p{L}\d]+\s+){0,2}?(?:spaces?|places?|dates?|pairs?|spots?|slots?|sets?|tickets?|bottles?|boxes?|jars?|pieces?|tables?|rooms?|weekends?|saturdays?) (?:left|remaining)\b|\bonly (?:size )?(?:xxs|xs|s|m|l|xl|xxl|\d{1,2})(?: (?:and|&|or) (?:xs|s|m|l|xl|xxl|\d{1,2}))? left\b|\b\d+ (?:hours?|hrs?|days?) left\b|\bexpir(?:es|ing|y) (?:in \d+ ?(?:h|hrs?|hours?|days?|mins?|minutes)\b|tonight|today|at midnight|soon)/giu;
// A clear-out's pressure, each pattern with its cues (rule.ts CuedPattern): "THIS SATURDAY ONLY"
// ("wed-sat only" is opening days, so a day needs "this", "next", "on" or "one" before it) and
// "when it's gone it's gone" ("ONCE THEY'RE GONE THEY'RE GONE"), only where something is on sale (it is also said of grief);
// "everything must go", said of nothing but stock, anywhere.
export const CLEAROUT: readonly CuedPattern[] = [
  [/\b(?:this|next|on|one) (?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|bank holiday) only\b/giu, [' only']],
  [/\b(?:when|once) (?:it|they)(?:'s|’s|'re|’re| is| are)? gone,? (?:it|they)(?:'s|’s|'re|’re| is| are)? gone\b/giu, ['gone']],
];
// "These won't last!" sells; "the chocolates won't last the weekend" is how long something lasts at home.
const WONT_LAST = /\bwon['’]t last\b(?!\s+(?:the|a|an|long|till|until|through|past|me|us|him|her|them)\b)/giu;
export const MUST_GO: readonly CuedPattern[] = [[/\beverything must go\b/giu, ['must go']]];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'urgency',
  axis: 'promotion',
  description: 'Urgency and scarcity: "limited time", "only 3 spots left", "ends tonight", "last chance".',
  weight: -16,
  maxHits: 2,
  message: 'Urgency and scarcity pressure people instead of talking with them.',
  nudge: 'Take the pressure out: no countdowns or "last chance".',
  suggestions: ['Remove the deadline', 'Say why it matters to them instead'],
  example: 'Only 3 spots left, doors close tonight!',
  showsClause: true,
  // A fundraiser's deadline is for a cause ("we're at £410 of £750"), and a sign saying HURRY UP is a joke.
  mutedBy: ['fundraising'],
  check(ctx) {
    const spans = [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, COUNTED), ...matchSpans(ctx.text, WONT_LAST)];
    // "Only 3 spots" and "spots left" in "Only 3 spots left" are one hit, not two.
    // A cue in plain words ("this weekend only") is urgency only where something is on sale.
    const pressure = spans.filter((m) => ctx.onSale || !plainOnly(ctx.text.slice(m.start, m.end)));
    return mergeOverlaps([...pressure, ...matchSpans(ctx.text, LEFT), ...(ctx.onSale ? matchCued(ctx, CLEAROUT) : []), ...matchCued(ctx, MUST_GO)]);
  },
});
