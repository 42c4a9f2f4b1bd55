import { defineRule, fromClauseStart, matchSpans, phraseRegex, toClauseEnd } from '../rule';
import { NEWCOMER_BEFORE } from '../sale-words';

// A cheerful shop post presents a product as news: "the pear and ginger
// scones are back", "new tees are in", "just landed", "fresh batch". Cheer is
// not the signal (DESIGN.md); the product-as-news phrase is. An imperative
// right after an emoji ("☕ pop in!", "🥐 come early") is a call to the shop.
const NEWS = [
  'are back', 'is back', 'is finally back', 'are finally back', 'is officially back', 'are officially back', 'back in stock', 'back by popular demand', 'restocked', 'just landed', 'have landed',
  'has landed', 'just dropped', 'new drop', 'fresh batch', 'just in', 'new in', 'new on the shelf', 'new on the counter', 'just listed', 'new listing', 'new vid drops', 'new video drops', 'new arrivals',
  'are in', 'now in stock', 'out now', 'goes live', 'go live', 'new flavour', 'new flavor', 'new season',
  'limited batch', 'small batch', 'new menu', 'on the menu', 'in store now', 'on the shelves',
  'new episode', 'new collection', 'new range', 'new stock', 'new sheet', 'new flash', 'just rolled in', 'this batch',
  'we drop', 'dropping tonight', 'drops tonight', 'drop tonight',
  // "The new V4 drivers landed this morning", "fresh out of the kiln", "has finally come back in".
  'landed this morning', 'landed today', 'just arrived', 'arrived today', 'fresh delivery', 'fresh out of the kiln',
  'fresh out of the oven', 'new batch', 'finally come back in', 'back in the shop',
  // …and news of life as often ("spring is here", "they're back from Spain"): only where something is on sale.
  "they're here", "they’re here", "it's here", "it’s here", "they're back", "they’re back",
  // "Vinyl is here!", "The first strawberries are here!" (weak: "monsoon is here" is news of life).
  'is here', 'are here',
];
// Imperatives to come, buy or try, right after an emoji or a line start.
const EMOJI_IMPERATIVE = /(?:\p{Extended_Pictographic}\uFE0F?\s*)(?:pop in|come (?:in|by|early|down|and)|grab|get|try|order|book|swing by|stop by|drop by|see you)\b[^.!?\n]{0,60}/giu;
const news = phraseRegex(NEWS);
// Released where it is sold (s33-s36: promotional only): "out on iOS now", "it's on Kindle Unlimited now".
const OUT_ON = /\b(?:out|available|live) (?:now )?on (?:ios|android|kindle(?: unlimited)?|steam|amazon|spotify|bandcamp|the app store|google play|all platforms) now\b|\b(?:out|available|live) now on (?:ios|android|kindle(?: unlimited)?|steam|amazon|spotify|bandcamp|the app store|google play|all platforms)\b/giu;
const ADVICE_VERB = /^\p{Extended_Pictographic}\uFE0F?\s*(?:get|try|grab)\b/iu;
// Phrases that are also news of life ("spring is back", "the roses are in"): they need something on sale around them.
const WEAK = new Set(['are back', 'is back', 'is finally back', 'are finally back', 'is officially back', 'are officially back', 'are in', 'just in', 'new in', 'new season', 'on the menu', "they're here", "they’re here", "it's here", "it’s here", "they're back", "they’re back", 'just arrived', 'arrived today', 'landed today', 'is here', 'are here']);
const NOT_NEWS_AFTER = /^\s+(?:time|case)\b/iu;
// "are back" after a person ("the kids are back at school") is news of life, as is "love them while they're here";
// "the link is here", "slides are here", "the baby is HERE" point at something, or someone; "ours are in the diggers
// phase too" is a child.
const PERSONAL_BEFORE = /\b(?:while|when|if|until|kids|children|ours|mine|yours|theirs|we|they|i|you|he|she|parents|mum|mom|dad|friends|results|symptoms|headaches?|pain|students|school|links?|details|slides|notes|wording|baby|nobody|everyone|who|what|help)\s*$/iu;

export default defineRule({
  id: 'shop-news',
  axis: 'promotion',
  description: 'A product presented as news in a cheerful shop post ("the scones are back", "new tees are in"), or an imperative to the shop after an emoji ("☕ pop in!").',
  weight: -10,
  maxHits: 2,
  message: 'A product announced as news reads as an ad, however cheerful.',
  nudge: 'Tell the story behind it, or ask your regulars something; the shop details can wait for those who ask.',
  suggestions: ['Share how it is made, or who inspired it', 'Ask people what they would like next'],
  example: 'Rainy Tuesday ☔ The pear and ginger scones are back and the kettle is on. See you on Church Street!',
  showsClause: true,
  // "We're trying to raise £4,000 for new stock": a fundraiser's needs, not a shop's news.
  mutedBy: ['fundraising'],
  check(ctx) {
    const hits = matchSpans(ctx.text, news)
      .filter((m) => !PERSONAL_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)) && !NEWCOMER_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)))
      // "Just in time", "just in case"; and "the ducks are back" where nothing is on sale.
      .filter((m) => !NOT_NEWS_AFTER.test(ctx.text.slice(m.end, m.end + 8)))
      .filter((m) => ctx.onSale || !WEAK.has(m.match[0].toLowerCase().replace(/\s+/gu, ' ')))
      // "The scones are back": the thing announced comes before; "Just in 🚲 3 bikes": after.
      .map((m) => fromClauseStart(ctx.text, m));
    // "😅 try five sentences a day", "get a used soft top" in a reply: advice to the person answered, not a call to a shop.
    const calls = matchSpans(ctx.text, EMOJI_IMPERATIVE).filter((m) => !(ctx.answering && ADVICE_VERB.test(m.match[0]))).map(({ start, end, match }) => {
      // The span starts at the verb, not the emoji.
      const lead = /^\p{Extended_Pictographic}\uFE0F?\s*/u.exec(match[0])?.[0].length ?? 0;
      return toClauseEnd(ctx.text, { start: start + lead, end: Math.min(end, start + lead + 6) });
    });
    const released = matchSpans(ctx.text, OUT_ON).map(({ start, end }) => ({ start, end }));
    return [...hits, ...calls, ...released].sort((a, b) => a.start - b.start);
  },
});
