import { defineRule, matchSpans } from '../rule';

// Things people sell. "my new book" in a post can be news; the same words in
// somebody else's replies are usually a pitch.
const PRODUCTS = [
  'app', 'tool', 'course', 'product', 'platform', 'service', 'services', 'book', 'ebook', 'e-book', 'newsletter',
  'podcast', 'agency', 'startup', 'webinar', 'masterclass', 'program', 'programme', 'coaching', 'shop', 'store',
  'software', 'saas', 'plugin', 'extension', 'template', 'templates', 'membership', 'community', 'channel',
  'brand', 'solution', 'offer', 'workshop', 'bootcamp', 'framework', 'system', 'consultancy', 'firm', 'company',
  'clients', 'customers', 'team can', 'paid community', 'insurance', 'products', '1:1 coaching', 'coaching program',
];
const RE = new RegExp(
  `\\b(?:my|our)\\s+(?:(?:new|latest|own|free|brand-new|little)\\s+)?(?:${PRODUCTS.join('|')})\\b`,
  'giu',
);

// "At Quantiva, we…": speaking as a company.
const AT_COMPANY = /\bat\s+[A-Z][\w.&-]+,?\s+we\b/gu;

export default defineRule({
  id: 'own-product',
  axis: 'promotion',
  description: 'Mentions of your own product ("our app", "my course"), heavier in replies to other people.',
  weight: -8,
  maxHits: 2,
  message: 'This points people at something you sell.',
  nudge: 'Leave your product out; answer their point instead.',
  suggestions: ['Remove the product mention', 'Share what you learned, not what you sell'],
  example: { text: 'Great thread! Our app solves exactly this.', kind: 'reply', replyTo: 'ada' },
  check(ctx) {
    const factor = ctx.answering ? 2 : 1;
    return [...matchSpans(ctx.text, RE), ...matchSpans(ctx.text, AT_COMPANY)]
      .map(({ start, end }) => ({ start, end, factor }))
      .sort((a, b) => a.start - b.start);
  },
});
