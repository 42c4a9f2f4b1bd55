// The ninth session's span choices and decisions, pinned: readers mark the
// offer or the entry terms, so that is what the highlight covers, and a
// change of rule that moves a highlight fails here.
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';
import type { DraftInput } from '../../../src/engine/types';

type Kind = NonNullable<DraftInput['kind']>;
const findings = (text: string, rule: string, kind: Kind) =>
  scoreDraft(text, { kind, ...(kind === 'post' ? {} : { replyTo: 'ada' }) }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

describe("the ninth session's rules: what is highlighted", () => {
  it.each<[string, string, string, Kind, string[]]>([
    // giveaway: the entry terms, not the word "giveaway", when there are terms…
    ['giveaway terms over the word', 'mug giveaway ☕ RT + follow to enter, winner drawn friday', 'giveaway', 'post', ['RT + follow to enter, winner drawn friday']],
    // …and the word when nothing else says how to enter.
    ['the word alone', 'GIVEAWAY 🎉 one free profile rewrite for someone who needs it', 'giveaway', 'post', ['GIVEAWAY']],
    // comment-plug: after "if anyone reading…," the offer in the next clause.
    ['the offer after a lead-in', 'Gorgeous photos!! And if anyone reading is planning something similar, we do tiered cakes from £180', 'comment-plug', 'comment', ['we do tiered cakes from £180']],
    // A lead-in with no comma after it stays as it is.
    ['a lead-in with no clause after it', 'Great list Carol! If anyone reading wants the map just shout', 'comment-plug', 'comment', ['If anyone reading']],
    // "I made a free…": its clause, up to the comma.
    ['an opener and its clause', "this is so real. i made a free 5-minute hip routine for exactly this, it's pinned on my profile", 'comment-plug', 'reply', ['i made a free 5-minute hip routine for exactly this']],
    ['an opener to the sentence end', "Great point. I'm running a free workshop on this next Friday. Hope that helps", 'comment-plug', 'comment', ["I'm running a free workshop on this next Friday"]],
    // question-then-pitch: the turn with what it names, with no question before it.
    ['why we built, without a question', 'Almost nobody gets that training. It is why we built Back to Work, a session for managers.', 'question-then-pitch', 'post', ['why we built Back to Work, a session for managers']],
  ])('%s', (_name, text, rule, kind, expected) => {
    expect(findings(text, rule, kind)).toEqual(expected);
  });
});
