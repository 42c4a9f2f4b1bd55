import { defineRule, matchSpans, phraseRegex } from '../rule';

// In a reply: words that engage with what the other person actually said.
const PHRASES = [
  'your point', 'you mentioned', 'you said', 'you wrote', 'your post', 'your thread', 'your article', 'your take',
  'your idea', 'your example', 'your question', 'you’re right', "you're right", 'you are right', 'good point',
  'great point', 'fair point', 'i agree', 'agreed', 'same here', 'same for me', 'this resonates', 'resonates',
  'love how you', 'love that you', 'i had the same', 'we had the same', 'this matches', 'that matches',
  'i hadn’t thought', "i hadn't thought", 'never thought of', 'the part about', 'the bit about', 'this part',
  'i disagree', 'respectfully disagree', 'counterpoint', 'to build on', 'adding to this', 'to add to',
  'in my case', 'sorry to hear', 'sending love', 'sending hugs', 'sending strength', 'sending good vibes', 'that sounds',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'engage-reply',
  axis: 'reciprocity',
  description: 'In replies and comments: engaging with what the person said, or naming them.',
  weight: 6,
  maxHits: 2,
  message: 'Engaging with what they said shows you listened.',
  praise: 'You answer what they actually said.',
  suggestions: [],
  example: { text: 'Your point about onboarding matches what we saw, the first week decides it.', kind: 'reply', replyTo: 'ada' },
  check(ctx) {
    if (!ctx.answering) return [];
    const hits = matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
    // Addressing the person by name or handle.
    if (ctx.replyTo) {
      const name = ctx.replyTo.replace(/^@/, '');
      const first = name.split(/\s+/)[0] ?? name;
      if (first.length >= 2) {
        const esc = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const m = new RegExp(`@?\\b${esc}\\b`, 'iu').exec(ctx.text);
        if (m) hits.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
