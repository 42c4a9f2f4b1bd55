import { defineRule, inUrl, matchSpans, phraseRegex } from '../rule';

// Offers, discounts and "free" giveaways used as bait ("feel free" is not).
const PHRASES = [
  'discount', 'discounted', 'coupon', 'promo', 'on sale', 'flash sale', 'big sale', 'black friday deal',
  'best deal', 'special offer', 'exclusive offer', 'limited offer', 'introductory offer', 'early bird',
  'early-bird', 'free trial', 'free shipping', 'free ebook', 'free e-book', 'free guide', 'free webinar',
  'free consultation', 'free consult', 'free download', 'free masterclass', 'free audit', 'free checklist',
  'free template', 'free demo', 'money-back', 'money back guarantee', 'risk-free', 'no credit card',
  'for just', 'for only', 'half price', 'half-price', 'bogo', 'buy one get one', 'what we have to offer',
  'we offer', 'our offer', 'our pricing', 'per month', 'bundle', 'lifetime deal', 'lifetime access',
  'taking on a few', 'taking on new clients', 'freelance clients', 'opened up a few', 'a few paid', 'now booking',
  'booking now', 'commissions open', 'available for hire', 'first month free', 'month free', 'for free', 'normally', 'half the price', 'get a quote', 'free quote',
];
// Prices and percentage discounts: "$49", "€19.99", "50% off", "save 20%".
const PRICE = /(?:[$€£]\s?\d[\d,.]*(?:\s?(?:k|\/mo|\/month|\/yr))?|\b\d+\s?%\s?off\b|\bsave\s+\d+\s?%|\b\d+\s?(?:usd|eur|gbp|dollars|bucks)\b)/giu;
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'offer-pricing',
  axis: 'promotion',
  description: 'Prices, discounts and free offers: "$49", "50% off", "free trial", "use our special offer".',
  weight: -16,
  maxHits: 2,
  message: 'Prices and offers make the post a sales pitch.',
  nudge: 'Leave prices and offers out of the conversation.',
  suggestions: ['Remove the price or discount', 'Share what you learned instead of what it costs'],
  example: 'Get 50% off our planner this week, just $19!',
  check(ctx) {
    return [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, PRICE)]
      .map(({ start, end }) => ({ start, end }))
      .filter((h) => !inUrl(ctx, h))
      .sort((a, b) => a.start - b.start);
  },
});
