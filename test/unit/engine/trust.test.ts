// Coaching people agree with: the coach speaks up only on the pitch, each
// highlighted span carries its own points, plain and warm words never cost,
// and language evidence ignores links, handles, numbers and emoji.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BASE, CONFIDENT_COST, STRONG_COST, explainable, scoreDraft, type RawFinding, type Rule } from '../../../src/engine/index';
import { isEnglish } from '../../../src/engine/language';
import { plainOnly } from '../../../src/engine/plain-words';
import type { ScoreOptions } from '../../../src/engine/types';

// The examples of drafts people would not want nagged.
const NEVER_NAGGED: Array<[string, string, ScoreOptions]> = [
  ['a tip with a price', 'Tip for new parents: a $15 blackout blind bought us 2 extra hours of sleep a night. Worth every cent.', { site: 'facebook' }],
  ['thanks after news', 'We finally got the keys to our first home today 🏡 Thank you to everyone who helped us move all 40 boxes up three flights of stairs!', {}],
  ['a free community event', "Free kids' football every Sunday at 10am in Victoria Park ⚽ No sign-up, just turn up. Thanks to the café for the orange slices!", {}],
  ['help offered in a comment', 'Sorry to hear about the leak, Priya. Happy to bring our wet vac round this week if that helps.', { kind: 'comment', replyTo: 'Priya' }],
  ['a thank-you', 'Thank you so much, this made my week 😊', { kind: 'comment' }],
  ['vouching for someone', "If you're hiring a designer, look at Mira Patel's portfolio. I worked with her for 3 years and she made every product she touched clearer.", { site: 'linkedin' }],
  ['congratulations', 'Congratulations on the new job, Sam! They are lucky to have you.', { kind: 'comment', replyTo: 'Sam Reid' }],
];

describe('never nagged', () => {
  test.each(NEVER_NAGGED)('%s: human band, no nudge, no cost', (_name, text, opts) => {
    const r = scoreDraft(text, opts);
    expect(r.band).toBe('human');
    expect(r.nudges).toEqual([]);
    expect(r.findings.filter((f) => f.weight < 0)).toEqual([]);
  });

  test.each([
    ['Thank you so much, this made my week 😊', 'The thanks is warm and specific.'],
    ['Congratulations on the new job, Sam! They are lucky to have you.', 'You celebrate someone else.'],
    ['How did you get the starter going again? Mine died last week.', 'Your question invites people in.'],
  ])('%j says what is working', (text, line) => {
    expect(scoreDraft(text).praise.map((p) => p.message)).toContain(line);
  });
});

// The promotional families: each is caught by a rule that names its words.
const PITCHES: Array<[string, string, ScoreOptions, string]> = [
  ['cheerful shop news', 'Rainy Tuesday ☔ The pear and ginger scones are back and the kettle is on. See you on Church Street!', {}, 'shop-news'],
  ['a question hook', 'How many hours did your team lose to status meetings last month? Our async check-in tool replaces the daily standup for teams of 5 to 50.', { site: 'linkedin' }, 'question-then-pitch'],
  ['a polite business announcement', 'Willow Dental now offers evening appointments on Tuesdays and Thursdays. New patients are welcome.', {}, 'company-offer'],
  ['a WhatsApp lure', 'Earn $500 a day from home with my forex signals, WhatsApp me on +44 7700 900123', {}, 'contact-lure'],
  ['link spam', 'new song out now pls listen www.example.com/track?id=com.music.demo', {}, 'link-pitch'],
];

describe('the pitch is named', () => {
  test.each(PITCHES)('%s: leaves the human band, and the nudge quotes the words', (_name, text, opts, ruleId) => {
    const r = scoreDraft(text, opts);
    expect(r.status).toBe('scored');
    expect(r.band).not.toBe('human');
    const f = r.findings.find((x) => x.ruleId === ruleId);
    expect(f?.weight).toBeLessThan(0);
    const nudge = r.nudges.find((n) => n.ruleId === ruleId);
    expect(nudge?.message).toContain(`“${f?.actual.slice(0, 20)}`);
  });
});

describe('nudge policy', () => {
  test('a small cost is highlighted but not nagged; a human-band draft is nudged only for a strong cost', () => {
    for (const text of ['So excited for the weekend!!! Who else is going to the match?', 'Gorgeous morning for a walk. #nature #autumn #dogs #walks']) {
      const r = scoreDraft(text);
      for (const n of r.nudges) {
        const total = n.findingIndexes.reduce((a, i) => a + (r.findings[i]?.weight ?? 0), 0);
        expect(-total).toBeGreaterThanOrEqual(CONFIDENT_COST);
        if (r.band === 'human') expect(Math.min(...n.findingIndexes.map((i) => r.findings[i]?.weight ?? 0))).toBeLessThanOrEqual(-STRONG_COST);
      }
    }
  });

  test.each([
    [{ kind: 'reply' as const }, 'the post you are answering'],
    [{ kind: 'reply' as const, replyTo: 'ada' }, '@ada'],
    [{ kind: 'comment' as const, replyTo: 'Ada Lovelace' }, 'Ada Lovelace'],
  ])('a reply %j is told about %s, never "them"', (opts, who) => {
    const r = scoreDraft('Nice one! Link in bio for the full template.', opts);
    const messages = r.nudges.map((n) => n.message).join(' ');
    expect(messages).toContain(who);
    expect(messages).not.toMatch(/\bthem said\b/u);
  });
});

