import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BASE, bandOf, scoreDraft } from '../../../src/engine/index';
import { clearParseCache, parseCount } from '../../../src/engine/parse';
import type { DraftScore } from '../../../src/engine/types';

/** The contract's invariants, checked on every result. */
function expectValid(text: string, r: DraftScore) {
  expect(['scored', 'too-short', 'unsupported-language']).toContain(r.status);
  if (r.status !== 'scored') {
    expect(r.score).toBeNull();
    expect(r.band).toBeNull();
    return;
  }
  expect(r.score).not.toBeNull();
  const score = r.score ?? NaN;
  expect(Number.isInteger(score)).toBe(true);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  expect(r.band).toBe(bandOf(score));
  // Every point is explained by a finding.
  expect(BASE + r.findings.reduce((a, f) => a + f.weight, 0)).toBe(score);
  for (const f of r.findings) {
    expect(text.slice(f.start, f.end)).toBe(f.actual);
    expect(f.end).toBeGreaterThan(f.start);
  }
  for (const v of Object.values(r.axes)) expect(v >= 0 && v <= 100).toBe(true);
  expect(r.nudges.length).toBeLessThanOrEqual(3);
  for (const n of r.nudges) for (const i of n.findingIndexes) expect(r.findings[i]?.ruleId).toBe(n.ruleId);
}

describe('scoreDraft', () => {
  test.each([
    ['the seeds’ Marketing 1.0 line', 'Here is what we have to offer. Here is why you need it. And here is how to get it!', 'broadcast'],
    ['a hard sell', 'Excited to announce our revolutionary app! Sign up today, link in bio. #startup #ai #growth #saas', 'broadcast'],
    ['congratulations', 'So happy for you!! Congrats on the new role, Maya!', 'human'],
    ['a question with a link', 'Has anyone found a good way to run retros with a remote team? https://example.com/retro', 'human'],
    ['thanks and curiosity', 'Thank you @grace, your notes on compilers saved me a week. What made you write them?', 'human'],
  ])('%s lands in the %s band', (_name, text, band) => {
    const r = scoreDraft(text);
    expectValid(text, r);
    expect(r.band).toBe(band);
  });

  // Rule.showsClause: a cue in plain words is shown with the clause that names
  // what it sells, and cues widened to the same clause are one finding.
  test.each([
    ['two plain cues in one clause', 'DOUBLE points on ALL purchases this weekend only, today only!', 'urgency', ['DOUBLE points on ALL purchases this weekend only, today only']],
    ['news words inside each other', 'New episode out now 🎧 Subscribe on Spotify, Apple and wherever you get your podcasts!', 'shop-news', ['New episode out now']],
    ['a cue with content keeps its own words', 'Our candles: this weekend only and while stocks last, 20% off everything', 'commerce-cues', ['while stocks last']],
  ])('%s: %s', (_name, text, ruleId, expected) => {
    const r = scoreDraft(text, { site: 'x', kind: 'post' });
    expectValid(text, r);
    expect(r.findings.filter((f) => f.ruleId === ruleId).map((f) => f.actual)).toEqual(expected);
  });

  test('a product link in a reply to a stranger costs more than in a post', () => {
    const text = 'We wrote about this on our blog: https://example.com/blog';
    const post = scoreDraft(text, { kind: 'post' }).score ?? 0;
    const reply = scoreDraft(text, { kind: 'reply', replyTo: '@ada' }).score ?? 0;
    expect(reply).toBeLessThan(post);
  });

  test('"you" in a pitch costs points, "you" in thanks and questions earns them', () => {
    const pitch = scoreDraft('You need this. You deserve it and you will love it. Order yours today.');
    const warm = scoreDraft('Thank you, you were right. How did you find the time?');
    expect(pitch.band).not.toBe('human');
    expect(pitch.findings.filter((f) => f.ruleId === 'you-pitch').length).toBeGreaterThan(0);
    expect(warm.score ?? 0).toBeGreaterThanOrEqual(70);
    expect((warm.score ?? 0) - (pitch.score ?? 100)).toBeGreaterThanOrEqual(30);
  });

  test.each([
    ['', 'too-short'],
    ['Hi', 'too-short'],
    ['🎉🎉🎉', 'too-short'],
    ['Hoy es un gran día para todos los que están aquí con nosotros.', 'unsupported-language'],
    ['Ceci est une phrase en français pour le test, avec des mots et une idée.', 'unsupported-language'],
    ['Это предложение написано на русском языке для проверки.', 'unsupported-language'],
    ['这是一个用于测试的中文句子，没有英文。', 'unsupported-language'],
    ['BUY NOW 50% OFF EVERYTHING', 'scored'],
    // Informal English is English: texting spellings, Singlish, no
    // punctuation, lower case, two words.
    ['Ok lar... Joking wif u oni...', 'scored'],
    ['U repeat e instructions again. Wat\'s e road name of ur house?', 'scored'],
    ['Go until jurong point, crazy.. Available only in bugis n great world la e buffet...', 'scored'],
    ['ok lor', 'scored'],
    ['ngl thats lowkey fire fr', 'scored'],
    ['omg CONGRATS!!! so happy 4 u', 'scored'],
    ['wanna grab food 2moro after class', 'scored'],
  ])('%j is %s', (text, status) => {
    const r = scoreDraft(text);
    expect(r.status).toBe(status);
    expectValid(text, r);
  });

  test('nudges are ranked, at most three, and point at their findings', () => {
    const text = 'HUGE NEWS!!! Excited to announce our world-class app. You need this. Buy now, only 3 spots left! Tag a friend #a #b #c #d';
    const r = scoreDraft(text);
    expectValid(text, r);
    expect(r.nudges).toHaveLength(3);
    expect(r.nudges[0]?.findingIndexes.length).toBeGreaterThan(0);
  });

  test('is deterministic', () => {
    const text = 'Thanks @ada! Check out our tool https://x.io, only $9. What do you think?';
    expect(scoreDraft(text, { kind: 'reply', replyTo: 'ada' })).toEqual(scoreDraft(text, { kind: 'reply', replyTo: 'ada' }));
  });

  test('re-scoring after a keystroke re-parses only the sentence that changed', () => {
    clearParseCache();
    const first = 'Thanks for the notes. They helped a lot. What are you reading next';
    scoreDraft(first);
    const before = parseCount();
    scoreDraft(`${first}?`);
    expect(parseCount() - before).toBe(1);
  });

  test.each([
    ['100k characters', 'Thanks for this. '.repeat(6000)],
    ['lone surrogates', 'Thanks \ud800 for the \udfff help, really'],
    ['RTL and emoji', 'Thank you 🙏🏽 for the help \u202e مرحبا with the move'],
    ['only punctuation', '!!! ??? ... ---'],
    ['control characters', 'thanks\u0000 for\u0007 the\u001b help'],
  ])('survives %s', (_name, text) => {
    expectValid(text, scoreDraft(text));
  });

  test('never throws and every span matches, on random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        fc.constantFrom('post', 'reply', 'comment'),
        (text, kind) => {
          expectValid(text, scoreDraft(text, { kind, replyTo: 'ada' }));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('never throws on random mixes of rule phrases', () => {
    const words = ['Buy', 'now', 'thanks', 'you', 'need', 'this', '#tag', 'https://x.io', '!!!', 'What', 'do', 'you', 'think?', 'Congrats', '$49', 'via', '@ada', 'we', 'our', '\n1.', '🙂', 'FREE'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        expectValid(text, scoreDraft(text));
      }),
      { numRuns: 500 },
    );
  });
});
