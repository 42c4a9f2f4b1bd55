// Cases written after mutation testing of the eighth session's rule changes
// (thanks-then-offer, shop-news, engagement-bait, company-offer, Rule.mutedBy):
// each row pins a span or a decision a surviving mutant changed.
import { describe, expect, it } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';

const findings = (text: string, rule: string) => scoreDraft(text, { kind: 'post' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual);

describe("the eighth session's rules: spans and decisions", () => {
  it.each<[string, string, string, string[]]>([
    // thanks-then-offer: of the offers near the thanks, the first in the text is the one shown (a code later is not)…
    ['the first offer in the text', 'Thank you for 3 years! 20% off everything this week with code THREE', 'thanks-then-offer', ['20% off']],
    // …and "near" is under 400 characters after the thanks: at exactly 400 it is another post's business.
    ['an offer 399 characters on', `Thank you for coming!${' '.repeat(378)}20% off`, 'thanks-then-offer', ['20% off']],
    ['an offer 400 characters on', `Thank you for coming!${' '.repeat(379)}20% off`, 'thanks-then-offer', []],
    // shop-news: "are  back" with two spaces is still the weak, news-of-life phrase (nothing on sale here).
    ['a weak phrase with two spaces', 'the ducks are  back on the pond this morning', 'shop-news', []],
  ])('%s', (_name, text, rule, expected) => {
    expect(findings(text, rule)).toEqual(expected);
  });
});
