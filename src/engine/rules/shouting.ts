import { defineRule, inUrl, matchSpans } from '../rule';

// Capitals are how people shout joy too ("WE CLOSED ON THE HOUSE!!!"), and
// joy is not promotion: only sales words in capitals count.
const SHOUTED_SALES = new Set([
  'FREE', 'NOW', 'SALE', 'BUY', 'NEW', 'LAST', 'OFF', 'DEAL', 'DEALS', 'ONLY', 'BEST', 'HUGE', "DON'T", 'MISS', 'GET',
  'LIMITED', 'OFFER', 'ORDER', 'ORDERS', 'DISCOUNT', 'SAVE', 'TODAY', 'HURRY', 'SHOP', 'BOOK', 'LINK', 'CODE',
  'GIVEAWAY', 'WIN', 'CLICK', 'SIGN', 'JOIN', 'SUBSCRIBE', 'FOLLOW', 'EXCLUSIVE', 'SPOTS', 'LEFT', 'ENDS',
  'TONIGHT', 'CLEARANCE', 'RESTOCK', 'RESTOCKED', 'DROP', 'LAUNCH', 'AVAILABLE', 'PRICE', 'PRICES', 'BONUS',
]);
// Words that are as often joy as a sale ("WE WIN IT!!!!! I NEARLY DROP DE POT", "A WHOLE BOOK DEAL", "PAID IT OFF
// TODAY… LOOK AT ME NOW"): two of them alone are not shouting a sale.
const ALSO_JOY = new Set(['WIN', 'DROP', 'BEST', 'HUGE', 'GET', 'NEW', 'JOIN', 'LEFT', 'BOOK', 'DEAL', 'NOW', 'TODAY']);
// Sales words that are something else by their neighbours (a table, so each exception is one row):
// "GOT THE OFFER LETTER" is a job offer; "4 DAYS OFF", "TIME OFF" is rest, not a discount; "I DON'T have to" is not "DON'T MISS".
const NOT_A_SALE: Readonly<Record<string, { before?: RegExp; after?: RegExp }>> = {
  OFFER: { after: /^\s+LETTER/u },
  OFF: { before: /\b(?:DAYS?|WEEKS?|NIGHTS?|TIME|SHIFTS?)\s+$/u },
  // "I DON'T have to DJ?!": only "DON'T MISS", "DON'T WAIT" sell.
  "DON'T": { after: /^\s+(?!MISS|WAIT|SLEEP|HESITATE|DELAY|FORGET)/u },
};
const CAPS_WORD = /(?<![\p{L}\p{N}@#])[A-Z][A-Z'’]{2,}(?![\p{L}\p{N}])/gu;
const BANGS = /!{2,}|[!?]*\?!+[!?]*/gu;

export default defineRule({
  id: 'shouting',
  axis: 'promotion',
  description: 'Shouting sales words in capitals ("FREE", "SALE", "NOW") with "!!!"; capitals of joy do not count.',
  weight: -6,
  maxHits: 3,
  message: 'Capitals and stacked exclamation marks read as shouting.',
  nudge: 'Lower the volume: no capitals or "!!!".',
  suggestions: ['Write it in lower case', 'Use one exclamation mark at most'],
  example: 'HUGE SALE TODAY!!! DON\'T MISS IT!!!',
  check(ctx) {
    const caps = matchSpans(ctx.text, CAPS_WORD).filter((m) => {
      const w = m.match[0];
      const not = NOT_A_SALE[w];
      const other = !!not && ((not.after?.test(ctx.text.slice(m.end, m.end + 12)) ?? false) || (not.before?.test(ctx.text.slice(Math.max(0, m.start - 12), m.start)) ?? false));
      return !inUrl(ctx, m) && SHOUTED_SALES.has(w.replace(/’/g, "'")) && !other;
    });
    // A single capitalised word is emphasis; two or more is shouting.
    const hits = caps.length >= 2 && caps.some((m) => !ALSO_JOY.has(m.match[0])) ? caps : [];
    // Stacked "!!!" count only when the capitals are selling; "CONGRATS!!!" is joy.
    const bangs = matchSpans(ctx.text, BANGS);
    const loud = hits.length > 0 && (bangs.length >= 2 || bangs.some((b) => b.end - b.start >= 3)) ? bangs : [];
    return [...hits, ...loud].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  },
});
