import { defineRule, phraseRegex } from '../rule';

// Question openers that are sales hooks, not questions anyone wants answered.
const HOOKS = [
  'want to', 'wanna', 'want more', 'ready to', 'are you ready', 'tired of', 'sick of', 'struggling', 'curious how',
  'did you know', 'interested', 'looking for a', 'looking for an', 'need a', 'need help', 'need more', 'what if i told you',
  'why wait', 'who wants', 'can you imagine', 'agree', 'who else', 'still using', 'still doing', 'ever wondered how',
  'do you want', 'would you like to', 'what are you waiting for', 'guess what', 'want in', 'sound familiar',
  'want the', 'want my', 'want a', 'want it', 'open to a', 'worth a', 'interested in', 'have you heard of',
  'quick question', 'what would it mean for your', 'what changed', 'what if', 'who wants',
];
const hook = phraseRegex(HOOKS);

export default defineRule({
  id: 'genuine-question',
  axis: 'value',
  description: 'A genuine question that invites people in (sales hooks like "Tired of…?" do not count).',
  weight: 7,
  maxHits: 2,
  message: 'A real question invites people into a conversation.',
  praise: 'Your question invites people in.',
  suggestions: [],
  example: 'Has anyone found a good way to run retros with a remote team?',
  check(ctx) {
    const hits = [];
    for (const s of ctx.sentences) {
      const q = s.text.lastIndexOf('?');
      if (q < 0) continue;
      const words = s.terms.length;
      if (words < 3) continue; // "Right?" "Really?" are not questions anyone answers
      hook.lastIndex = 0;
      const m = hook.exec(s.text);
      if (m && m.index < 12) continue;
      hits.push({ start: s.start, end: s.start + q + 1 });
    }
    return hits;
  },
});
