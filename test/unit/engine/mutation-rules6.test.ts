// Cases written after mutation testing of this session's rule changes: each
// row pins a span or a decision a surviving mutant changed.
import { describe, expect, it } from 'vitest';
import { inQuotes } from '../../../src/engine/rule';
import { scoreDraft } from '../../../src/engine/index';

const spanOf = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('inQuotes: someone else\'s words held up', () => {
  it.each<[string, string, boolean]>([
    ["No funnel, no 'comment WRITE below'.", 'comment WRITE', true],
    ['"comment WRITE" is the oldest trick', 'comment WRITE', true],
    ['Comment WRITE and I will send it', 'comment WRITE'.replace('c', 'C'), false],
    // An opening quote that was closed before the words does not quote them.
    ['She said "hi" and then comment WRITE below', 'comment WRITE', false],
    // The closing quote must be the first quote after the words, not a later one.
    ["no 'comment WRITE said \"hi\" ok", 'comment WRITE', false],
    // Quotes on another line do not count.
    ['"so\ncomment WRITE below"', 'comment WRITE', false],
    // A quote mark glued to the words is an opening one even mid-line.
    ['people love x"comment WRITE" lines', 'comment WRITE', true],
  ])('%j → %s', (text, words, expected) => {
    expect(inQuotes(text, spanOf(text, words))).toBe(expected);
  });
});

const findings = (text: string, rule: string, kind: 'post' | 'reply' = 'post') =>
  scoreDraft(text, { kind, replyTo: kind === 'reply' ? 'ada' : undefined }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

describe('spans of this session\'s rules', () => {
  it.each<[string, string, string[]]>([
    // passing-plug: one finding, the first in the text, whichever pattern found it.
    ["We're hiring a baker for Saturdays. Also I'm booking 2026 now.", 'passing-plug', ["We're hiring a baker for Saturdays"]],
    // …and a match at a line start is shown from its first word, not the line break.
    ['ok so\nstreaming tonight at 8, come lurk', 'passing-plug', ['streaming tonight at 8']],
    // puffery: "is the ONLY program" is shown from "the", not from "is".
    ['The Jade Method is the ONLY program that fixes posture in 20 minutes.', 'puffery', ['the ONLY program that fixes posture in 20 minutes']],
    // giveaway: the word itself, not its clause; after "To enter:" (or "How to enter:") the first term.
    // The word counts only when no term does (ninth session): the prize, with its clause, is what readers mark.
    ['GIVEAWAY TIME 🎉\nFollow our page and win a candle', 'giveaway', ['win a candle']],
    ['How to enter: tag a friend who needs a candle', 'giveaway', ['tag a friend who needs a candle']],
    // polite-pitch: a role opener with no offer after it is shown without the line break before it.
    ['Morning!\nTo café owners in Leeds and Bradford', 'polite-pitch', ['To café owners']],
  ])('%j: %s → %j', (text, rule, expected) => {
    expect(findings(text, rule)).toEqual(expected);
  });

  it('engagement-bait: in a fundraiser only the asks to pass it on are help; other bait still counts', () => {
    expect(findings('Raising money for the hospice, please share! Tag a friend who loves cake.', 'engagement-bait')).toEqual(['Tag a friend']);
  });
});
