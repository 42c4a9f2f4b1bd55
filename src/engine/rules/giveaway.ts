import { defineRule, dropOverlapping, matchSpans, phraseRegex, toClauseEnd } from '../rule';

// Giveaways and contests: a gift in exchange for follows, tags, shares or
// sign-ups is a growth tactic, however generous it sounds.

const PHRASES = [
  // Not "to win" alone: "we don't deserve to win" is football.
  'giveaway', 'giveaway time', 'to enter', 'how to enter', 'enter to win', 'chance to win',
  'win a', 'win one', 'winner picked', 'winners picked', 'winner announced', 'winners announced', 'winner chosen',
  'picking a winner', 'picking winners', 'random winner', 'up for grabs', 'contest', 'competition time', 'enter now',
  'follow + like', 'follow + rt', 'follow & rt', 'like + rt', 'like + share', 'follow, like', 'like, follow',
  'rt + follow', 'entries close', 'closes sunday', 'ends sunday', 'must be following',
];
const re = phraseRegex(PHRASES);
// When the winner is drawn: the frame around the trade, not the trade. Readers
// mark the prize and the entry terms, so these count only when nothing else does.
// The word "giveaway" itself names the trade without its terms: it too counts only when no term does.
const FRAME = new Set(['giveaway', 'giveaway time', 'winner picked', 'winners picked', 'winner announced', 'winners announced', 'winner chosen', 'picking a winner',
  'picking winners', 'random winner', 'entries close', 'closes sunday', 'ends sunday']);
// After "To enter": the colon, then any bullet, number or emoji before the first condition.
const ENTRY = /^\s*:[\s\p{P}\p{S}\p{M}\d]*?(?=\p{L})/u;

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
    // "Best wedding of the year, no contest": the idiom (puffery's, where something is sold), not a competition.
    const all = matchSpans(ctx.text, re).filter((m) => !/\bno\s*$/iu.test(ctx.text.slice(Math.max(0, m.start - 4), m.start)));
    const framed = (m: (typeof all)[number]) => FRAME.has(m.match[0].toLowerCase().replace(/\s+/gu, ' '));
    const terms = all.filter((m) => !framed(m));
    // "the free coat giveaway on 2 November for families": a charity handing things out, when no entry terms follow.
    if (terms.length === 0 && all.every((m) => /\bfree [\p{L}-]+\s+$/iu.test(ctx.text.slice(Math.max(0, m.start - 24), m.start)))) return [];
    // Widened to their clauses, two terms can cover the same words ("RT + follow to enter"): one finding.
    return dropOverlapping((terms.length > 0 ? terms : all).map((m) => {
      const phrase = m.match[0].toLowerCase();
      // The word itself is the signal; "GIVEAWAY ✨ 3 winners of…" need not be read to the end.
      if (phrase.startsWith('giveaway')) return { start: m.start, end: m.end };
      // "To enter:" is a heading: the first entry condition after it ("Follow our page") carries the trade.
      const terms = ENTRY.exec(ctx.text.slice(m.end, m.end + 60));
      if (phrase.endsWith('to enter') && terms) return toClauseEnd(ctx.text, { start: m.end + terms.index + terms[0].length, end: m.end + terms.index + terms[0].length + 1 });
      return toClauseEnd(ctx.text, m);
    }));
  },
});
