import { defineRule, matchSpans, phraseRegex } from '../rule';
import { PROMO_CODE } from '../sale-words';

// Thanks-washing: gratitude or an anniversary used as the wrapper for an
// offer ("THANK YOU for 10 years! 30% off with code…"). The thanks earn
// points elsewhere; this takes them back when an offer follows.

// An occasion marked for customers: any price near it is the offer.
const CELEBRATE = [
  'to celebrate', 'as a thank you', 'as a thank-you', 'as a little thank you',
  'as a small thank you', 'as a thank u', 'as a little thank-you', 'as a small thank-you', 'to mark', 'in honour of', 'in honor of', 'anniversary',
  'birthday sale', 'years in business',
  // "Small thank-you: returning clients get 15% off", "anniversary gift: a free consult with any package",
  // "For celebrate: 10% off" (as its writer put it).
  'small thank-you', 'small thank you', 'little thank-you', 'little thank you',
  'thank-you gift', 'anniversary gift', 'for celebrate',
  // "as a lil thank you, private room bookings are half price".
  'as a lil thank you', 'as a lil thank-you', 'as a big thank you', 'birthday treat',
];
// Plain thanks ("thanks for the tip on the hinge jig!! £9 off the market"): a price near them may be what
// somebody paid, so only a seller's terms count (STRICT_OFFER).
const THANKS = ['thank you for', 'thank u for', 'thanks for', 'thank you so much', 'thank you all', 'thank u all', 'thank you everyone', 'thanks everyone', 'to say thanks', 'to say thank you', 'to thank you', 'thank you to every', 'thank u to every',
  // Whole words, so "to everyone" is its own phrase: "thank u to everyone who came… half price thru january".
  'thank you to everyone', 'thank u to everyone', 'thanks to everyone', 'thank you to everybody', 'thanks to everybody',
  'thank you to all', 'thank u to all', 'thanks to all'];
// What makes it an offer (with a discount code, sale-words.ts PROMO_CODE).
// (Not a gift received: "thank you for the christmas card and the voucher".)
// "half price for all teams", "a free slice of cake with a hot drink", "a free 30-min consult with any package",
// "a free year's supply of batteries with any new hearing aid", "anyone who mentions this post",
// "first clean FREE for new customers", "2-for-1 entry", "any party booked before March gets…" are offers as much as "20% off" ("the ladder blew off the van" is not).
const TERMS = String.raw`\b\d+\s?%\s?off\b|(?<!\b(?:for|and) (?:the|your|a|my) (?:[\p{L}-]+ )?)\b(?:promo code|coupon|discount|voucher)\b|\bhalf[- ]price\b|\bfree\s+[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,3}\s+with\b|\bmention(?:s|ing)? (?:this|the) (?:post|ad)\b|\bfirst (?:clean|class|lesson|session|visit|consult|consultation|cut|treatment|wash|service|check) (?:is |'s |’s )?free\b|\b(?:2|two)[- ]for[- ](?:1|one)\b|\bany [\p{L}-]+ booked (?:before|by|this)\b|(?<!\b(?:blew|fell|came|took|got|jumped|ran|went|dropped|kicked|laughed|slipped|fallen|knocked|taken|come)\s)\boff (?:your|the|all|every|any)\b`;
const PRICE = String.raw`[$€£₱]\s?\d[\d.,]*(?:k\b)?`;
const OFFER = new RegExp(String.raw`${TERMS}|\bfirst month\b|${PRICE}`, 'giu');
// A seller's price ("for" or "at" a price may be what somebody paid): "just £8", "£97 instead of £150", "$60 pieces", "$5/mo", "half price first month".
const STRICT_OFFER = new RegExp(
  String.raw`${TERMS}|\b(?:half price |free )?first month (?:free|for|half|at)\b|\bhalf price first month\b|\b(?:just|only|from|starting at|now)\s${PRICE}|${PRICE}\s?(?:off\b(?! (?:the|a|my|his|her|their) (?!first\b))|each|instead of|pieces|per|a (?:box|bag|jar|month|session|class)|\/\s?(?:mo|month|yr|year|session))\b`,
  'giu',
);
const celebrate = phraseRegex(CELEBRATE);
const thanked = phraseRegex(THANKS);

const SHORT_OF = /^\s*(?:short|needed|to go|over budget|in the hole)\b/iu;

export default defineRule({
  id: 'thanks-then-offer',
  axis: 'promotion',
  description: 'Thanks-washing: gratitude or an anniversary that turns into a discount or code.',
  weight: -12,
  maxHits: 1,
  message: 'The thanks are a wrapper for an offer.',
  nudge: 'Let the thank-you stand on its own; post the offer separately, if at all.',
  suggestions: ['Thank people by name, without the code', 'Share a memory from those years'],
  example: 'THANK YOU for 10 amazing years! To celebrate, 30% off everything with code TEN.',
  // Thanks around "even £5 helps" for a fundraiser ask for a gift, not a sale.
  mutedBy: ['fundraising'],
  check(ctx) {
    const occasion = matchSpans(ctx.text, celebrate)[0];
    const thanks = occasion ?? matchSpans(ctx.text, thanked)[0];
    if (!thanks) return [];
    const offers = matchSpans(ctx.text, occasion ? OFFER : STRICT_OFFER);
    // "we were about €140 short… you covered it": a sum somebody needed, not a price.
    const offer = [...matchSpans(ctx.text, PROMO_CODE), ...offers.filter((m) => !SHORT_OF.test(ctx.text.slice(m.end, m.end + 16)))]
      .sort((a, b) => a.start - b.start)
      .find((m) => Math.abs(m.start - thanks.start) < 400);
    return offer ? [{ start: offer.start, end: offer.end }] : [];
  },
});
