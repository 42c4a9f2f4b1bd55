import { defineRule, matchSpans, phraseRegex } from '../rule';

// Thanks-washing: gratitude or an anniversary used as the wrapper for an
// offer ("THANK YOU for 10 years! 30% off with code…"). The thanks earn
// points elsewhere; this takes them back when an offer follows.

const CELEBRATE = [
  'to celebrate', 'to say thanks', 'to say thank you', 'as a thank you', 'as a thank-you', 'as a little thank you',
  'as a small thank you', 'as a thank u', 'to thank you', 'to mark', 'in honour of', 'in honor of', 'anniversary',
  'birthday sale', 'years in business', 'thank you for', 'thank u for', 'thanks for', 'thank you so much', 'thank you all',
];
// What makes it an offer.
const CODE = /\b[Cc]ode\s*:?\s*[A-Z0-9]{3,}\b/gu;
const OFFER = /\b\d+\s?%\s?off\b|\b(?:promo code|coupon|discount|voucher)\b|\bfree\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+with\b|\boff (?:your|the|all|every|any)\b|\bfirst month\b|[$€£₱]\s?\d/giu;
const celebrate = phraseRegex(CELEBRATE);

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
    const thanks = matchSpans(ctx.text, celebrate)[0];
    if (!thanks) return [];
    const offer = [...matchSpans(ctx.text, CODE), ...matchSpans(ctx.text, OFFER)].sort((a, b) => a.start - b.start).find((m) => Math.abs(m.start - thanks.start) < 400);
    return offer ? [{ start: offer.start, end: offer.end }] : [];
  },
});
