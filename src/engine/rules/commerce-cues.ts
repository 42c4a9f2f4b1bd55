import { NEWCOMER_BEFORE, PRICE_ADVICE } from '../sale-words';
import { defineRule, inQuestion, inUrl, matchSpans, phraseRegex, sentenceAt } from '../rule';

// How small shops sell without sales words: restocks, "DM to order",
// sizes and colours, collection and shipping, "available" with a price.
// A customer asking "is it back in stock?" is a question, not a cue, so
// cues inside questions count only when the writer is offering.

const CUES = [
  'restock', 'restocked', 'restocking', 'back in stock', 'in stock', 'out of stock', 'sold out', 'new stock',
  'just dropped', 'new listing', 'new listings', 'now in the shop', 'in the shop now', 'on the website now', 'up on the site',
  'now live on', 'listed on', 'dm to order', 'pm to order', 'message to order', 'comment to order', 'pm sent', 'dm sent',
  'ships worldwide', 'ships free', 'free shipping', 'shipping included', 'shipping worldwide', 'we ship', 'free delivery', 'local delivery', 'delivery available', 'collection available',
  'click and collect', 'pick up or', 'meet-up or ship', 'available pa', 'available in', 'available now',
  // "NO TIMEWASTERS!!!": a seller's warning to buyers (5 promotional training drafts, no other).
  'no timewasters', 'no time wasters',
  'sizes', 'size s', 'colourways', 'colorways', 'limited run', 'small batch', 'made to order', 'custom orders',
  'pre-orders', 'orders open', 'order cut-off', 'each or', 'per box', 'per dozen', 'per jar',
  'per bag', 'a jar', 'say hello to our', 'meet our newest', 'our newest', 'our new', 'new in', 'fresh batch',
  'grab one', 'get them while', 'while stocks last', 'find us at', 'come see us', 'pop in', 'pop by',
  'open till', 'open until', 'opening hours', 'now open',
  // A shop's door held open and a place held for a deposit: "pop down", "walk-ins welcome", "£300 secures your place".
  'pop down', 'pop over', 'come and see us', 'walk-ins welcome', 'walk in welcome', 'walk-in welcome', 'walk-ins are welcome',
  'on the shop floor', 'taking deposits', 'deposits now', 'secures your place', 'secure your place', 'secures your spot',
];
// A price stated as a seller states it: "₱250 each", "£12 a jar", "$40 per".
const SELLER_PRICE = /[$€£₱₹¥]\s?\d[\d,.]*\s*(?:each|ea\b|a (?:jar|box|bag|bottle|piece|dozen|loaf|print|set|pair|bunch)|per\b|for (?:two|2|three|3)|\+ ?(?:p&p|postage|shipping))/giu;
// The seller's own stall: "my stall", "stall 14 at Castle Street market", "doing a stall at the fair", "stall's open
// sat 9-3"; "the lady on the egg stall" and "a market stall sells them for $19" are somebody else's.
const OWN_STALL = /\b(?:my|our|on the) stall\b|\bstall \d+\b|\bdoing a stall\b|\bstall['’]s open\b/giu;
// "Last orders" sells, but the pub's last-orders bell is a story.
const LAST_ORDERS = /\blast orders\b(?! bell)/giu;
const cues = phraseRegex(CUES);

// "size down 2 sizes", "go up one sizes": how far to size, said before "sizes".
const SIZED_BY = /\b(?:down|up) (?:\d|one|two|three|a|half a) $/iu;

export default defineRule({
  id: 'commerce-cues',
  axis: 'promotion',
  description: 'Shop talk that sells without sales words: restocks, "DM to order", shipping, "say hello to our newest…", "£12 a jar".',
  weight: -8,
  maxHits: 3,
  message: 'This is shop talk: it tells people what is for sale.',
  nudge: 'Tell the story behind the thing, or ask people something; leave the ordering details for those who ask.',
  suggestions: ['Share how it was made or who it is for', 'Answer questions about ordering in replies'],
  example: 'Say hello to our newest mug ☕ restocked, £12 each, DM to order!',
  // A fundraiser's jar on the bar or cake stall raises money for someone else; it sells nothing of the writer's.
  // …and "don't pay £120, the sling library does £5 for 2 weeks" warns someone off paying.
  // …and "I'm not involved with the project": somebody else's prices, recommended (sale-words.ts DISINTERESTED).
  mutedBy: ['fundraising', 'advising', 'disinterested'],
  check(ctx) {
    // "about $60 each", "the ones charging £600 for 3 days": a price someone paid or warns about.
    const prices = matchSpans(ctx.text, SELLER_PRICE).filter((h) => !PRICE_ADVICE.test(ctx.text.slice(Math.max(0, h.start - 40), h.start)));
    return [...matchSpans(ctx.text, cues), ...matchSpans(ctx.text, OWN_STALL), ...matchSpans(ctx.text, LAST_ORDERS), ...prices]
      .filter((h) => !inUrl(ctx, h))
      // "congrats on the stall!!": somebody else's stall.
      .filter((h) => !/\bcongrat\w*\s+(?:on\s+)?$/iu.test(ctx.text.slice(Math.max(0, h.start - 20), h.start)))
      // "I am new in this area": a person, not stock.
      .filter((h) => !NEWCOMER_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 14), h.start)))
      // "don't size down 2 sizes": how far to size down, not a range in stock.
      .filter((h) => ctx.text.slice(h.start, h.end).toLowerCase() !== 'sizes' || !SIZED_BY.test(ctx.text.slice(Math.max(0, h.start - 14), h.start)))
      // "Is it back in stock?" asks; "back in stock, are you coming?" with our/my sells.
      .filter((h) => !inQuestion(ctx, h.start) || /\b(?:we|our|my|i)\b/iu.test(sentenceAt(ctx, h.start)?.text ?? ''))
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start - b.start);
  },
});
