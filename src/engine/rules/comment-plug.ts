import { defineRule, matchSpans, phraseRegex } from '../rule';

// Self-promotion under somebody else's post: "love this! check out my
// channel", "link's on my profile", "if anyone reading needs a
// photographer…". The same words in your own post are milder.

const PHRASES = [
  'my channel', 'my page', 'my profile', 'my pinned', 'my bio', 'my shop', 'my store', 'my website', 'my site',
  'my group', 'my podcast', 'my newsletter', 'my youtube', 'my tiktok', 'my insta', 'my ig', 'my etsy', 'my stream',
  'my latest video', 'my new video', 'my latest post', 'my blog', 'my portfolio', 'my book', 'my app', 'my course',
  'our page', 'our channel', 'our website', 'our shop', 'our profile', 'on my page', 'check out my', 'check my',
  'peep my', 'sub to', 'subscribe to my', 'follow me', 'follow my', 'follow us', 'link on my profile', "link's on my",
  'link is on my', 'link in my', 'in my bio', 'if anyone reading', 'anyone reading this', 'for anyone reading',
  'for anyone else reading', 'if anyone needs a', 'if anyone is looking for', "if anyone's looking for", 'shameless plug',
  'self plug', 'plug:', 'i make these', 'i sell these', 'i do these', 'i also do', 'we also do', 'we do these',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'comment-plug',
  axis: 'promotion',
  description: 'Plugging your own channel, page or shop ("check out my channel", "link\'s on my profile"), heavier under other people\'s posts.',
  weight: -8,
  maxHits: 2,
  message: 'This points people to your own page or shop.',
  nudge: 'Reply to what they said; if your page helps, they will find it.',
  suggestions: ['Answer their point instead', 'Leave the plug out of the comment'],
  example: { text: 'Love this! Check out my channel for more like it.', kind: 'comment', replyTo: 'Ada' },
  check(ctx) {
    const factor = ctx.answering ? 1.75 : 1;
    return matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end, factor }));
  },
});
