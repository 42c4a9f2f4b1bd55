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
// Superlatives about the writer's own product: "we make the best sourdough in
// town", "our coffee is the only one worth the drive". "The best day ever"
// with no seller in the sentence is joy, not puffery.
const OWN_SUPERLATIVE = /\b(?:we|our|my (?:shop|store|bakery|café|cafe|business|product|app|course|brand|studio|salon|service|company))\b[^.!?\n]{0,50}?\b(?:the (?:best|only|finest|tastiest|cheapest|fastest|freshest|smartest|easiest)|best-value|second to none)\b[^.!?\n]{0,30}/giu;

export default defineRule({
  id: 'puffery',
  axis: 'promotion',
  description: 'Puffery and superlatives: "world-class", "game-changer", "#1", "revolutionary", and "we make the best … in town".',
  weight: -11,
  maxHits: 3,
  message: 'Hype words ask people to believe you rather than show them.',
  nudge: 'Swap the hype for one concrete detail.',
  suggestions: ['Replace the superlative with a specific fact', 'Describe what actually happened'],
  example: 'Our revolutionary, world-class app is a total game-changer.',
  check(ctx) {
    const words = matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
    // The span is the superlative and what it praises, not the "we" before it.
    const own = matchSpans(ctx.text, OWN_SUPERLATIVE).map(({ start, match }) => {
      const at = match[0].search(/\b(?:the (?:best|only|finest|tastiest|cheapest|fastest|freshest|smartest|easiest)|best-value|second to none)\b/iu);
      return { start: start + at, end: start + match[0].length };
    });
    const all = [...words, ...own].sort((a, b) => a.start - b.start);
    return all.filter((h, i) => !all.slice(0, i).some((k) => h.start < k.end && h.end > k.start));
  },
});
