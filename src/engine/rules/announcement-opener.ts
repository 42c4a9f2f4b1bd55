import { defineRule, matchSpans, phraseRegex } from '../rule';

// Press-release openers; they frame the post as a broadcast about you.
const PHRASES = [
  'excited to announce', 'thrilled to announce', 'proud to announce', 'pleased to announce', 'happy to announce',
  'delighted to announce', 'excited to share', 'thrilled to share', 'proud to share', 'pleased to share',
  'excited to launch', 'thrilled to launch', 'proud to launch', 'excited to introduce', 'proud to introduce',
  'excited to unveil', 'big news', 'huge news', 'major announcement', 'big announcement', 'introducing',
  'announcing', 'we are live', "we're live", 'now available', 'available now', 'just launched', 'it’s here',
  "it's here", 'new drop', 'coming soon', 'officially launching', 'press release',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'announcement-opener',
  axis: 'promotion',
  description: 'Press-release openers: "Excited to announce", "Proud to share", "Introducing".',
  weight: -11,
  maxHits: 1,
  message: 'A press-release opener makes the post about you before anyone reads on.',
  nudge: 'Open with the story or the people, not "excited to announce".',
  suggestions: ['Start with what happened or who helped', 'Start with a question for your readers'],
  example: 'Excited to announce the launch of our new platform!',
  check(ctx) {
    // Only in the first two sentences: an opener, not a mention later on.
    const limit = ctx.sentences[1]?.end ?? ctx.text.length;
    return matchSpans(ctx.text, re)
      .filter((m) => m.start < limit)
      .map(({ start, end }) => ({ start, end }));
  },
});
