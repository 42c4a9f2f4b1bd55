import { defineRule, inQuestion, matchSpans, phraseRegex } from '../rule';

// Words near a link that credit its author or ask about it: then a link is
// sharing, not selling.
const SHARING = phraseRegex(['via', 'h/t', 'ht', 'hat tip', 'by @', 'thanks to', 'credit', 'written by', 'from @', 'thread by', 'piece by', 'article by', 'paper by', 'talk by']);
// Words near a link that sell it.
const PITCH = phraseRegex([
  'my', 'our', 'we', 'buy', 'shop', 'order', 'sign up', 'signup', 'register', 'subscribe', 'download', 'join',
  'get yours', 'check out', 'check it out', 'learn more', 'details', 'grab', 'book', 'free', 'off', 'sale',
  'discount', 'code', 'link', 'here', 'launch', 'launched', 'waitlist', 'pre-order', 'preorder', 'store',
  'pricing', 'details', 'tried it',
  '→', '👉', '👇', '➡️', 'get', 'upgrade', 'try', 'quote', 'switch', 'migrate', 'apply', 'install', 'app',
]);

export default defineRule({
  id: 'link-pitch',
  axis: 'promotion',
  description: 'A link dropped with a pitch (a bare link counts half), and any link in a reply to someone else.',
  weight: -13,
  maxHits: 2,
  message: 'A link with a pitch sends people away from the conversation.',
  nudge: 'Say what is useful in your own words instead of dropping a link.',
  suggestions: ['Put the useful part in the post', 'Share the link only if they ask'],
  example: { text: 'Check out our tool here: https://example.com', kind: 'post' },
  check(ctx) {
    const hits = [];
    for (const url of ctx.urls) {
      // "Has anyone tried this? <link>" asks, it does not sell.
      if (inQuestion(ctx, url.start) || /\?\s*$/u.test(ctx.text.slice(Math.max(0, url.start - 4), url.start))) continue;
      // Look at the 80 characters around the link.
      const around = ctx.text.slice(Math.max(0, url.start - 80), Math.min(ctx.text.length, url.end + 40));
      const near = ctx.text.slice(Math.max(0, url.start - 80), url.start) + ' ' + ctx.text.slice(url.end, url.end + 40);
      if (matchSpans(around, SHARING).length > 0) continue;
      const pitched = matchSpans(near, PITCH).length > 0;
      if (ctx.answering) {
        // In someone else's replies any link of yours is suspect, a pitched one more so.
        hits.push({ ...url, factor: pitched ? 2 : 1 });
      } else {
        // A bare link in a post is milder than a pitched one, but it still sends people away.
        hits.push({ ...url, factor: pitched ? 1 : 0.5 });
      }
    }
    return hits;
  },
});
