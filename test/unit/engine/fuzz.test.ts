// A larger fuzz run of the engine: random text built from rule phrases,
// unicode (emoji, RTL, combining marks, lone surrogates), URLs, hashtags and
// whitespace, in every site and kind, with random rule settings. The engine
// must never throw, every finding's span must match, and the score must be
// explained exactly by the findings.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BASE, RULES, scoreDraft } from '../../../src/engine/index';
import { KINDS, SITES } from '../../../src/engine/types';

const pieces = fc.oneof(
  fc.constantFrom(
    'Buy now', 'link in bio', 'Thanks', 'thank you', 'What do you think?', 'you need this', '#tag', '@ada', 'via @grace',
    'https://example.com/x?y=1', 'www.shop.io', '$49', '50% off', '!!!', 'FREE', 'Congrats', 'h/t', '1.', '\n- ', '🎉',
    '👩🏽‍💻', 'مرحبا', 'שלום', 'e\u0301', '\u200b', '\u202e', '\ud800', '\udfff', '\t', '\r\n', '  ', '?', '...',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const draft = fc.array(pieces, { maxLength: 120 }).map((ps) => ps.join(' '));
const ruleSettings = fc.dictionary(
  fc.constantFrom(...RULES.map((r) => r.id)),
  fc.oneof(fc.constant('off' as const), fc.double({ min: 0, max: 3, noNaN: true }), fc.constant(Number.NaN)),
);

test('the engine survives a fuzz run of 3,000 drafts', () => {
  fc.assert(
    fc.property(draft, fc.constantFrom(...SITES), fc.constantFrom(...KINDS), fc.option(fc.string({ maxLength: 20 })), ruleSettings, (text, site, kind, replyTo, rules) => {
      const r = scoreDraft(text, { site, kind, replyTo: replyTo ?? undefined, rules });
      if (r.status !== 'scored') {
        expect(r.score).toBeNull();
        return;
      }
      expect(r.score).toBe(BASE + r.findings.reduce((a, f) => a + f.weight, 0));
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
      expect(r.nudges.length).toBeLessThanOrEqual(3);
    }),
    { numRuns: 3000, seed: 20261123 },
  );
}, 60_000);
