import { defineRule, matchSpans, phraseRegex, toClauseEnd } from '../rule';

// Giveaways and contests: a gift in exchange for follows, tags, shares or
// sign-ups is a growth tactic, however generous it sounds.

const PHRASES = [
  'giveaway', 'giveaway time', 'to enter', 'how to enter', 'to win', 'chance to win',
  'win a', 'win one', 'winner picked', 'winners picked', 'winner announced', 'winners announced', 'winner chosen',
  'picking a winner', 'picking winners', 'random winner', 'up for grabs', 'contest', 'competition time', 'enter now',
  'follow + like', 'follow + rt', 'follow & rt', 'like + rt', 'like + share', 'follow, like', 'like, follow',
  'rt + follow', 'entries close', 'closes sunday', 'ends sunday', 'must be following',
];
const re = phraseRegex(PHRASES);

export default defineRule({
  id: 'giveaway',
  axis: 'promotion',
  description: 'Giveaways and contests that trade a prize for follows, tags or shares.',
  weight: -12,
  maxHits: 2,
  message: 'A giveaway trades a prize for attention.',
  nudge: 'Give it to someone who helped you, and say why; skip the follow-and-share terms.',
  suggestions: ['Thank a specific person instead', 'Drop the entry conditions'],
  example: 'GIVEAWAY! To enter: follow + like + tag a friend. Winner picked Sunday.',
  check(ctx) {
    return matchSpans(ctx.text, re).map((m) => toClauseEnd(ctx.text, m));
  },
});
