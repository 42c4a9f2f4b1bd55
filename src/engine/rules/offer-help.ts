import { defineRule, matchSpans, phraseRegex } from '../rule';

// Offering help with nothing asked in return.
const PHRASES = [
  'happy to help', 'glad to help', 'happy to share', 'happy to intro', 'happy to introduce', 'happy to connect you',
  'happy to chat', 'happy to review', 'happy to look', 'happy to answer', 'let me know if i can help',
  'let me know if you need', 'let me know if it helps', 'if it helps', 'if that helps', 'hope this helps',
  'hope it helps', 'can i help', 'how can i help', 'anything i can do', 'i can intro you', 'i can introduce you',
  'i’ll send you my notes', "i'll send you my notes", 'feel free to reach out', 'feel free to ask',
  'my door is open', 'no strings', 'no strings attached', 'no pitch', 'here if you need', 'i’ve got you',
  "i've got you", 'rooting for you', 'lend a hand', 'pay it forward',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'offer-help',
  axis: 'reciprocity',
  description: 'Offering help with no ask: "happy to help", "if it helps", "I can intro you".',
  weight: 8,
  maxHits: 2,
  message: 'Offering help with no ask is giving before taking.',
  praise: 'You offer help.',
  suggestions: [],
  example: 'Going through the same migration now. Happy to share my notes if it helps.',
  check(ctx) {
    return matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
  },
});
