// The hard-case families the writers were briefed with (see
// test/fixtures/corpus/briefs/). Each family sits on one side: its drafts
// are compared with every draft of the other class for a per-family AUC.

/** Promotional families: their promotional drafts vs all human drafts. */
export const PROMOTIONAL_FAMILIES = [
  'question-pitch', 'humblebrag', 'polite-b2b', 'shop-post', 'tips-pitch', 'thanks-wash', 'comment-promo', 'giveaway', 'hard-sell',
  // the sealed set written for the coaching-trust issue (briefs s5, s6)
  'shop-news', 'polite-announce', 'question-hook', 'thread-pitch', 'lure', 'bait-magnet', 'superlative',
] as const;
/** Human families: their human drafts vs all promotional drafts. */
export const HUMAN_FAMILIES = [
  'advice-price-link', 'fundraiser', 'caps-joy', 'informal', 'plain',
  'thanks', 'congrats', 'share-others', 'community-event', 'advice-price',
] as const;
