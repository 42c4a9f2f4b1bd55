import { defineRule } from '../rule';
import { contributions } from '../learned/model';

// The learned layer as a rule: words and word pairs that annotators, who saw
// only the text, marked as the pitch in most of the training drafts where
// they occur, that no human training draft uses, and that the fit on the
// drafts' labels gave a cost (`npm run train`, src/eval/train.ts), beyond
// what the hand-written rules already see. Each finding is one word or pair carrying
// its own points; the layer is silent where a rule already explains the
// words, speaks for a few words per draft, and its total is capped (see
// src/engine/learned/model.ts), so the rules stay in charge.
export default defineRule({
  id: 'learned-words',
  axis: 'promotion',
  description: 'Learned: a few words or pairs that readers mark as the pitch in most drafts where they occur and that no human draft uses, weighed on labelled drafts (capped).',
  weight: -1,
  maxHits: 6,
  message: 'Readers usually mark these words as the pitch of a post.',
  nudge: 'say it the way you would to a friend, without the pitch words.',
  suggestions: ['Say it in your own words', 'Switch the learned layer off in Settings if it misreads you'],
  example: 'The fastest way to plan your next trip.',
  check(ctx) {
    return contributions(ctx.text, ctx.learned).map((c) => ({ start: c.start, end: c.end, factor: -c.points }));
  },
});
