import { defineRule, matchSpans, phraseRegex } from '../rule';

// Asking about the other person's view or experience.
const PHRASES = [
  'what do you think', "what's your take", 'what is your take', 'your take on', 'how did you', 'how do you',
  'what would you', 'what made you', 'how would you', 'what was your', "what's your", 'what is your', 'what are your',
  "i'd love to hear", 'i would love to hear', 'love to hear', 'curious what you', 'curious how you', 'curious about your',
  'have you tried', 'have you found', 'have you seen', 'did you find', 'did you try', 'your thoughts', 'your experience',
  'would love your', 'keen to hear', 'how are you', 'how is it going', 'how has it been', 'what surprised you',
  'what would you change', 'tell me more', 'how about you', 'what about you',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'curiosity',
  axis: 'reciprocity',
  description: "Curiosity about the other person's view or experience.",
  weight: 8,
  maxHits: 2,
  message: "Asking about their view makes it a conversation about them.",
  praise: 'You ask about them.',
  suggestions: [],
  example: { text: 'How did you decide when to stop adding features?', kind: 'reply', replyTo: 'ada' },
  check(ctx) {
    return matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
  },
});
