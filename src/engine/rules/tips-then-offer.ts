import { LIST_MARKER, defineRule, matchCued, matchSpans, toClauseEnd, type CuedPattern } from '../rule';

// Advice that turns into the writer's offer: a list of tips, then "or skip
// all that, £40 safety check with us", "that last one is why I created…",
// "that's what we do at…". The tips may be real; the turn makes them a
// funnel. The turn is the signal, so the span is the turn and what it sells.
// Each pivot with its cues (rule.ts CuedPattern).
export const PIVOTS: readonly CuedPattern[] = [
  // "or skip all that", "or save yourself the hassle", "or let us handle it"
  [/\bor[\s.…]+(?:just\s+)?(?:skip (?:all )?(?:that|this|the (?:hassle|shopping|faff|stress|headache|work|diy|guesswork|wait|queue|research))|save yourself (?:the )?[\p{L}-]+|save (?:time|the hassle) and (?:come|pop|head|book|order|grab)|treat yourself|let (?:us|me) (?:do|handle|sort|take care of)|leave it to (?:us|me))/giu, ['skip', 'save yourself', 'save time', 'save the hassle', 'treat yourself', 'let us', 'let me', 'leave it to']],
  // "that last one is why I created The Leadership Lab"
  [/\b(?:that|this)(?:'s|’s| is)? (?:last one|number \d+|#\d+|one)\b[^.!?\n]{0,30}\bwhy (?:i|we) (?:created|built|made|run|started|launched|wrote|designed)\b/giu, ['why i ', 'why we ']],
  // "number 3 is what I ended up building into Lockstep" (s33-s36 and training: 5 promotional drafts, no other)
  [/\bnumber \d+ is (?:what|why|exactly what|where) (?:i|we)\b/giu, ['number ']],
  // "the whole reason my 1:1 CV rewrite exists"
  [/\bwhole reason (?:my|our|i|we)\b/giu, ['whole reason']],
  // "that's what we do at Harbour Talent", "if anyone wants us to run these for them"
  [/\bthat(?:'s|’s| is) (?:exactly )?what (?:we|i) do\b/giu, ['what we do', 'what i do']],
  [/\bif (?:anyone|you) wants? (?:us|me) to\b/giu, ['us to', 'me to']],
  // "that's where Ivy & Oak come in", "which is where we come in", "that last one is where we come in"
  [/\b(?:[Tt]hat|[Tt]his|[Ww]hich)(?: last one| one| last bit| last part)?(?:'s|’s| is) where (?:we|I|[A-Z][\p{L}&' ]{1,30}) comes? in\b/gu, [' come']],
  // "ours ship within 48h", "ours at Fernhill" (a capital, so case matters: "she did ours at the park" is a customer)
  [/\b[Oo]urs (?:ship|at \p{Lu})/gu, ['ours']],
  // "or we post out a free sizer", "we built leadloop.app for #3"
  [/\bor[\s.…]+we (?:post|ship|send|can|do)\b|\bor (?:just |you could )?(?:order|book|buy|grab|get) (?:one|some|it|them|a box|a slot)?\s*(?:of (?:mine|ours)|from (?:me|us)|off (?:me|us)|ours|mine)|\bwe built [\p{L}\d.-]+ for\b/giu, ['ours', 'we ', 'order', 'book', 'buy', 'grab', 'get']],
  // "#5 is why I left my job to build Quotebank", "I ended up writing Changeloggy for exactly this"
  [/(?:#\d+|\b(?:that|this)(?:'s|’s| is)?) (?:is )?(?:exactly )?why (?:i|we) (?:left|quit) [\p{L} ]{1,20}? to (?:build|create|make|start|launch|write)\b/giu, ['why i ', 'why we ']],
  [/\b[Ii] ended up (?:writing|building|making|creating|launching) (?:\p{Lu}|my |our |a (?:tool|app|plugin|course|template))/gu, ['ended up']],
  // "Or if malas, order from me la": an aside may come between the "or" and the order.
  [/\bor\b[^.!?\n]{1,20}?\b(?:order|buy|get) (?:one |some |it |them )?(?:from|off) (?:me|us)\b/giu, ['from me', 'from us', 'off me', 'off us']],
  // "£40 safety check with us"
  [/\b(?:check|service|session|appointment|review|consultation) with us\b/giu, ['with us']],
];

// The last item of a list of tips is the writer: "4. Or just call us 😉",
// "• Or grab my Moon Phone Kit (£24)". Only after two list items: "apply
// here or call me" in a job post is an ask, not a turn.
const LAST_ITEM = new RegExp(String.raw`^[ \t]*${LIST_MARKER}[ \t]+or[\s.…]+(?:just\s+)?(?:(?:call|ring|hire|book|use) (?:us|me)\b|(?:grab|get|order|buy|pick up|try) (?:my|our)\b)`, 'gimu');
// After a list of tips, the writer's own offer in the last item or the lines after it: "hi that's me",
// "we've got 4 spaces left on…", "our fully managed service is…", "message me", "link in bio", "#3 is literally what
// my trial lessons are for", "a salon that uses pink wax, like us", "my flash sheet drops friday" (not "message me
// for the address" of a neighbour's tool drive).
const OWN_TURN = /\b(?:hi,? (?:that'?s|this is|it'?s) me|which,? hi,? is me|that'?s me|we(?:'ve| have) got \d+ (?:spaces|spots|places)|our (?:fully )?managed|(?:we|i) (?:do|offer|run) (?:a |an |full |free )?[\p{L}-]+ (?:for|from|at)|drop (?:me|us) a (?:message|line)|(?:message|dm|pm) (?:me|us)\b(?! (?:for the address|if (?:you|u) (?:get stuck|can help)))|flick me|my (?:dms|inbox)|let us (?:do|handle|sort)|we can (?:help|sort|do)|book (?:in|now|a|your)|link in (?:my )?bio|(?:(?<=#)\d+|that|this)(?: one)? is (?:literally |exactly |basically )?what (?:my|our) [\p{L} -]{2,30} (?:is|are) for|like us\b|my [\p{L} ]{2,20} drops (?:on |this |next |tomorrow|today|mon|tue|wed|thu|fri|sat|sun)|our [\p{L}\d: ]{2,30} (?:batch|class|course|cohort|programme|program) starts)/giu;
/** The quiet turn after a list: half the weight of an explicit pivot. */
const QUIET_TURN = 0.5;
const LIST_ITEM = new RegExp(String.raw`^[ \t]*${LIST_MARKER}[ \t]+\S`, 'gmu');

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
  // "My DMs are open just to talk, no networking agenda": the writer says they gain nothing.
  mutedBy: ['disinterested'],
  check(ctx) {
    const items = matchSpans(ctx.text, LIST_ITEM).map((m) => m.start);
    const lastItems = matchSpans(ctx.text, LAST_ITEM)
      .filter((m) => items.filter((at) => at < m.start).length >= 2)
      .map((m) => ({ ...m, start: m.start + (/^[ \t]*\S+[ \t]+/u.exec(m.match[0])?.[0].length ?? 0) }));
    const last = items.length >= 2 ? items[items.length - 1] : undefined;
    const turns = last === undefined ? [] : matchSpans(ctx.text.slice(last), OWN_TURN).map((m) => ({ start: m.start + last, end: m.end + last, match: m.match, factor: QUIET_TURN }));
    return [...matchCued(ctx, PIVOTS), ...lastItems, ...turns]
      .sort((a, b) => a.start - b.start)
      .map((m) => toClauseEnd(ctx.text, m));
  },
});
