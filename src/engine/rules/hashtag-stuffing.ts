import type { Site } from '../types';
import { defineRule, inUrl, matchSpans } from '../rule';

// Two hashtags help people find a post; more reads as reach-hunting.
const FREE_TAGS = 2;
/**
 * Where a network's conventions differ. On Mastodon hashtags are how posts
 * are found: there is no recommendation feed, people follow hashtags, and
 * full-text search only covers posts of people who opt in, so a handful of
 * tags at the end of a post is ordinary there (and CamelCase tags are the
 * accessible style). Past five it is still stuffing. Cases in
 * test/unit/engine/rule-cases.ts.
 */
const FREE_TAGS_ON: Partial<Record<Site, number>> = { mastodon: 5 };
const HASHTAG = /(?<![\w&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

export default defineRule({
  id: 'hashtag-stuffing',
  axis: 'promotion',
  description: 'Hashtag stuffing: more than two hashtags (five on Mastodon, where hashtags are how posts are found).',
  weight: -2,
  maxHits: 5,
  message: 'Every hashtag past the second one makes the post read like an ad.',
  nudge: 'Keep at most two hashtags.',
  suggestions: ['Remove this hashtag'],
  example: 'New blog post! #marketing #growth #sales #business #success',
  check(ctx) {
    const free = FREE_TAGS_ON[ctx.site] ?? FREE_TAGS;
    const tags = matchSpans(ctx.text, HASHTAG).filter((m) => !inUrl(ctx, m));
    const message = free === FREE_TAGS ? undefined : `On Mastodon hashtags help people find you, but every one past the ${free === 5 ? 'fifth' : `${free}th`} reads like an ad.`;
    return tags.slice(free).map(({ start, end }) => ({ start, end, ...(message ? { message } : {}) }));
  },
});
