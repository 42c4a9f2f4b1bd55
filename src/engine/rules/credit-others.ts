import { defineRule, matchSpans, phraseRegex } from '../rule';

// Pointing at somebody else's work and saying whose it is.
const PHRASES = [
  'h/t', 'hat tip', 'hat-tip', 'credit to', 'credit goes to', 'all credit', 'thanks to', 'props to', 'kudos to',
  'shoutout to', 'shout-out to', 'shout out to', 'learned this from', 'learned it from', 'learnt this from',
  'thread by', 'post by', 'piece by', 'article by', 'essay by', 'paper by', 'talk by', 'book by', 'video by',
  'written by', 'made by', 'built by', 'research by', 'work by', 'great work from', 'worth reading', 'worth a read',
  'worth your time', 'highly recommend', 'recommend following', 'go follow', 'borrowed from', 'inspired by',
  'stole this from', 'adapted from', 'originally from', 'as @', 'according to',
];
// "via @name", "HT @name", "by @name", "(h/t Name)".
const HANDLE_CREDIT = /\b(?:via|ht|by|from|cc)\s+@[\w.]+/giu;
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'credit-others',
  axis: 'value',
  description: "Sharing or crediting others' work: via, h/t, \"thanks to\", \"thread by\".",
  weight: 9,
  maxHits: 2,
  message: 'Crediting others shares the spotlight and tells people whom to follow.',
  praise: 'You credit the people behind it.',
  suggestions: [],
  example: 'This thread by @ada on pricing is the clearest I have read (h/t @grace).',
  check(ctx) {
    return [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, HANDLE_CREDIT)]
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start - b.start);
  },
});
