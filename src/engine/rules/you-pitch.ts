import { defineRule, matchSpans, phraseRegex, toClauseEnd } from '../rule';

// "You" used to sell to the reader, a classic spam signal. "You" in
// questions, thanks and credit is welcome and handled by other rules.
const PHRASES = [
  'you need', 'why you need', 'you deserve', 'you can too', 'if i can do it', "you'll never go back",
  'have you heard of', 'we help', 'i help', 'helps you', 'leaders like you', 'founders like you', 'people like you',
  "you'll love", 'you will love', "you're going to love", "you won't believe", "you can't afford", 'you cannot afford',
  "you're missing out", 'you are missing out', "don't you want", 'you have to try', "you've got to try",
  'you should buy', 'you should try our', 'you should join', 'your business needs', 'your brand needs',
  'your team needs', 'you owe it to yourself', 'treat yourself', 'imagine if you', 'what if i told you',
  'stop wasting', 'tired of', 'struggling to', 'struggling with', 'want to 10x', 'want to grow', 'want to scale',
  'want more clients', 'want more sales', 'want more leads', 'ready to transform', 'ready to take', 'ready to level up',
  'are you ready', 'curious how', 'want to know how', 'want to know the secret', 'wish you could',
  "here's why you", 'here is why you', 'the secret to', 'let me show you how', "let's chat", "let's talk", 'let me help you',
];
// (Not "you must": "you must come to the language café", "you must do double box" are advice; 2 human and
// 2 promotional training drafts said it, the promotional ones caught by other words.)
const re = phraseRegex(PHRASES);
// A question that genuinely offers help ("Do you need a hand?") is not a pitch,
// nor "everything you need", "all the time you need", "I'd want to know how".
const OFFER_BEFORE = /\b(?:do|if|whether|when|whatever|anything|in case|everything|all|what|time|i'd|i would|we'd)\s+$/iu;
// What follows makes it care or advice, not a pitch: "you need to rest",
// "you deserve this, Funmi", "I help out at", "curious how others handle it".
const NOT_PITCH_AFTER: Record<string, RegExp> = {
  'you need': /^\s+(?:to|some|a (?:break|rest|hug|nap))\b/iu,
  'you deserve': /^\s+(?:the|every|all|so|some|a (?:break|rest|medal|holiday))\b/iu,
  'i help': /^\s+(?:out|with|at)\b/iu,
  'curious how': /^\s+(?:others?|everyone|people|you all|y'all|folks)\b/iu,
};
// "You deserve this/it" is praise when the draft congratulates or answers someone.
const PRAISED = /^\s+(?:this|it)\b/iu;
const WARM_CONTEXT = /\b(?:congrat\w*|well done|proud of|so happy for|well deserved)\b/iu;
// "Tired of…?" and "struggling with…" sell when they address the reader, not when they describe someone.
const ADDRESSED = new Set(['tired of', 'struggling to', 'struggling with']);
const READER_BEFORE = /(?:^|[.!?\n]\s*|\b(?:you|you're|you are|are you)\s+)$/iu;

export default defineRule({
  id: 'you-pitch',
  axis: 'promotion',
  description: '"You"-pitches and hooks: "you need this", "you deserve", "you\'ll love", "Tired of…?", "Ready to…?".',
  weight: -17,
  maxHits: 3,
  message: 'Telling people what they need is a pitch, not a conversation.',
  nudge: 'Ask them what they need instead of telling them.',
  suggestions: ['Turn the claim into a real question', 'Share your own experience instead'],
  example: "You deserve better. You need this, and you'll love it.",
  check(ctx) {
    return matchSpans(ctx.text, re)
      .filter((m) => {
        const phrase = m.match[0].toLowerCase();
        const before = ctx.text.slice(Math.max(0, m.start - 14), m.start);
        const after = ctx.text.slice(m.end, m.end + 16);
        if (OFFER_BEFORE.test(before) || NOT_PITCH_AFTER[phrase]?.test(after)) return false;
        if (phrase === 'you deserve' && PRAISED.test(after) && (ctx.answering || WARM_CONTEXT.test(ctx.text))) return false;
        return !ADDRESSED.has(phrase) || READER_BEFORE.test(before);
      })
      // The claim is the whole clause ("you need a deck that sells"): "you need" alone is plain words.
      .map((m) => toClauseEnd(ctx.text, m));
  },
});
