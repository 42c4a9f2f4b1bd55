import { defineRule, dropOverlapping, inQuotes, matchCued, matchSpans, phraseRegex, type CuedPattern } from '../rule';

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
  'share to', 'a like or share', 'follow for part', 'retweet + follow', 'rt + follow', 'like + follow', 'follow so you don\'t miss', 'follow so you dont miss', 'follow so u don\'t miss', 'follow so u dont miss', 'follow to see part', 'a star on github', 'a follow would', 'so i can dm you', 'so i can send', 'connect with me so', 'in the next 10 minutes', 'something good will happen',
];
const re = phraseRegex(PHRASES);
// Asks to pass something on: for a fundraiser, that is how help travels.
// "With the comment \"# temp\"", "a comment 'lol'": the noun, not an ask.
const NOUN_BEFORE = /\b(?:the|a|this|that|my|his|her|their|your|our)\s*$/iu;
// "Go follow @ramp_rat_ella. she's 13 and…": a follow for somebody else, said about them, is a recommendation.
// ("follow @kerbside_kat yet fix that. she's mapped every pothole": a few words may come first.)
const ABOUT_THEM = /^[\w.@-]+(?:\s+[\p{L}'’]+){0,4}[.!,:;]?\s+(?:she|he|they)\b/iu;
// "Tag the mate who ALWAYS blanks", "follow the page for part 2": the shapes, not one wording,
// each with its cues (rule.ts CuedPattern).
export const SHAPES: readonly CuedPattern[] = [
  [/\btag (?:the|a|your|that|ur|every|one) (?:\p{L}+ )?(?:mate|friend|bestie|buddy|pal|person|one|someone|girl|guy|mum|mom|dad|sister|brother)s? (?:who|that|u|you)\b/giu, ['tag ']],
  [/\bfollow (?:the page|the account|this page|this account|along|us|me|my page|our page) (?:for|to see|to catch) (?:part|pt|more|the rest)\b/giu, ['follow ']],
  // "follow + repost and i'll drop part 2", "like and share for part two" (60 promotional training drafts, no other).
  [/\b(?:follow|like|repost|rt|share)\b[^.!?\n]{0,30}\bpart (?:2|two)\b/giu, ['part ']],
];
const SPREAD = /\b(?:share|rt|retweet|repost|comment below)\b/iu;
// A keyword to comment, in capitals: "comment GUIDE", "just comment PASTA 👇", "DM 'MEETINGS' NOW" (case matters: "comment below" is above).
const KEYWORD = /\b(?:[Cc]omment|COMMENT|[Rr]eply|REPLY|[Tt]ype|TYPE|(?:[Mm]essage|[Ii]nbox) (?:me|us)|(?:[Dd][Mm]|[Tt]ext|TEXT|[Ss]end|SEND)(?: (?:me|us))?)\s+(?:the word\s+)?["'“‘]?(?!(?:ASAP|OK|LOL|PLS|AM|PM|TBH|BTW|FYI|ME|US)\b)[A-Z]{2,}\b/gu;

// "I'll DM you his number": someone else's details passed on.
const PASSED_ON = /^\s+(?:his|her|their)\b/iu;

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
    const all = [...matchSpans(ctx.text, re), ...matchSpans(ctx.text, KEYWORD), ...matchCued(ctx, SHAPES)].sort((a, b) => a.start - b.start);
    return dropOverlapping(all)
      // Bait quoted to mock it ("no 'comment WRITE below'") is not bait; asking people to share a fundraiser,
      // a free event or a notice with nothing to sell is help.
      .filter((h) => !inQuotes(ctx.text, h) && !((ctx.fundraising || ctx.disinterested || ctx.modestAsk) && SPREAD.test(ctx.text.slice(h.start, h.end))))
      .filter((h) => !/^comment/iu.test(ctx.text.slice(h.start, h.end)) || !NOUN_BEFORE.test(ctx.text.slice(Math.max(0, h.start - 8), h.start)))
      // "go give him a star on github": a star for somebody else's project.
      .filter((h) => !/^a star on github$/iu.test(ctx.text.slice(h.start, h.end)) || !/\b(?:him|her|them)\s+$/iu.test(ctx.text.slice(Math.max(0, h.start - 6), h.start)))
      .filter((h) => !/^follow @$/iu.test(ctx.text.slice(h.start, h.end)) || !ABOUT_THEM.test(ctx.text.slice(h.end, h.end + 80)))
      // "Message me and I'll send the form": a volunteer's form or address, not a lead magnet.
      .filter((h) => !/send$/iu.test(ctx.text.slice(h.start, h.end)) || !/^\s+(?:you\s+)?(?:the|a)\s+(?:form|address|details|rota|map|postcode|location)\b/iu.test(ctx.text.slice(h.end, h.end + 30)))
      // "I'll DM you his number": a friend's tradesman passed on, not a lead magnet.
      .filter((h) => !ctx.text.slice(h.start, h.end).toLowerCase().endsWith('dm you') || !PASSED_ON.test(ctx.text.slice(h.end, h.end + 8)))
      .map(({ start, end }) => ({ start, end }));
  },
});
