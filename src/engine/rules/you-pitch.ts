import { defineRule, matchSpans, phraseRegex } from '../rule';

// "You" used to sell to the reader, a classic spam signal. "You" in
// questions, thanks and credit is welcome and handled by other rules.
const PHRASES = [
  'you need', 'why you need', 'you deserve', 'you can too', 'if i can do it', 'trust me', "you'll never go back",
  'have you heard of', 'we help', 'i help', 'helps you', 'leaders like you', 'founders like you', 'people like you',
  "you'll love", 'you will love', "you're going to love", "you won't believe", "you can't afford", 'you cannot afford',
  "you're missing out", 'you are missing out', "don't you want", 'you must', 'you have to try', "you've got to try",
  'you should buy', 'you should try our', 'you should join', 'your business needs', 'your brand needs',
  'your team needs', 'you owe it to yourself', 'treat yourself', 'imagine if you', 'what if i told you',
  'stop wasting', 'tired of', 'struggling to', 'struggling with', 'want to 10x', 'want to grow', 'want to scale',
  'want more clients', 'want more sales', 'want more leads', 'ready to transform', 'ready to take', 'ready to level up',
  'are you ready', 'curious how', 'want to know how', 'want to know the secret', 'wish you could',
  "here's why you", 'here is why you', 'the secret to', 'let me show you how', "let's chat", "let's talk", 'let me help you',
];
const re = phraseRegex(PHRASES);
// A question that genuinely offers help ("Do you need a hand?") is not a pitch.
const OFFER_BEFORE = /\b(?:do|if|whether|when|whatever|anything|in case)\s+$/iu;

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
      .filter((m) => !OFFER_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)))
      .map(({ start, end }) => ({ start, end }));
  },
});
