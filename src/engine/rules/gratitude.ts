import { defineRule, matchSpans, phraseRegex } from '../rule';

// Thanks and appreciation.
const PHRASES = [
  'thank you', 'thanks', 'thank u', 'thx', 'ty', 'many thanks', 'grateful', 'gratitude', 'appreciate', 'appreciated',
  'i owe you', 'owe you one', 'you saved me', 'you made my day', 'means a lot', 'cheers for', 'indebted',
];
// Thanks that are not thanks at all.
const NOT_THANKS = /^(?:no\s+thanks|thanks\s+(?:for\s+nothing|in\s+advance|but\s+no))\b|^thanks\s+for\s+reading[^.!?\n]*(?:buy|sign|subscribe|link)/iu;
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'gratitude',
  axis: 'reciprocity',
  description: 'Thanks and gratitude.',
  weight: 7,
  maxHits: 2,
  message: 'Thanking people is how relationships start.',
  praise: 'The thanks is warm and specific.',
  suggestions: [],
  example: 'Thank you @grace, your notes on compilers saved me a week.',
  check(ctx) {
    return matchSpans(ctx.text, re)
      .filter((m) => {
        // "credit-others" already counts "thanks to"; do not count it twice.
        if (/^thanks\s+to\b/iu.test(ctx.text.slice(m.start, m.end + 4))) return false;
        const before = /\bno\s*[,.]?\s*$/iu.test(ctx.text.slice(Math.max(0, m.start - 4), m.start));
        return !before && !NOT_THANKS.test(ctx.text.slice(m.start, m.end + 60));
      })
      .map(({ start, end }) => ({ start, end }));
  },
});
