import { defineRule } from '../rule';
import { contributions } from '../learned/model';

// The learned layer as a rule: words and word pairs that a small linear
// model (trained offline on the labelled drafts, `npm run train`) found to
// separate broadcasts from conversation, beyond what the hand-written rules
// already see. Each finding is one word or pair with its points; the layer
// speaks for at most a few words per draft and its total is capped (see
// src/engine/learned/model.ts), so the rules above stay in charge.
// Points are carried in the hit's factor; the weight of -1 makes a word the
// model reads as a pitch cost points and one it reads as talk earn them.
export default defineRule({
  id: 'learned-words',
  axis: 'promotion',
  description: 'Learned from labelled drafts: a few words or word pairs that usually mark a pitch (cost) or a conversation (earn), capped.',
  weight: -1,
  maxHits: 8,
  message: 'In drafts people label as ads, these words usually carry the pitch.',
  nudge: 'These words read like an ad to most people; say it the way you would to a friend.',
  suggestions: ['Say it in your own words', 'Switch the learned layer off in Settings if it misreads you'],
  example: 'Say hello to our newest mug ☕ Restocked and ready to ship, grab yours this weekend!',
  check(ctx) {
    return contributions(ctx.text, ctx.learned).map((c) => ({
      start: c.start,
      end: c.end,
      factor: -c.points,
      ...(c.points > 0 ? { message: 'In drafts people label as conversation, these words are common.' } : {}),
    }));
  },
});
