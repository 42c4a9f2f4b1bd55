// The ninth session's span choices and decisions, pinned: readers mark the
// offer or the entry terms, so that is what the highlight covers, and a
// change of rule that moves a highlight fails here.
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';
import type { Kind } from '../../../src/engine/types';

const findings = (text: string, rule: string, kind: Kind) =>
  scoreDraft(text, { kind, ...(kind === 'post' ? {} : { replyTo: 'ada' }) }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

describe("the ninth session's rules: what is highlighted", () => {
  it.each<[string, string, string, Kind, string[]]>([
    // giveaway: the entry terms, not the word "giveaway", when there are terms…
    ['giveaway terms over the word', 'mug giveaway ☕ RT + follow to enter, winner drawn friday', 'giveaway', 'post', ['RT + follow to enter']],
    // …and the word when nothing else says how to enter.
    // question-then-pitch: the turn with what it turns to, to the end of its clause.
    ['the turn and its product', 'Tired of cold lunches at your desk? That\'s why we built FuelWell, a 6-week programme', 'question-then-pitch', 'post', ["That's why we built FuelWell"]],
    ['the word alone', 'GIVEAWAY 🎉 one free profile rewrite for someone who needs it', 'giveaway', 'post', ['GIVEAWAY']],
    // comment-plug: after "if anyone reading…," the offer in the next clause.
    ['the offer after a lead-in', 'Gorgeous photos!! And if anyone reading is planning something similar, we do tiered cakes from £180', 'comment-plug', 'comment', ['we do tiered cakes from £180']],
    // A lead-in with no comma after it stays as it is.
    ['a lead-in with no clause after it', 'Great list Carol! I drew a map too. If anyone reading wants the map just shout', 'comment-plug', 'comment', ['If anyone reading']],
    // "I made a free…": its clause, up to the comma.
    ['an opener and its clause', "this is so real. i made a free 5-minute hip routine for exactly this, it's pinned on my profile", 'comment-plug', 'reply', ['i made a free 5-minute hip routine for exactly this']],
    ['an opener to the sentence end', "Great point. I'm running a free workshop on this next Friday. Hope that helps", 'comment-plug', 'comment', ["I'm running a free workshop on this next Friday"]],
    // question-then-pitch: the turn with what it names, with no question before it.
    ['why we built, without a question', 'Almost nobody gets that training. It is why we built Back to Work, a session for managers.', 'question-then-pitch', 'post', ['why we built Back to Work, a session for managers']],
    // Mutation testing's rows: each pins a decision a surviving mutant changed.
    // question-then-pitch: the first turn after the question, in text order, whichever list found it…
    ['the first turn, in text order', 'Struggling with standups? Our async check-in tool replaces them. I can help you set it up.', 'question-then-pitch', 'post', ['Our async check-in tool replaces them']],
    // …never a turn before the question…
    ['no turn before the question', 'I can help with that. Any questions about the form?', 'question-then-pitch', 'post', []],
    // …a turn right after the question mark counts…
    ['a turn right after the question', "Tired of invoices? That's why we built Ledgerly.", 'question-then-pitch', 'post', ["That's why we built Ledgerly"]],
    // …and "a few sentences later" ends at 400 characters.
    ['a turn 399 characters on', `Any tips?${' '.repeat(399)}I can help.`, 'question-then-pitch', 'post', ['I can help']],
    ['a turn 400 characters on', `Any tips?${' '.repeat(400)}I can help.`, 'question-then-pitch', 'post', []],
    // comment-plug: a curly apostrophe is the same opener…
    ['an opener with a curly apostrophe', 'Great point. I’m running a free workshop on this next Friday. Hope that helps', 'comment-plug', 'comment', ['I’m running a free workshop on this next Friday']],
    // …a comma right after the opener ends it there…
    ['a comma right after the opener', 'I run a, well, tiny pottery class on Sundays', 'comment-plug', 'comment', ['I run a']],
    // …the lead-in's comma must come before the sentence ends…
    ['a comma only in the next sentence', 'If anyone reading wants the map. Later, we sell maps', 'comment-plug', 'comment', ['If anyone reading']],
    // …a comma with no space after it still opens the offer…
    ['a comma with no space', 'Lovely! if anyone reading needs one,we do them from £5', 'comment-plug', 'comment', ['we do them from £5']],
    // …and a comma at the very end leaves nothing to show but the lead-in.
    ['a comma at the end', 'Lovely, we loved it! if anyone reading is interested,', 'comment-plug', 'comment', ['if anyone reading']],
  ])('%s', (_name, text, rule, kind, expected) => {
    expect(findings(text, rule, kind)).toEqual(expected);
  });
});
