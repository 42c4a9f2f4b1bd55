// The coach's score requests to the background: what is answered, what is
// refused, and the background's side (the engine, warmed once).
import { describe, expect, test, vi } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';
import { isScoreRequest, isWarmRequest, MAX_SCORE_CHARS, messageScorer, SCORE_REQUEST, WARM_REQUEST } from '../../../src/scoring/request';
import { handleScoreRequest, resetWarmEngine, warmEngine } from '../../../src/scoring/service';

const ok = { type: SCORE_REQUEST, text: 'Thanks Ada, this helped.', site: 'x', kind: 'reply', replyTo: 'ada', rules: { urgency: 'off', puffery: 2 } };

describe('score requests', () => {
  test.each([
    ['a full request', ok, true],
    ['no person answered', { ...ok, replyTo: undefined }, true],
    ['no rule settings', { ...ok, rules: {} }, true],
    ['the longest draft', { ...ok, text: 'a'.repeat(MAX_SCORE_CHARS) }, true],
    ['odd text (lone surrogates, RTL, emoji)', { ...ok, text: '\ud800 שלום 🙂 \u202e' }, true],
    ['a longer draft', { ...ok, text: 'a'.repeat(MAX_SCORE_CHARS + 1) }, false],
    ['another type', { ...ok, type: 'communis:current-draft' }, false],
    ['text that is not a string', { ...ok, text: 42 }, false],
    ['an unknown site', { ...ok, site: 'myspace' }, false],
    ['an unknown kind', { ...ok, kind: 'dm' }, false],
    ['a person that is not a string', { ...ok, replyTo: ['ada'] }, false],
    ['rules that are a list', { ...ok, rules: ['urgency'] }, false],
    ['a rule setting that is not off or a number', { ...ok, rules: { urgency: 'on' } }, false],
    ['a weight that is not finite', { ...ok, rules: { urgency: Infinity } }, false],
    ['null', null, false],
    ['a string', 'communis:score', false],
  ])('%s → %s', (_, message, valid) => {
    expect(isScoreRequest(message)).toBe(valid);
  });

  test('a warm request is its type alone', () => {
    expect(isWarmRequest({ type: WARM_REQUEST })).toBe(true);
    expect(isWarmRequest({ type: SCORE_REQUEST })).toBe(false);
    expect(isWarmRequest(undefined)).toBe(false);
  });
});

describe('the background scores with the engine', () => {
  test('the answer is exactly the engine\'s score of that draft, settings included', () => {
    const request = { ...ok, type: SCORE_REQUEST } as const;
    expect(handleScoreRequest(request as Parameters<typeof handleScoreRequest>[0])).toEqual(
      scoreDraft(ok.text, { site: 'x', kind: 'reply', replyTo: 'ada', rules: { urgency: 'off', puffery: 2 } }),
    );
  });

  test('the answer survives the structured clone a runtime message makes', () => {
    const result = handleScoreRequest({ ...ok, text: 'Excited to announce our app! Sign up today.' } as Parameters<typeof handleScoreRequest>[0]);
    expect(structuredClone(result)).toEqual(result);
  });

  test('the engine is warmed once per background lifetime', () => {
    resetWarmEngine();
    expect(warmEngine()).toBe(true);
    expect(warmEngine()).toBe(false);
  });
});

describe('the coach\'s message scorer', () => {
  test('sends one typed request and hands back the answer', async () => {
    const answer = scoreDraft('Thanks Ada, this helped.', { site: 'x', kind: 'post' });
    const send = vi.fn(async (_message: unknown) => structuredClone(answer));
    const score = messageScorer(send);
    await expect(score({ text: 'Thanks Ada, this helped.', site: 'x', kind: 'post', rules: {} })).resolves.toEqual(answer);
    expect(send).toHaveBeenCalledWith({ type: SCORE_REQUEST, text: 'Thanks Ada, this helped.', site: 'x', kind: 'post', rules: {} });
    expect(isScoreRequest(send.mock.calls[0]![0])).toBe(true);
  });

  test.each([
    ['nothing (no listener answered)', undefined],
    ['something else', { type: 'communis:current-draft' }],
  ])('rejects when the background answers %s', async (_, reply) => {
    const score = messageScorer(async () => reply);
    await expect(score({ text: 'hi there', site: 'x', kind: 'post', rules: {} })).rejects.toThrow(/did not answer with a score/);
  });
});
