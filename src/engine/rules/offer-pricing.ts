import { defineRule, dropOverlapping, inUrl, matchSpans, phraseRegex, sentenceAt } from '../rule';
import { HIRING, PRICE_ADVICE, PROMO_CODE, SELLER_SENTENCE } from '../sale-words';

// Offers, discounts and "free" giveaways used as bait ("feel free" is not).
const PHRASES = [
  'discount', 'discounted', 'coupon', 'promo', 'on sale', 'flash sale', 'big sale', 'black friday deal',
  'best deal', 'special offer', 'exclusive offer', 'limited offer', 'introductory offer', 'early bird',
  'early-bird', 'free trial', 'free shipping', 'free ebook', 'free e-book', 'free guide', 'free webinar',
  'free consultation', 'free consultations', 'free consult', 'pay what you want', 'pay-what-you-want', 'free download', 'free masterclass', 'free audit', 'free checklist',
  'free template', 'free demo', 'money-back', 'money back guarantee', 'risk-free', 'no credit card',
  'for just', 'for only', 'half price', 'half-price', 'bogo', 'buy one get one', 'what we have to offer',
  'we offer', 'our offer', 'our pricing', 'per month', 'bundle', 'lifetime deal', 'lifetime access',
  'taking on a few', 'taking on new clients', 'freelance clients', 'opened up a few', 'a few paid', 'now booking',
  'booking now', 'commissions open', 'available for hire', 'first month free', 'month free', 'for free', 'normally', 'half the price', 'get a quote', 'price list', 'our prices', 'rate card', 'free quote', 'free valuation', 'free estimate', 'free assessment', 'free fitting',
];
// Somebody else's discount, told as advice: "venues knock 20-30% off", "most shops give 10% off".
const THEIR_DISCOUNT = /\b(?:they|venues|shops|stores|places|most|many|some|sites|airlines|hotels|suppliers) (?:\p{L}+ )?(?:knock|give|do|offer|take|drop)s? (?:you )?(?:about |around |up to |like )?(?:\d+\s?[-–]\s?)?$/iu;
// Percentage discounts: "50% off", "save 20%".
// "First lesson -50%": a minus before a percentage is a discount too.
const DISCOUNT = /\b\d+\s?%\s?off\b|\bsave\s+\d+\s?%|(?<![\w.])-\d{1,2}\s?%/giu;
// "Free for a week", "free for up to 10 certs" can be information too
// ("parking is free for 2 hours"): it needs a seller or a link around it.
// A post as a coupon: "show this post at the counter", "show this tweet at the door" (13 promotional training drafts,
// no other; "show this post to your mum" is not; "mention this post" is thanks-then-offer's).
const COUPON = /\b(?:show|screenshot) (?:this|the|our) (?:post|tweet|ad|message|status|reel|story)\b(?=\s+(?:at|when|in[- ]store|on arrival|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:any day |all )?this (?:week|weekend|month)|(?:to|with) (?:the|our|any) (?:staff|team|barista|till|counter|door|bar|driver|reception)|and (?:get|you|receive|enjoy)))/giu;
const FREE_FOR = /\bfree for (?:a|one|two|three|\d+|(?:up to|the first) \d+) [\w-]+/giu;
// The terms of a free or trial offer: "first call is free", "first session's
// free", "a free 15-minute consultation", "a flat fee", "a one-time fee",
// "friends' rate", "a free inspection" (8 promotional training drafts, no other), "your next clean is free", "the second flat white is on us", "first song's on the house"
// (8 promotional training drafts, 1 mixed): a seller's terms wherever they are.
const FREE_TERMS = /\b\d+[- ]day (?:free )?trial\b|\b(?:your|the) (?:first|second|2nd|next) (?:[\p{L}-]+ ){1,3}?(?:is|'s|’s) (?:free|on us|on the house)\b|\b(?:first|second|next) [\p{L}-]+(?:'s|’s| is) on the house\b|\b(?:your |my |the )?first (?:call|session|class|lesson|visit|consult(?:ation)?|month|week|box|order|coffee|drink)(?:'s|’s| is| are)? (?:free|on (?:us|me|the house))\b|\bfree \d+[- ]?(?:min(?:ute)?s?|hour|hr)[- ](?:call|consult(?:ation)?|chat|session|assessment|review)\b|\bflat (?:fee|rate)\b|\bone-time (?:fee|payment|price)\b|\b(?:friends'?|mates'?|family) (?:rate|rates|discount|price)\b|\bfree (?:roof |home |damp |boiler |eye )?(?:inspection|survey|check-?up|health check)s?\b/giu;
// Prices: "$49", "€19.99", "40 bucks". A price is an offer when the seller
// states it ("just $49", "$12 each", "our plans start at…"); a price named
// in advice to someone ("a $5 adapter fixed it for me") is information.
// Other currencies as their writers put them: "R$600", "₦15,000", "GH₵500", "60 zł", "KSh 2,000", "Rs 499".
const PRICE = /(?:(?:[$€£₱₹₦₵₺₫¥₩]|R\$|GH₵|\bKSh\s?|\bRs\.?\s?|\bRp\s?)\d(?:[\d,.]*\d)?(?:\s?(?:k|\/mo|\/month|\/yr))?|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars|bucks|zł|zl|pln|naira|cedis|ksh|kes|inr|php|idr|vnd|egp|aed|npr|lira|rand)\b|\b\d+(?:[.,]\d+)?\s?zł)/giu;
// The writer states the price as a seller: "just $49", "from £12", "$12 each", "$9/mo", "£85 fitted".
const SELLER_BEFORE = /(?:\b\d+ for|\b(?:just|only|flat|nothing over|from|starting at|starts at|start at|priced at|sale|deal|for (?:just|only)))\s*$/iu;
// A price per period ("£29 a month", "$190 a night") is what a plan, a room
// or a railcard costs: the writer's own only with them in the sentence.
const PERIOD_AFTER = /^\s?(?:per (?:month|year|night|hour|week)|a (?:month|year|night|week)|\/\s?(?:mo|month|yr|year|hr|hour|night|wk|week))\b/iu;
const OWNER = /\b(?:our|my|we|us|i)\b/iu;
// ("£35 TIL SUNDAY", "$2,490 until midnight": a price that ends is a sale price.)
// ("£2.99 this weekend (usually £6.99)": 18 promotional training drafts, no other.)
const SELLER_AFTER = /^,?\s*(?:delivered\b|posted\b|shipped\b|inc(?:l|luding)?\.? (?:postage|delivery|p&p|shipping)\b|(?:til|till|until|thru) (?:mon|tue|wed|thu|fri|sat|sun|the end|end of|midnight)|this weekend|this week only|today only|\(?usually [£$€]\d|(?:for )?the (?:set|pair|lot)\b|o\.?n\.?o\b|one-time|on the door|fitted\b|installed\b|supplied and fitted\b|initial|at (?:the|our|my) (?:studio|shop|stall|door|market|farm gate|counter|front desk)|with free (?:uk |us )?(?:postage|shipping|delivery)|each|ea\b|per (?:person|head|session|class|box|bag|jar|piece)|a (?:session|class|head|person|box|jar|bag)|\/\s?(?:person|pp)|\+\s?vat|only|off\b(?! (?:the|a|my|her|his|their|target|goal))|pp\b|pppn\b|lifetime|for life|(?:at|:|-|→|👉)\s*(?:https?:\/\/|www\.)?[a-z0-9-]+\.[a-z]{2,})/iu;
// …or the sentence says the writer sells (sale-words.ts SELLER_SENTENCE).
// A wage in a job post ("£12.50/hr", "£60/video to start", sale-words.ts HIRING) is pay, not a price.
const WAGE_AFTER = /^\s?(?:\/\s?(?:hr|hour|h|video|vid|shift|day|wk|week)|(?:an|per|a) (?:hour|shift|day|video)|-\d|\s?k\b|\s?\+ ?(?:bonus|tips))/iu;
/** A price or offer word with no seller around it is information, not an offer: it moves nothing. */
const INFO_PRICE_FACTOR = 0;
// Offer words that also appear in advice ("a discount card", "it's free"):
// like prices, they need a seller around them.
const WEAK = new Set(['discount', 'discounted', 'for free', 'normally', 'bundle', 'coupon', 'promo', 'on sale', 'half price', 'half-price', 'half the price']);
const re = phraseRegex(PHRASES);
// "Setup from 10 if you're an early bird", "early birds welcome": a person, not a price.
const PERSON_EARLY_BIRD = /\ban early[- ]bird|early[- ]birds\b/iu;

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
  // "Don't pay £90 for a kit, the builders' merchant gave us offcuts for free": prices warned about are advice.
  mutedBy: ['advising'],
  check(ctx) {
    const sellerAround = (start: number, end: number) => {
      const sentence = sentenceAt(ctx, start)?.text ?? ctx.text;
      // What someone paid or warns about, said earlier in the sentence, or money for a cause: information.
      const lead = ctx.text.slice(Math.max(0, start - 80, sentenceAt(ctx, start)?.start ?? 0), start);
      if ((PRICE_ADVICE.test(lead) || ctx.fundraising) && !SELLER_SENTENCE.test(sentence)) return false;
      return SELLER_BEFORE.test(ctx.text.slice(Math.max(0, start - 14), start)) ||
        SELLER_AFTER.test(ctx.text.slice(end, end + 28)) || SELLER_SENTENCE.test(sentence) ||
        (PERIOD_AFTER.test(ctx.text.slice(end, end + 12)) && OWNER.test(sentence));
    };
    const phrases = matchSpans(ctx.text, re).filter(({ start, end, match }) => !/^early/iu.test(match[0]) || !PERSON_EARLY_BIRD.test(ctx.text.slice(Math.max(0, start - 4), end + 1))).map(({ start, end, match }) => ({
      start, end, factor: WEAK.has(match[0].toLowerCase()) && !sellerAround(start, end) ? INFO_PRICE_FACTOR : 1,
    }));
    const prices = matchSpans(ctx.text, PRICE).map(({ start, end }) => ({
      start, end, factor: (HIRING.test(ctx.text) && WAGE_AFTER.test(ctx.text.slice(end, end + 16))) || !sellerAround(start, end) ? INFO_PRICE_FACTOR : 1,
    }));
    const discounts = [...matchSpans(ctx.text, DISCOUNT).filter(({ start }) => !THEIR_DISCOUNT.test(ctx.text.slice(Math.max(0, start - 30), start))), ...matchSpans(ctx.text, FREE_TERMS), ...matchSpans(ctx.text, COUPON), ...matchSpans(ctx.text, PROMO_CODE) /* sale-words.ts: 163 promotional training drafts, no other */].map(({ start, end }) => ({ start, end, factor: 1 }));
    const linked = (start: number) => { const s = sentenceAt(ctx, start); return !!s && ctx.urls.some((u) => u.start >= s.start && u.start < s.end); };
    const freeFor = matchSpans(ctx.text, FREE_FOR).map(({ start, end }) => ({ start, end, factor: sellerAround(start, end) || linked(start) ? 1 : INFO_PRICE_FACTOR }));
    const all = [...discounts, ...phrases, ...freeFor, ...prices].filter((h) => !inUrl(ctx, h));
    // A discount and a price can overlap ("$5 off"); keep the first of overlapping spans.
    const kept = dropOverlapping(all.sort((a, b) => a.start - b.start));
    // Strongest first, so that maxHits keeps the real offers.
    return kept.sort((a, b) => (b.factor ?? 1) - (a.factor ?? 1) || a.start - b.start);
  },
});
