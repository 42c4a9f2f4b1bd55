import { defineRule, matchSpans, toClauseEnd } from '../rule';

// Advice that turns into the writer's offer: a list of tips, then "or skip
// all that, £40 safety check with us", "that last one is why I created…",
// "that's what we do at…". The tips may be real; the turn makes them a
// funnel. The turn is the signal, so the span is the turn and what it sells.
const PIVOTS = [
  // "or skip all that", "or save yourself the hassle", "or let us handle it"
  /\bor[\s.…]+(?:just\s+)?(?:skip (?:all )?(?:that|this|the (?:hassle|shopping|faff|stress|headache|work|diy|guesswork|wait|queue|research))|save yourself (?:the )?[\p{L}-]+|treat yourself|let (?:us|me) (?:do|handle|sort|take care of)|leave it to (?:us|me))/giu,
  // "that last one is why I created The Leadership Lab"
  /\b(?:that|this)(?:'s|’s| is)? (?:last one|number \d+|#\d+|one)\b[^.!?\n]{0,30}\bwhy (?:i|we) (?:created|built|made|run|started|launched|wrote|designed)\b/giu,
  // "the whole reason my 1:1 CV rewrite exists"
  /\bwhole reason (?:my|our|i|we)\b/giu,
  // "that's what we do at Harbour Talent", "if anyone wants us to run these for them"
  /\bthat(?:'s|’s| is) (?:exactly )?what (?:we|i) do\b/giu,
  /\bif (?:anyone|you) wants? (?:us|me) to\b/giu,
  // "that's where Ivy & Oak come in", "which is where we come in"
  /\b(?:[Tt]hat|[Tt]his|[Ww]hich)(?:'s|’s| is) where (?:we|I|[A-Z][\p{L}&' ]{1,30}) comes? in\b/gu,
  // "ours ship within 48h", "ours at Fernhill", "or we post out a free sizer", "we built leadloop.app for #3"
  /\bours (?:ship|at [A-Z])|\bor[\s.…]+we (?:post|ship|send|can|do)\b|\bor (?:just |you could )?(?:order|book|buy|grab|get) (?:one|some|it|them|a box|a slot)?\s*(?:of (?:mine|ours)|from (?:me|us)|off (?:me|us))|\bwe built [\p{L}\d.-]+ for\b/giu,
  // "£40 safety check with us"
  /\b(?:check|service|session|appointment|review|consultation) with us\b/giu,
];

export default defineRule({
  id: 'tips-then-offer',
  axis: 'promotion',
  description: 'Advice that turns into your own offer: "or skip all that, £40 check with us", "that last one is why I created…".',
  weight: -14,
  maxHits: 1,
  message: 'The tips turn into a sales funnel for your offer.',
  nudge: 'Let the tips stand on their own; mention your service only if someone asks.',
  suggestions: ['End on the last tip', 'Ask which tip helped most'],
  example: 'Before your first ride: 1. check the brakes 2. pump the tyres 3. lube the chain. Or skip all that, £40 safety check with us!',
  check(ctx) {
    return PIVOTS.flatMap((re) => matchSpans(ctx.text, re))
      .sort((a, b) => a.start - b.start)
      .map((m) => toClauseEnd(ctx.text, m));
  },
});
