import type { Span } from '../parse';
import { MODEST_ASK, defineRule, dropOverlapping, matchSpans, phraseRegex, toClauseEnd } from '../rule';

// Self-promotion under somebody else's post: "love this! check out my
// channel", "link's on my profile", "if anyone reading needs a
// photographer…". The same words in your own post are milder.

const PHRASES = [
  'my channel', 'my page', 'my profile', 'my pinned', 'my bio', 'my shop', 'my store', 'my website', 'my site',
  'my group', 'my podcast', 'my newsletter', 'my youtube', 'my tiktok', 'my insta', 'my ig', 'my etsy', 'my stream',
  'my latest video', 'my new video', 'my latest post', 'my blog', 'my portfolio', 'my book', 'my app', 'my course',
  'our page', 'our channel', 'our website', 'our shop', 'our profile', 'on my page', 'check out my', 'check my',
  'peep my', 'sub to', 'subscribe to my', 'follow me', 'follow my', 'follow us', 'link on my profile', "link's on my",
  'link is on my', 'link in my', 'in my bio', 'if anyone reading', 'anyone reading this', 'for anyone reading',
  'for anyone else reading', 'if anyone needs a', 'if anyone is looking for', "if anyone's looking for", 'shameless plug',
  'self plug', 'plug:', 'i make these', 'i sell these', 'i do these', 'i also do', 'we also do', 'we do these',
  // Your own show, blog or stream, and the piece you made about it.
  'my substack', 'my show', 'our show', 'our stream', 'our zine', 'my twitch', 'my resources page', 'my featured', 'our blog', 'our podcast', 'our newsletter',
  "this week's episode", 'latest episode', 'i made a free', 'i did a free',
  // Your own class or event: "I teach a slow class on Sundays", "I'm running a workshop".
  'i teach a', 'we run a', 'i run a', 'i host a', "i'm doing a", "i'm running a", "i'm hosting a",
  // Your service offered to the person you answer: a message already sent, a quote, your free dates.
  "i've sent you a message", "i've popped you a message", "i've dropped you a message", "i've messaged you", 'sent you a dm',
  "i'll drop you a message", "i'll send you a message", "i'll pop you a message", "i'll drop you a line", 'talk to us first',
  'we do exactly that', 'happy to give you a quote', 'happy to give you a second quote', 'give you a second quote', "we'd be happy to quote",
  'saturdays left', 'ready to interview', 'just sent u a dm', 'sent u a dm', 'just sent you a dm',
  'my single', 'my song', 'my track', 'my album', 'my ep', 'my mixtape', 'my new single',
];
const re = phraseRegex(PHRASES);
// Where the plug is said: readers mark the offer, not the words that lead to it. "If anyone
// reading is planning something similar, we do tiered cakes from £180": the clause after the
// lead-in; "I made a free 5-minute routine for exactly this": the lead-in with its clause.
const LEAD_IN = /^(?:if anyone reading|anyone reading this|for anyone reading|for anyone else reading|if anyone needs a|if anyone is looking for|if anyone's looking for)$/iu;
const OPENS_CLAUSE = /^(?:i made a free|i did a free|i teach a|we run a|i run a|i host a|i'm doing a|i'm running a|i'm hosting a)$/iu;
// Your own guide or video on the very point you answer: "I did a short podcast episode on exactly this",
// "i made a 60 second video on how to use one" (not "I made a video of the fireworks", not "I wrote a post").
const MADE_GUIDE = /\bi(?: (?:also|actually|once))? (?:did|made|wrote|recorded|put together) an? (?:[\p{L}\d-]+ ){0,3}?(?:podcast episode|podcast|episode|video|guide|template|checklist|course|workbook|pdf|cheat ?sheet|walkthrough|tutorial)s? (?:on|about|explaining|covering|going through|walking through|that|for)\b/giu;
const IS_MADE_GUIDE = new RegExp(`^${MADE_GUIDE.source}$`, 'iu');
function plugSpan(text: string, hit: Span): Span {
  const words = text.slice(hit.start, hit.end).replace(/’/gu, "'");
  if (OPENS_CLAUSE.test(words) || IS_MADE_GUIDE.test(words)) {
    // To the end of its clause, a comma included: "…routine for exactly this, it's pinned on my profile" is two.
    const clause = toClauseEnd(text, hit);
    const comma = text.slice(hit.end, clause.end).search(/[,;:]/u);
    return comma < 0 ? clause : { start: hit.start, end: hit.end + comma };
  }
  if (!LEAD_IN.test(words)) return hit;
  const after = /^[^.!?\n,:]{0,100}[,:]\s*/u.exec(text.slice(hit.end));
  if (!after) return hit;
  const start = hit.end + after[0].length;
  return start < text.length ? toClauseEnd(text, { start, end: start + 1 }) : hit;
}
// A trader answering a request ("can anyone recommend a…"): a message already
// sent ("DM'd u 👍", "messaged you." — not "messaged you the number for…"), insured or mobile, "I'm Armley based", free mornings, "can come out".
// Only in replies and comments: that is where the request was.
const ANSWER_OFFER = /\b(?:sent (?:you|u) a (?:pm|message|dm|text)\b|(?:dm['’]?d|pm['’]?d|messaged|inboxed) (?:you|u)\b(?=\s*(?:[.!,]|$|\p{Extended_Pictographic}|(?:now|hun|pal|mate|x)\b))|(?:i'?m|i’m|i am|we'?re|we’re|we are) (?:fully )?(?:insured|mobile|dbs[- ]checked)\b|(?:i'?m|i’m|i am|we'?re|we’re|we are) \p{Lu}[\p{L}-]+[- ]based\b|(?:i|we) can come (?:out|round|over|to you)\b|(?:i'?ve|i’ve|i have|we'?ve|we’ve|we have) got \p{L}+ (?:mornings?|afternoons?|evenings?|slots?|dates?) (?:free|open|available)\b)/giu;
// A business introducing its trade under somebody's post: "we build bespoke sheds", "Riaz Tailors does EXPRESS
// stitching", "we tick all 3" (not "until we fix access to care": 32 promotional and 14 mixed training replies and comments, 1 human). Case matters for the name.
const TRADE = /\b(?:(?<!\b(?:[Uu]ntil|[Ii]f|[Ww]hen|[Uu]nless|[Tt]ill|[Oo]nce|[Hh]ow|[Cc]an|[Ss]hould) )[Ww]e|[A-Z][\p{L}&'’]+ (?:[A-Z][\p{L}&'’]+ ){0,2}(?:does|do|offers|builds|makes))\s+(?:also |actually |currently |now )?(?:same[- ]day|build|make|offer|provide|specialise in|specialize in|cover|plan|install|fix|repair|sell|stock|supply|deliver|ship|design|cater|tick all|do (?:bespoke|custom|express|same[- ]day|free|mobile|home|weekly|monthly)|EXPRESS|bespoke|the most)\b[^.!?\n]{0,60}/gu;
// …and what follows the lead-in is somebody else's: "Anyone reading this: go to her next one, it's free",
// "for anyone job hunting, Jasmine's free sheet is the best thing I've used" (case matters: a name's possessive).
const THEIRS = /\b(?:[Hh]er|[Hh]is|[Hh]im|[Ss]he|[Hh]e|[Tt]heir|[Tt]hem|[Tt]hey|\p{Lu}\p{Ll}+['’]s)\b/u;
const OWN_NEAR = /\b(?:we|our|ours|my|mine|i|i'm|i’m|i've|i’ve|i'll|i’ll|we're|we’re|we've|we’ve|we'll|we’ll|us|me)\b/iu;
// Your page as the place you shared someone else's news, or your portfolio
// that others reviewed, is not a plug: "shared to my page", "not my stream".
const NOT_PLUG_BEFORE = /\b(?:shared (?:it |this )?(?:to|on)|reposted (?:it )?(?:to|on)|reviewed|looked at|not)\s+$/iu;

export default defineRule({
  id: 'comment-plug',
  axis: 'promotion',
  description: 'Plugging your own channel, page, shop, class or event ("check out my channel", "link\'s on my profile", "I teach a class on Sundays"), heavier under other people\'s posts.',
  weight: -8,
  maxHits: 1,
  message: 'This points people to your own page or shop.',
  nudge: 'Reply to what they said; if your page helps, they will find it.',
  suggestions: ['Answer their point instead', 'Leave the plug out of the comment'],
  example: { text: 'Love this! My channel has more like it.', kind: 'comment', replyTo: 'Ada' },
  yieldsTo: ['call-to-action', 'giveaway', 'engagement-bait'],
  // "For anyone reading: the collection is…" in a fundraiser, "if anyone's looking for an illustrator… no affiliation": pointing, not plugging.
  mutedBy: ['fundraising', 'disinterested'],
  check(ctx) {
    // Your own job post or free event in your own post is a modest ask; under somebody else's post it is a plug.
    const factor = ctx.answering ? 1.75 : ctx.modestAsk ? MODEST_ASK : 1;
    // Under a job post, "sent you a message" is an application or a hire: not a trade's offer.
    const offers = ctx.answering && !ctx.modestAsk ? [...matchSpans(ctx.text, ANSWER_OFFER), ...matchSpans(ctx.text, TRADE)] : [];
    return dropOverlapping([...matchSpans(ctx.text, re), ...matchSpans(ctx.text, MADE_GUIDE), ...offers].sort((a, b) => a.start - b.start))
      .filter(({ start }) => !NOT_PLUG_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start)))
      // "For anyone reading, the Knit & Natter group is back on Thursdays": pointing, unless the writer's own thing is near.
      .filter(({ start, end }) => !LEAD_IN.test(ctx.text.slice(start, end).replace(/’/gu, "'")) || OWN_NEAR.test(ctx.text.slice(Math.max(0, start - 80), end + 140)))
      .map((hit) => ({ hit, span: plugSpan(ctx.text, hit) }))
      .filter(({ hit, span }) => {
        if (!LEAD_IN.test(ctx.text.slice(hit.start, hit.end).replace(/’/gu, "'"))) return true;
        // "For anyone reading: Sunday 10am at Hatch Common… it's free": a free event's details are no plug.
        if (ctx.freeEvent) return false;
        const said = ctx.text.slice(span.start, span.end);
        return !(THEIRS.test(said) && !OWN_NEAR.test(said));
      })
      .map(({ span }) => ({ ...span, factor }));
  },
});
