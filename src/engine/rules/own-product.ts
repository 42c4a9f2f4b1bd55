import { defineRule, dropOverlapping, matchSpans } from '../rule';

// Things people sell. "my new book" in a post can be news; the same words in
// somebody else's replies are usually a pitch.
const PRODUCTS = [
  'app', 'tool', 'course', 'product', 'platform', 'service', 'services', 'book', 'ebook', 'e-book', 'newsletter',
  'podcast', 'agency', 'startup', 'webinar', 'masterclass', 'program', 'programme', 'coaching', 'shop', 'store',
  'software', 'saas', 'plugin', 'extension', 'template', 'templates', 'membership', 'community', 'channel',
  'brand', 'solution', 'offer', 'workshop', 'bootcamp', 'framework', 'system', 'consultancy', 'firm', 'company',
  'clients', 'customers', 'team can', 'paid community', 'insurance', 'products', '1:1 coaching', 'coaching program',
  // Where creators sell: "it's on my patreon for the $3 tier".
  'patreon', 'substack', 'etsy', 'ko-fi', 'kofi',
];
const RE = new RegExp(
  // "my 8 week Balance programme", "our 6-lesson mini course", "my Unwind app": a length and a word before the
  // product are still it; "my last company", "my banking app" are not the writer's to sell, nor "my tool chest", "my book club",
  // nor where the writer shops: "my charity shop blazer", "my local shop", "our favourite store".
  `\\b(?:my|our)\\s+(?:(?:new|latest|own|free|brand-new|little|mini|online|signature|\\d+[- ]?(?:week|day|month|lesson|module|part|step)s?)\\s+){0,2}(?:(?!(?:first|last|previous|former|old|current|busiest|immune|nervous|notes|phone|email|banking|bank|health|daughter|son|mum|dad|charity|thrift|op|local|favourite|favorite|fave|usual|nearest)\\b)\\p{L}+\\s+)?(?:${PRODUCTS.join('|')})\\b(?!\\s+(?:chest|box|kit|belt|bag|club)\\b)`,
  'giu',
);

// "At Quantiva, we…": speaking as a company.
const AT_COMPANY = /\bat\s+[A-Z][\w.&-]+,?\s+we\b/gu;
// Naming the business you built or work for: "we built DisputeDesk", "I run
// Wild Acre Flowers", "our team at Bridgepath", "I lead partnerships at
// Queuely". Case matters: the name is capitalised, "we built a fort" is not.
const NAMED_BUSINESS = /\b(?:[Ww]e|I)\s+(?:(?:actually|just|recently|finally|also)\s+)?(?:built|made|created|launched|founded|started|run|own|designed)\s+(?:[A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+)*|\b(?:[Oo]ur team|[Mm]y team|I work|I lead [\w ]{1,24}?|I head [\w ]{1,24}?|I'm (?![\w ]*\bbut\b)[\w ]{1,24}?|we're|ours) at [A-Z][\w&-]+|\b(?:[Tt]he exact reason|[Ee]xactly why|[Tt]hat's why|[Tt]hat is why) (?:we|I) (?:built|made|created|started)\b/gu;

// One's own named work as the answer: "This is exactly why I wrote The Ember Crown", "why we built Ledgerly" (case matters:
// the name; 8 promotional and mixed training drafts, no human one).
const WHY_NAMED = /\bwhy (?:I|we) (?:wrote|made|built|created|started|launched|designed) (?:The )?[A-Z][\p{L}'’-]+/gu;

// A thing of one's own made to sell, named by its kind: "we've actually built a penetrometer app", "I made a
// 6-lesson course" (16 promotional and 5 mixed training drafts, no human).
const BUILT_THING = /\b(?:we|i)(?:'ve|’ve| have)? (?:actually |just |finally |recently )?(?:built|made|created|launched) (?:an? |the )?(?:[\p{L}\d-]+ ){0,3}(?:app|tool|course|plugin|extension|platform|template|bot|service|saas)\b/giu;

export default defineRule({
  id: 'own-product',
  axis: 'promotion',
  description: 'Mentions of your own product or business ("our app", "my course", "we built Ledgerly", "our team at Bridgepath"), heavier in replies to other people.',
  weight: -8,
  maxHits: 2,
  message: 'This points people at something you sell.',
  nudge: 'Leave your product out; answer their point instead.',
  suggestions: ['Remove the product mention', 'Share what you learned, not what you sell'],
  example: { text: 'Great thread! Our app solves exactly this.', kind: 'reply', replyTo: 'ada' },
  yieldsTo: ['comment-plug'],
  // "Not my shop lol, just a happy customer": the writer says it is not theirs.
  // …and a fundraiser's "our shop dog" is the cause, not a product.
  mutedBy: ['disinterested', 'fundraising'],
  check(ctx) {
    const factor = ctx.answering ? 2 : 1;
    const all = [...matchSpans(ctx.text, RE), ...matchSpans(ctx.text, AT_COMPANY), ...matchSpans(ctx.text, NAMED_BUSINESS), ...matchSpans(ctx.text, BUILT_THING), ...matchSpans(ctx.text, WHY_NAMED)];
    return dropOverlapping(all)
      .map(({ start, end }) => ({ start, end, factor }))
      .sort((a, b) => a.start - b.start);
  },
});
