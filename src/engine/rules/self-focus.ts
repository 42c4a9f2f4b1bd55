import { defineRule } from '../rule';

// Words about the writer or their company. Company voice ("we", "our") counts
// double: a person telling their own story ("I was nervous") is not a brand
// talking about itself.
const COMPANY = new Set(['we', 'our', 'ours', 'us', "we're", "we've", "we'll", 'we’re', 'we’ve', 'we’ll']);
const PERSONAL = new Set(['i', 'my', 'me', 'mine', "i'm", "i've", "i'll", 'i’m', 'i’ve', 'i’ll']);
// Words that put the reader or another person in the text.
const READER = new Set(['you', 'your', "you're", 'you’re', 'yours', 'they', 'their', 'them', 'he', 'she', 'his', 'her']);

export default defineRule({
  id: 'self-focus',
  axis: 'promotion',
  description: 'Self-focus: many I/we/our words and no room for the reader or anyone else.',
  weight: -5,
  maxHits: 1,
  message: 'Most of this is about you or your company; there is little room for the reader.',
  nudge: 'Make it about them: who is this for, and what do they get from it?',
  suggestions: ['Replace one "we" sentence with one about the reader', 'Name who helped or who it is for'],
  example: 'We built our platform because we know our tech is the best. Our team, our vision, our way.',
  check(ctx) {
    let self = 0;
    let reader = 0;
    const words = ctx.terms.length;
    const selfTerms = [];
    for (const t of ctx.terms) {
      const w = t.normal.replace(/[^\p{L}'’]/gu, '');
      if (COMPANY.has(w)) {
        self += 2;
        selfTerms.push(t);
      } else if (PERSONAL.has(w)) {
        self += 1;
        selfTerms.push(t);
      } else if (READER.has(w)) reader++;
    }
    if (words < 6 || self < 5 || self / words < 0.14 || reader * 3 > self) return [];
    // Highlight the sentence with the most self-words: that is the one to rewrite.
    let best = ctx.sentences[0];
    let bestCount = -1;
    for (const s of ctx.sentences) {
      const n = selfTerms.filter((t) => t.start >= s.start && t.end <= s.end).length;
      if (n > bestCount) [best, bestCount] = [s, n];
    }
    if (!best) return [];
    const ratio = Math.round((100 * self) / (2 * words));
    return [{
      start: best.start,
      end: best.end,
      message: `About ${ratio}% of the words are I/we/our, and the reader is hardly there.`,
      factor: Math.min(1.5, self / words / 0.14 / 1.2),
    }];
  },
});
