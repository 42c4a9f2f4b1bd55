import { describe, expect, test } from 'vitest';
import { RULES, scoreDraft } from '../../../src/engine/index';
import type { Example } from '../../../src/engine/rule';
import { RULE_CASES } from './rule-cases';

const asInput = (e: Example) => (typeof e === 'string' ? { text: e } : e);
const ruleIdsFiring = (e: Example) => {
  const { text, ...opts } = asInput(e);
  return scoreDraft(text, opts).findings.map((f) => f.ruleId);
};
const label = (e: Example) => asInput(e).text.slice(0, 60);

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const cases = RULE_CASES[id] ?? { fires: [], passes: [] };

  test.each(cases.fires.map((e) => [label(e), e] as const))('fires on %j', (_l, e) => {
    expect(ruleIdsFiring(e)).toContain(id);
  });

  test.each(cases.passes.map((e) => [label(e), e] as const))('does not fire on %j', (_l, e) => {
    expect(ruleIdsFiring(e)).not.toContain(id);
  });

  test('its own README example fires it', () => {
    expect(ruleIdsFiring(rule.example)).toContain(id);
  });

  test('can be switched off and reweighed', () => {
    const { text, ...opts } = asInput(rule.example);
    const off = scoreDraft(text, { ...opts, rules: { [id]: 'off' } });
    expect(off.findings.map((f) => f.ruleId)).not.toContain(id);
    const base = scoreDraft(text, opts).findings.filter((f) => f.ruleId === id);
    const double = scoreDraft(text, { ...opts, rules: { [id]: 2 } }).findings.filter((f) => f.ruleId === id);
    const sum = (fs: typeof base) => Math.abs(fs.reduce((a, f) => a + f.weight, 0));
    expect(sum(double)).toBeGreaterThanOrEqual(sum(base));
  });
});

// Rules that keep fewer hits than they find keep the first ones in the text,
// whatever the order of their patterns (found by mutation testing).
describe('the first hits in the text are the ones kept', () => {
  test.each([
    ['tips-then-offer', 'Grind finer and weigh your dose. Ours ship within 48h of roasting. Or skip all that and let us handle it.', 'Ours ship within 48h of roasting'],
    ['shop-news', '☕ pop in today! The pear scones are back at the counter.', 'pop in today'],
    ['puffery', 'Ours, obviously. Nothing else comes close, and we will die on this hill.', 'Ours, obviously'],
    ['shop-news', 'Lantern is available on Steam now. A new batch of keys drops Friday.', 'available on Steam now'],
    ['wrapped-brag', 'Our 500th order and 10,000 followers this week. Humbled 🙏', '500th order'],
  ])('%s', (id, text, first) => {
    const rule = RULES.find((r) => r.id === id)!;
    const hits = rule.check(
      // The rule reads only the text and the URLs here.
      { text, lower: text.toLowerCase(), site: 'generic', kind: 'post', replyTo: undefined, answering: false, sentences: [], terms: [], urls: [], onSale: false, fundraising: false, modestAsk: false, freeEvent: false, disinterested: false, advising: false, learned: undefined as never },
    ).slice(0, rule.maxHits);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(first);
  });
});

// A rule with nothing to find returns no hit at all, not an empty or malformed one (found by mutation testing:
// the engine drops malformed hits, so only the rule itself can show it).
test.each(RULES.filter((r) => r.id !== 'learned-words').map((r) => [r.id, r] as const))('%s finds nothing in a plain sentence', (_id, rule) => {
  const text = 'I walked the dog along the river this morning.';
  expect(rule.check(
    { text, lower: text.toLowerCase(), site: 'generic', kind: 'post', replyTo: undefined, answering: false, sentences: [{ start: 0, end: text.length, text, terms: [] }], terms: [], urls: [], onSale: false, fundraising: false, modestAsk: false, freeEvent: false, disinterested: false, advising: false, learned: undefined as never },
  )).toEqual([]);
});

// Rule.mutedBy: the engine skips a rule when the draft says it is a
// fundraiser or that the writer gains nothing. Every declared mute has a row.
const MUTE_SAYS = { fundraising: ' All proceeds go to the hospice.', disinterested: ' No affiliation, just a happy customer.', advising: " But don't pay more than that anywhere." } as const;
const MUTED: ReadonlyArray<[string, keyof typeof MUTE_SAYS, Example]> = [
  ['link-pitch', 'fundraising', 'Check out our tool here: https://example.com'],
  ['link-pitch', 'disinterested', 'Check out the tool here: https://example.com'],
  ['thanks-then-offer', 'fundraising', 'THANK YOU for 10 amazing years! To celebrate, 30% off everything with code TEN.'],
  ['comment-plug', 'fundraising', { text: 'Love this! My channel has more like it.', kind: 'comment', replyTo: 'Ada' }],
  ['comment-plug', 'disinterested', { text: 'Love this! My channel has more like it.', kind: 'comment', replyTo: 'Ada' }],
  ['call-to-action', 'disinterested', 'Our new course is live. Sign up today!'],
  ['puffery', 'fundraising', 'Our revolutionary app is a total game-changer.'],
  ['puffery', 'disinterested', 'Our revolutionary app is a total game-changer.'],
  ['shop-news', 'fundraising', 'The pear and ginger scones are back and the kettle is on. See you on Church Street!'],
  ['commerce-cues', 'fundraising', 'Fresh batch of tablet at the bake sale, £2 a bag.'],
  ['commerce-cues', 'advising', 'Fresh batch of tablet at the bake sale, £2 a bag.'],
  ['commerce-cues', 'disinterested', 'Fresh batch of tablet at the bake sale, £2 a bag.'],
  ['offer-pricing', 'advising', 'Get 50% off our planner this week, just $19!'],
  ['own-product', 'disinterested', { text: 'Great post! Our app solves exactly this.', kind: 'reply', replyTo: 'ada' }],
  ['own-product', 'fundraising', { text: 'Great post! Our app solves exactly this.', kind: 'reply', replyTo: 'ada' }],
  ['wrapped-brag', 'fundraising', "Humbled to share that my little post hit 1M views 🙏 Can't believe it."],
  ['urgency', 'fundraising', 'Only 3 spots left, doors close tonight!'],
  ['polite-pitch', 'disinterested', 'A short note for finance teams: would you be open to a 15-minute call? No obligation.'],
  ['tips-then-offer', 'disinterested', 'Before your first ride: 1. check the brakes 2. pump the tyres 3. lube the chain. Or skip all that, £40 safety check with us!'],
  ['passing-plug', 'disinterested', 'Great tips. We sell seedlings at the Saturday market in Ashby if anyone wants some.'],
];

describe('a muted rule stays silent when the draft says so', () => {
  test.each(MUTED)('%s, muted by %s', (id, flag, e) => {
    const input = asInput(e);
    expect(ruleIdsFiring(input)).toContain(id);
    expect(ruleIdsFiring({ ...input, text: input.text + MUTE_SAYS[flag] })).not.toContain(id);
  });

  test('every declared mute has a row above', () => {
    const declared = RULES.flatMap((r) => (r.mutedBy ?? []).map((flag) => `${r.id}:${flag}`)).sort();
    expect([...new Set(MUTED.map(([id, flag]) => `${id}:${flag}`))].sort()).toEqual(declared);
  });
});

test('a plug said twice is one plug (comment-plug keeps one finding)', () => {
  const r = scoreDraft("Great thread! I wrote about this on my blog, link's on my profile.", { kind: 'comment', replyTo: 'Ada' });
  expect(r.findings.filter((f) => f.ruleId === 'comment-plug')).toHaveLength(1);
});
