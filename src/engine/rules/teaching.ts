import { defineRule, matchSpans, phraseRegex } from '../rule';

// Explaining how to do something, with nothing asked in return.
const PHRASES = [
  "here's how", 'here is how', 'how to', 'try this', 'try this:', 'what i do is', 'what i do:',
  'the way i', 'a simple way', 'an easy way', 'one way to', 'the fix was', 'the fix is', 'to fix this',
  'the workaround', 'you can try', 'worth trying', 'i’d suggest', "i'd suggest", 'i’d recommend', "i'd recommend",
  'my advice', 'a tip', 'quick tip', 'if you’re stuck', "if you're stuck", 'if you are stuck', 'start with',
  'instead of', 'make sure', 'the reason is', 'the difference between', 'explained',
  'thread 🧵', '🧵', 'walkthrough', 'step by step', 'step-by-step', 'cheat sheet',
];
const re = phraseRegex(PHRASES);
// "here is how to get it" is a call to action, not teaching.
const NOT_TEACHING = /how to (?:get|buy|order|join|sign up|grab)|how i (?:can help|help)/iu;

export default defineRule({
  id: 'teaching',
  axis: 'value',
  description: 'Teaching: explaining how or why, suggesting an approach, a walkthrough.',
  weight: 5,
  maxHits: 2,
  message: 'Explaining how or why gives people something they can use.',
  praise: 'You share what you know.',
  suggestions: [],
  example: "If you're stuck on flaky tests, try this: run them in random order and log the seed.",
  check(ctx) {
    return matchSpans(ctx.text, re)
      .filter((m) => !NOT_TEACHING.test(ctx.text.slice(m.start, m.start + 20)))
      .map(({ start, end }) => ({ start, end }));
  },
});
