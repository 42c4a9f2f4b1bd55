// Cases written after mutation testing of the seventh session's rule changes
// (tips-then-offer, passing-plug, comment-plug, contact-lure, giveaway): each
// row pins a span or a decision a surviving mutant changed.
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';

const findings = (text: string, rule: string, kind: 'post' | 'reply' = 'post') =>
  scoreDraft(text, { kind, replyTo: kind === 'reply' ? 'ada' : undefined }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

describe('the seventh session\'s rules: spans and decisions', () => {
  it.each<[string, string, string, string[]]>([
    // tips-then-offer: the last item turns only after two items of the list (the turn's own line is not one of them)…
    ['one item before the turn is no list', '1. Rest up\n2. Or just call us, free survey this month', 'tips-then-offer', []],
    ['two items before it are', '1. Rest up\n2. Drink water\n3. Or just call us, free survey this month', 'tips-then-offer', ['Or just call us']],
    // …and the span starts at "Or", after the marker and its spaces, whatever the marker.
    ['a bullet marker', '• Tap to focus\n• Shoot at first quarter\n•   Or grab my phone kit, it is what I use', 'tips-then-offer', ['Or grab my phone kit']],
    ['an indented number', '  1. Ask\n  2. Wait\n  10. Or just book us, we know the area', 'tips-then-offer', ['Or just book us']],
    // passing-plug: a disclosed stake is its own words, not its clause; other plugs run to the clause end.
    ['a stake', 'Great list. I\'m biased since I built it, but Tally is quick to set up', 'passing-plug', ["I'm biased"]],
    ['a stake, then a plug later', 'Full disclosure, I work there. Streaming tonight at 8 too', 'passing-plug', ['Full disclosure']],
  ])('%s', (_name, text, rule, expected) => {
    expect(findings(text, rule)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // comment-plug: a trade's answer counts under somebody's post, not in one's own, and not under a job post.
    ['Hi Sophie, I do a lot of 40ths. I have sent you a PM with my prices x', 'reply', ['sent you a PM']],
    ['I have sent you a PM with my prices', 'post', []],
    ['I have got Tuesday mornings free in Heaton Moor, insured and references', 'reply', ['I have got Tuesday mornings free']],
    ["We're hiring a receptionist at the practice. I have got Tuesday mornings free to interview", 'reply', []],
  ])('comment-plug: %j (%s)', (text, kind, expected) => {
    expect(findings(text, 'comment-plug', kind as 'post' | 'reply')).toEqual(expected);
  });

  it.each<[string, boolean]>([
    // contact-lure: somebody else's number passed on is not a lure, unless money is the subject.
    ['Go see Lupe at the bakery, she is not online so call her: (210) 555-0147', false],
    ['My mentor helped me recover my funds, call him: +1 929 555 0147', true],
    // "call her" must be just before the number, not anywhere in the draft.
    ['I will call her later about the cake. Orders by text on 07700 900 312 please, call me', true],
  ])('contact-lure on %j: %s', (text, fires) => {
    expect(findings(text, 'contact-lure').length > 0).toBe(fires);
  });
});
