import { MODEST_ASK, defineRule, inQuestion, matchSpans, phraseRegex } from '../rule';
import { PRICE_ADVICE } from '../sale-words';

// Words near a link that credit its author or ask about it: then a link is
// sharing, not selling.
const SHARING = phraseRegex(['via', 'h/t', 'ht', 'hat tip', 'by @', 'thanks to', 'credit', 'written by', 'from @', 'thread by', 'piece by', 'article by', 'paper by', 'talk by']);
// Words near a link that sell it.
// "20% off", "£5 off your first box" (not "a kit for £25 off any parts site", "got mine off her").
const SELLING_OFF = ['% off', 'off your', 'off all', 'off everything', 'off the first', 'off orders', 'off when', 'off with'];
const PITCH = phraseRegex([
  'my', 'our', 'we', 'buy', 'shop', 'order', 'sign up', 'signup', 'register', 'subscribe', 'download', 'join',
  'get yours', 'check out', 'check it out', 'learn more', 'grab', 'book', 'sale',
  ...SELLING_OFF,
  'discount', 'code', 'link in bio', 'launch', 'launched', 'waitlist', 'pre-order', 'preorder', 'store',
  'pricing', '→', '👉', '👇', '➡️', 'upgrade', 'get a quote', 'apply now', 'install', 'listen', 'stream', 'watch',
  'i wrote', 'i made', 'i built', 'i recorded',
  // The terms of a sale next to it: "$12 + shipping at…", "ships next day", "more at…", "quotes in 48h →".
  'shipping', 'ships', 'more at', 'quotes', 'start today', 'spaces left', 'spots left',
]);
// A price just before a link is its price tag ("£29 and you can start today: strideclinic.co.uk/pf").
const PRICE_NEAR = /[$€£₱₹₦]\s?\d/u;
// Somebody else's work near the link: "go listen to Tamsin Rook's EP", "my mate Ros restores them",
// "her webcomic" ("Let's", "It's" and "Mother's Day" are nobody's). Then only sale words make the link a pitch ("use code ROS10").
const SOMEONE_ELSES = /(?:\b(?!(?:Let|It|That|What|Here|There|He|She|Who|Where|How|Today|Tonight|Tomorrow|Mother|Father|Valentine|Everyone|Nobody|Someone|Life|World)['’]s)\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)?['’]s (?!own\b)|\b(?:my|our) (?:(?:little|big|younger|older) )?(?:mate|buddy|friend|pal|colleague|neighbour|neighbor|sister|sis|brother|bro|cousin|aunt|uncle|niece|nephew|son|daughter|wife|husband|partner|mum|mom|dad|old \p{L}+)\b|\b(?:[Hh]er|[Hh]is|[Tt]heir) (?:site|website|shop|ep|album|book|books|work|portfolio|page|comic|webcomic|channel|stuff|music|art|blog|newsletter)\b)/u;
const SALE = phraseRegex(['buy', 'order', ...SELLING_OFF, 'sale', 'discount', 'code', 'pre-order', 'preorder', 'get yours', 'pricing']);
// After the link, "my", "our" and "we" start the next thought ("…/ost-small-teams But my gut says"): only before it do they own the link.
const OWNER = new Set(['my', 'our', 'we']);
// A link shared as help ("the guide I used: <link>") is information; only a
// pitched link costs, and more in someone else's thread.

export default defineRule({
  id: 'link-pitch',
  axis: 'promotion',
  description: 'A link dropped with a pitch ("check out", "my", "👉"), more so in a reply to someone else; a link shared as help moves nothing.',
  weight: -13,
  maxHits: 2,
  message: 'A link with a pitch sends people away from the conversation.',
  nudge: 'Say what is useful in your own words instead of dropping a link.',
  suggestions: ['Put the useful part in the post', 'Share the link only if they ask'],
  example: { text: 'Check out our tool here: https://example.com', kind: 'post' },
  // A link to give to somebody's fundraiser is not a shop link.
  // …nor a link to someone else's work with "no affiliation".
  mutedBy: ['fundraising', 'disinterested'],
  check(ctx) {
    const hits = [];
    for (const url of ctx.urls) {
      // "Has anyone tried this? <link>" asks, it does not sell.
      if (inQuestion(ctx, url.start) || /\?\s*$/u.test(ctx.text.slice(Math.max(0, url.start - 4), url.start))) continue;
      // Look at the 80 characters around the link.
      const around = ctx.text.slice(Math.max(0, url.start - 80), Math.min(ctx.text.length, url.end + 40));
      const before = ctx.text.slice(Math.max(0, url.start - 80), url.start);
      const after = ctx.text.slice(url.end, url.end + 40);
      if (matchSpans(around, SHARING).length > 0) continue;
      // Whose work it is may be said a few sentences earlier.
      const words = SOMEONE_ELSES.test(ctx.text.slice(Math.max(0, url.start - 240), url.start)) ? SALE : PITCH;
      // …unless it is what something costs elsewhere or what a fundraiser needs ("about £6 from sparesbin.com",
      // "£1,140 of £3,000 so far", "every £5 keeps the line open", a wage): sale-words.ts PRICE_ADVICE before it,
      // or a fundraiser's words or "/hr" beside it.
      const nearStart = Math.max(0, url.start - 50);
      const near = ctx.text.slice(nearStart, url.start);
      const price = PRICE_NEAR.exec(near);
      const priceAt = nearStart + (price?.index ?? 0);
      const priced = words === PITCH && !!price && !/\b(?:of|so far|raised|target|to go|every|spare)\b/iu.test(near) && !/\/hr\b|an hour\b/iu.test(near) &&
        !PRICE_ADVICE.test(ctx.text.slice(Math.max(0, priceAt - 30), priceAt));
      const pitched = priced || matchSpans(before, words).length > 0 || matchSpans(after, words).some((m) => !OWNER.has(m.match[0].toLowerCase()));
      // A link to a free event or a job ("join the call:", "apply here:") is a modest ask.
      if (pitched) hits.push({ ...url, factor: (ctx.answering ? 1.5 : 1) * (ctx.modestAsk ? MODEST_ASK : 1) });
    }
    return hits;
  },
});
