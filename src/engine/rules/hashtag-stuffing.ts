import { defineRule, inUrl, matchSpans } from '../rule';

// Two hashtags help people find a post; more reads as reach-hunting.
const FREE_TAGS = 2;
const HASHTAG = /(?<![\w&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export default defineRule({
  id: 'hashtag-stuffing',
  axis: 'promotion',
  description: 'Hashtag stuffing: more than two hashtags.',
  weight: -5,
  maxHits: 5,
  message: 'Every hashtag past the second one makes the post read like an ad.',
  nudge: 'Keep at most two hashtags.',
  suggestions: ['Remove this hashtag'],
  example: 'New blog post! #marketing #growth #sales #business #success',
  check(ctx) {
    const tags = matchSpans(ctx.text, HASHTAG).filter((m) => !inUrl(ctx, m));
    return tags.slice(FREE_TAGS).map(({ start, end }) => ({ start, end }));
  },
});
