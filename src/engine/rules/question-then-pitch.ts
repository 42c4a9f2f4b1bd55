import { defineRule, matchCued, matchSpans, phraseRegex, toClauseEnd, type CuedPattern } from '../rule';

// A question or a moment of sympathy that turns into a pitch two sentences
// later: "Onboarding is brutal, right? That is why our team made…", "have u
// tried anything? I actually started selling…". The question alone is
// welcome (genuine-question); the turn is what costs.

// How the turn to the writer's own thing is made.
const PIVOTS = [
  "that's why we", 'that is why we', "that's why i", 'that is why i', "that's exactly why", 'which is why we',
  'which is why i', 'so we built', 'so we made', 'so we created', 'so i built', 'so i made', 'so i created',
  'i started selling', 'i actually started selling', 'i now sell', 'i sell', 'we sell', 'i started making',
  'what if there was', 'what if you could', 'what if', 'imagine if', 'there is a better way', "there's a better way",
  'i can help', 'we can help', 'i help', 'we help', 'our team', 'our app', 'our tool', 'our product', 'our service',
  'my program', 'my programme', 'my course', 'my shop', 'my page', 'my group', 'my blend', 'my plan',
  'sending you a dm', 'sending u a dm', "i'll dm you", 'i’ll dm you', 'dm me', 'drop me a message', 'message me', 'pm me',
  'happy to send you', 'i can send you the info', 'link in my bio', 'link in bio', 'check my page', 'on my page',
];
// Openers that are sympathy or a problem put to the reader.
const SYMPATHY = /(?:^|[.!?\n]\s*)(?:aw+|aww+|oh no|ugh|same|i hear you|i feel you|been there|i was (?:exactly )?(?:the same|like this)|so sorry|sending hugs)\b/giu;
const pivot = phraseRegex(PIVOTS);
// "Our async check-in tool replaces…": the writer's product named with its description in between.
const OWN_PRODUCT = /\b(?:our|my)\s+(?:[\p{L}\d-]+\s+){0,3}(?:tool|app|platform|product|software|service|course|programme|program|system|plugin|extension|agency|studio|audit|package|packages|class|classes|workshop|deck|kit|membership)\b[^.!?\n]{0,60}/giu;
// "It's why we built 'Back to Work After Loss'", "literally why i made my 14 day reset": the
// turn points back at a problem just told, so it needs no question before it.
export const WHY_BUILT: readonly CuedPattern[] = [[/\bwhy (?:i|we) (?:built|made|created|launched|designed|set up|started (?:my|our|a|an|the|this))\b[^.!?\n]{0,60}/giu, ['why i ', 'why we ']]];

export default defineRule({
  id: 'question-then-pitch',
  axis: 'promotion',
  description: 'A question, sympathy or a problem that turns into a pitch: "Tired of X? That is why we built…", "Aw hun, same! I actually sell…".',
  weight: -12,
  maxHits: 1,
  message: 'The question or sympathy turns into a pitch, so it reads as a hook.',
  nudge: 'Keep the question, drop the turn to what you sell; let them ask.',
  suggestions: ['End on the question', 'Share what helped you, not what you sell'],
  example: 'Onboarding is brutal, right? That is why our team made Rampway.',
  showsClause: true,
  check(ctx) {
    const openers = [
      ...ctx.sentences.filter((s) => /\?/u.test(s.text)).map((s) => s.end),
      ...matchSpans(ctx.text, SYMPATHY).map((m) => m.end),
    ];
    // Infinity with no opener: then only "why we built" can make the turn.
    const first = Math.min(...openers);
    // The turn must come after the opener, within the next few sentences.
    const after = [...matchSpans(ctx.text, pivot), ...matchSpans(ctx.text, OWN_PRODUCT)]
      .sort((a, b) => a.start - b.start)
      .find((m) => m.start >= first && m.start - first < 400) ?? matchCued(ctx, WHY_BUILT)[0];
    // The turn with what it turns to: "that's why we built FuelWell", not "that's why we" alone.
    return after ? [toClauseEnd(ctx.text, after)] : [];
  },
});
