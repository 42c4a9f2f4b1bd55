// The rules' ids as plain data, in the registry's order. Settings validate
// per-rule switches against this list, so code that only needs the ids (the
// coach in the page, which no longer carries the engine) does not import
// the rules themselves. test/unit/engine/meta.test.ts keeps it equal to RULES.
export const RULE_IDS: readonly string[] = [
  'call-to-action', 'urgency', 'offer-pricing', 'puffery', 'announcement-opener', 'self-focus', 'you-pitch',
  'hashtag-stuffing', 'shouting', 'engagement-bait', 'link-pitch', 'own-product', 'question-then-pitch',
  'problem-then-solution', 'wrapped-brag', 'commerce-cues', 'polite-pitch', 'comment-plug', 'giveaway',
  'thanks-then-offer', 'company-offer', 'shop-news', 'contact-lure', 'tips-then-offer', 'passing-plug', 'learned-words', 'genuine-question', 'specific-info', 'credit-others', 'teaching',
  'value-before-ask', 'gratitude', 'congratulate', 'curiosity', 'offer-help', 'engage-reply',
];
