import { defineRule, matchSpans, phraseRegex } from '../rule';

// Superlatives and hype words that describe a product, not an experience.
const PHRASES = [
  'world-class', 'world class', 'game-changer', 'game changer', 'game-changing', 'game changing',
  'revolutionary', 'revolutionize', 'revolutionise', 'best-in-class', 'best in class', 'cutting-edge',
  'cutting edge', 'industry-leading', 'industry leading', 'market-leading', 'unparalleled', 'unbeatable',
  'unmatched', 'groundbreaking', 'ground-breaking', 'disruptive', 'next-level', 'next level', 'state-of-the-art',
  'state of the art', 'best ever', 'the best on the market', 'number one', '#1', 'no. 1', 'must-have',
  'must have', 'life-changing', 'life changing', 'mind-blowing', 'mind blowing', 'jaw-dropping', 'seamless',
  'supercharge', 'skyrocket', '10x', '100x', 'ultimate', 'premium quality', 'top-rated', 'award-winning',
  'proven system', 'proven formula', 'secret formula', 'guaranteed results', 'insane results', 'crush it',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'puffery',
  axis: 'promotion',
  description: 'Puffery and superlatives: "world-class", "game-changer", "#1", "revolutionary".',
  weight: -11,
  maxHits: 3,
  message: 'Hype words ask people to believe you rather than show them.',
  nudge: 'Swap the hype for one concrete detail.',
  suggestions: ['Replace the superlative with a specific fact', 'Describe what actually happened'],
  example: 'Our revolutionary, world-class app is a total game-changer.',
  check(ctx) {
    return matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
  },
});
