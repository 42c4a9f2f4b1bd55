import { defineRule, matchSpans, phraseRegex } from '../rule';

// Asking for likes, tags and shares instead of a real response.
const PHRASES = [
  'like if', 'like this if', 'like this post if', 'share if', 'share this if', 'retweet if', 'rt if', 'repost if',
  'tag a friend', 'tag someone', 'tag your', 'tag 3', 'tag three', 'comment yes', 'comment "yes"',
  'comment below', 'comment "', 'comment ‘', 'comment “', 'type yes', 'type "yes"', 'type amen', 'drop a comment',
  'drop a 🔥', 'drop a ❤️', 'drop an emoji', 'drop your', 'follow for more', 'follow me for', 'hit follow', 'smash that like', 'smash the like',
  'like and share', 'like & share', 'like, share', 'share this post', 'share with your',
  'who else agrees', 'who else is with me', 'agree?', 'who agrees', 'double tap', 'hit the bell', 'turn on notifications', "i'll dm you",
  'i will dm you', 'and i’ll send', "and i'll send", 'for the link', 'repost to', '♻️ repost', 'save this post',
  'bookmark this', 'follow @', "comment '", 'like this post', 'like for', '❤️ for', 'retweet this', 'share to bless',
  'share to', 'a like or share', 'a star on github', 'a follow would', 'so i can dm you', 'so i can send', 'connect with me so', 'in the next 10 minutes', 'something good will happen',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'engagement-bait',
  axis: 'promotion',
  description: 'Engagement bait: "like if", "tag a friend", "comment YES", "follow for more".',
  weight: -22,
  maxHits: 2,
  message: 'Asking for likes, tags or a keyword in the comments is bait, not conversation.',
  nudge: 'Ask a real question instead of asking for likes or tags.',
  suggestions: ['Replace it with a question you want answered'],
  example: 'Tag a friend who needs this! Comment YES and I’ll DM you the guide.',
  check(ctx) {
    return matchSpans(ctx.text, re).map(({ start, end }) => ({ start, end }));
  },
});