const fakeRule = (id: string): Rule => ({ id, axis: 'promotion', description: '', weight: 1, maxHits: 1, message: '', suggestions: [], example: '', check: () => [] });
const raw = (id: string, start: number, end: number, points: number): RawFinding => ({ rule: fakeRule(id), start, end, raw: points, message: '' });

describe('explanations are the causes', () => {
  test.each([
    ['a cost on plain words alone is dropped', 'thank you so much', [raw('x', 0, 9, -5)], []],
    ['a cost with a price is kept', 'only $12 each', [raw('x', 0, 8, -5)], ['x']],
    ['the learned layer is silent where a rule speaks', 'grab yours now', [raw('learned-words', 0, 4, -3), raw('call-to-action', 0, 10, -8)], ['call-to-action']],
    ['of opposite-sign overlaps the weaker goes', 'Our candles are $12 each.', [raw('offer-pricing', 16, 19, -16), raw('gain', 16, 24, 2)], ['offer-pricing']],
    ['same-sign overlaps both stay', 'Our candles are $12 each.', [raw('offer-pricing', 16, 19, -16), raw('commerce-cues', 16, 24, -8)], ['offer-pricing', 'commerce-cues']],
    // Rule.yieldsTo: the same reason for the same words is given once, by the rule yielded to.
    ['a rule yields words it shares with the rule it names', 'my newsletter', [{ ...raw('own-product', 0, 13, -9), rule: { ...fakeRule('own-product'), yieldsTo: ['comment-plug'] } }, raw('comment-plug', 0, 13, -8)], ['comment-plug']],
    ['…when that rule covers at least half of its words', 'read my newsletter now', [{ ...raw('own-product', 5, 18, -9), rule: { ...fakeRule('own-product'), yieldsTo: ['comment-plug'] } }, raw('comment-plug', 5, 12, -8)], ['comment-plug']],
    ['…and not when it covers less', 'read my newsletter now', [{ ...raw('own-product', 5, 18, -9), rule: { ...fakeRule('own-product'), yieldsTo: ['comment-plug'] } }, raw('comment-plug', 5, 11, -8)], ['own-product', 'comment-plug']],
    ['…nor to a rule it does not name', 'my newsletter', [{ ...raw('own-product', 0, 13, -9), rule: { ...fakeRule('own-product'), yieldsTo: ['comment-plug'] } }, raw('link-pitch', 0, 13, -8)], ['own-product', 'link-pitch']],
  ])('%s', (_name, text, found, kept) => {
    expect(explainable(text, found).map((f) => f.rule.id).sort()).toEqual([...kept].sort());
  });

  test('on any text: no cost on plain words alone, no words that both earn and cost, points add up', () => {
    const words = ['thank', 'you', 'so', 'much', 'buy', 'now', 'our', 'new', 'app', 'link', 'in', 'bio', '$12', 'each', '🎉', '?', '!', 'the', 'week', 'happy', 'to', 'help', 'sign', 'up', 'today'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        const r = scoreDraft(text);
        if (r.score === null) return;
        for (const f of r.findings) if (f.weight < 0) expect(plainOnly(f.actual)).toBe(false);
        for (const a of r.findings) for (const b of r.findings) {
          if (a.weight < 0 && b.weight > 0) expect(a.start < b.end && a.end > b.start).toBe(false);
        }
        expect(BASE + r.findings.reduce((s, f) => s + f.weight, 0)).toBe(r.score);
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  test('an ordinary sentence moves nothing, however long', () => {
    const plain = 'I walked to the station this morning and the train was on time. ';
    for (const n of [1, 4, 12]) expect(scoreDraft(plain.repeat(n)).score).toBe(BASE);
  });
});

describe('language evidence without noise', () => {
  test.each([
    ['new song out now pls listen www.example.com/track?id=com.music.demo', true],
    ['mail me at ana@exemplo.com.br if u want the notes', true],
    ['@la_de_la @el_que #la #de check this out 2024 🎉', true],
    ['Hoy es un gran día para todos los que están aquí con nosotros.', false],
    ['Ceci est une phrase en français pour le test, avec des mots.', false],
  ])('%j is English: %s', (text, english) => {
    expect(isEnglish(text)).toBe(english);
  });
});
