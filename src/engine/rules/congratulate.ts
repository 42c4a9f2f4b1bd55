import { defineRule, matchSpans, phraseRegex } from '../rule';

// Celebrating somebody else's news.
const PHRASES = [
  'congrats', 'congratulations', 'congratz', 'well deserved', 'well-deserved', 'so happy for you', 'so proud of you',
  'proud of you', 'happy for you', 'well done', 'way to go', 'huge milestone', 'what a milestone', 'you earned it',
  'so deserved', 'hats off', 'bravo', 'mazel tov', 'kudos',
];
const re = phraseRegex(PHRASES);
// A name or @handle near the praise: congratulating a named person counts more.
const NAMED = /@[\w.]+|\b[A-Z][a-z]+\b/u;

export default defineRule({
  id: 'congratulate',
  axis: 'reciprocity',
  description: 'Congratulating or celebrating a named person.',
  weight: 7,
  maxHits: 2,
  message: 'Celebrating other people is the heart of being social.',
  praise: 'You celebrate someone else.',
  suggestions: [],
  example: 'Congrats on the new role, Maya! Well deserved.',
  check(ctx) {
    return matchSpans(ctx.text, re).map(({ start, end }) => {
      const near = ctx.text.slice(Math.max(0, start - 25), start) + ' ' + ctx.text.slice(end, end + 40);
      const named = ctx.answering || NAMED.test(near);
      return { start, end, factor: named ? 1.3 : 1 };
    });
  },
});
