import { describe, expect, it } from 'vitest';
import { FREE_EVENT, FUNDRAISING, JOB_POST, PRICE_ADVICE, SALE_CONTEXT, SELLER_ASK, SELLER_SENTENCE } from '../../../src/engine/sale-words';
import { scoreDraft } from '../../../src/engine/index';

// The one vocabulary of "on sale": ordering words count for every test, the
// rest is each test's own. Each row: a text and which lists it matches.
const CASES: Array<[text: string, sale: boolean, sellerSentence: boolean, sellerAsk: boolean]> = [
  ['DM me to order', true, true, true],
  ['pre-order opens Friday', true, true, true],
  ['back in stock', true, true, true],
  ['use code SPRING', true, true, true],
  ['we sell them at the market', false, true, true],
  ['the ducks are back on the pond', false, false, false],
  ['my rates are on the site', false, true, true],
  ['20% off', true, false, true],
  ['get a hand grinder, it changed everything', false, false, false],
  ['see you at the counter', true, false, false],
];

describe('sale-words', () => {
  it.each(CASES)('%s', (text, sale, sellerSentence, sellerAsk) => {
    expect([SALE_CONTEXT.test(text), SELLER_SENTENCE.test(text), SELLER_ASK.test(text)]).toEqual([sale, sellerSentence, sellerAsk]);
  });

  it.each([
    ['raising money for the hospice, link below', true],
    ['even a quid helps', true],
    ['link below for 20% off', false],
  ])('fundraising: %s', (text, expected) => expect(FUNDRAISING.test(text)).toBe(expected));

  it.each([
    ['I paid about ', true],
    ['the ones charging ', true],
    ['just ', false],
  ])('price as information before: %s', (before, expected) => expect(PRICE_ADVICE.test(before)).toBe(expected));

  it('the context reads them once per draft: a weak cue costs only where something is on sale', () => {
    const urgencyOn = (t: string) => scoreDraft(t).findings.some((f) => f.ruleId === 'urgency');
    expect(urgencyOn('My in-laws are in town this weekend only, so the house is chaos.')).toBe(false);
    expect(urgencyOn('DOUBLE points on ALL purchases, this weekend only.')).toBe(true);
  });
});

describe('modest asks: a job post or a free event', () => {
  const cost = (text: string, rule: string) =>
    scoreDraft(text).findings.filter((f) => f.ruleId === rule).reduce((sum, f) => sum + f.weight, 0);
  it.each([
    ['DM me if you want the details.', "We're hiring a Saturday barista. DM me if you want the details."],
    ['Sign up at the link.', "I'm running a free workshop on bug reports this Friday. Sign up at the link."],
  ])('"%s" costs half when the draft is "%s"', (sale, modest) => {
    const full = cost(sale, 'call-to-action');
    expect(full).toBeLessThan(0);
    // Findings carry rounded points: half, to the nearest point.
    expect(Math.abs(cost(modest, 'call-to-action') - full / 2)).toBeLessThanOrEqual(0.5);
  });

  it('a free webinar is a lead magnet, not a free event', () => {
    expect(FREE_EVENT.test('Join my free webinar on Thursday')).toBe(false);
    expect(FREE_EVENT.test("It's free, there'll be food")).toBe(true);
    expect(JOB_POST.test('Great job on the launch, what a role model')).toBe(false);
  });
});

describe('polite pitches: reassurance is the wrapper, the offer carries the points', () => {
  it('highlights the offer, not "no obligation"', () => {
    const r = scoreDraft("A short note for café owners: I'd be glad to drop round some samples. No obligation at all.");
    const spans = r.findings.filter((f) => f.ruleId === 'polite-pitch').map((f) => f.actual);
    expect(spans.some((s) => s.startsWith("I'd be glad to"))).toBe(true);
    expect(spans.some((s) => /obligation|short note/u.test(s))).toBe(false);
  });
});
