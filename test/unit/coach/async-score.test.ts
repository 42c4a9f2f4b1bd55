// @vitest-environment happy-dom
// In the extension a score is an answer from the background, so it arrives
// later. The coach shows an answer only while it is the latest question
// about a live box that still holds that text; anything else is dropped,
// and a background that cannot answer leaves what is shown alone.
import { afterEach, describe, expect, test } from 'vitest';
import { SCORE_DELAY_MS } from '../../../src/coach/coach';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import type { Scorer, ScoreRequest } from '../../../src/scoring/request';
import { defaultSettings } from '../../../src/settings/schema';
import { x } from '../../../src/sites/x';
import { composer } from './composer';
import { localScore } from './local-scorer';
import { userClick } from './user';

const loc = { hostname: 'x.com', pathname: '/home' };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const pause = () => tick(SCORE_DELAY_MS + 20);
const PROMO = 'Excited to announce our app! Sign up today and save 20%.';
const HUMAN = 'Thanks Ada, that tip about onboarding helped. What would you try next?';

/** A scorer whose answers the test hands out, in any order. */
function deferred() {
  const asked: Array<{ request: Omit<ScoreRequest, 'type'>; answer(): void; fail(): void }> = [];
  const score: Scorer = (request) =>
    new Promise((resolve, reject) => {
      asked.push({ request, answer: () => resolve(localScore(request)), fail: () => reject(new Error('Extension context invalidated.')) });
    });
  return { asked, score };
}

let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.stop();
  document.body.replaceChildren();
});

function setText(editor: HTMLElement, text: string): void {
  (editor.firstElementChild as HTMLElement).textContent = text;
}

async function start(text: string) {
  const { root, editor } = composer(text);
  document.body.append(root);
  const scorer = deferred();
  runtime = startRuntime(document, x, loc, defaultSettings(), { score: scorer.score });
  await pause();
  const host = document.querySelector('communis-coach') as HTMLElement;
  return { editor, host, ...scorer };
}

describe('scores that arrive later', () => {
  test('an answer about the text still in the box is shown, with its highlights', async () => {
    const { host, asked } = await start(PROMO);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.request).toMatchObject({ text: PROMO, site: 'x', kind: 'post' });
    expect(host.dataset.score ?? '').toBe(''); // nothing yet: the question is out
    asked[0]!.answer();
    await tick();
    expect(host.dataset.state).toBe('scored');
    expect(host.dataset.score).toBe(String(localScore({ text: PROMO, site: 'x', kind: 'post', rules: {} }).score));
    expect(Number(host.dataset.highlights)).toBeGreaterThan(0);
  });

  test('an answer about text the writer has since changed is dropped; the newer one shows', async () => {
    const { editor, host, asked } = await start(PROMO);
    setText(editor, HUMAN);
    asked[0]!.answer(); // arrives after the change, before the next pause
    await tick();
    expect(host.dataset.score ?? '').toBe('');
    await pause();
    expect(asked).toHaveLength(2);
    asked[1]!.answer();
    await tick();
    expect(host.dataset.score).toBe(String(localScore({ text: HUMAN, site: 'x', kind: 'post', rules: {} }).score));
  });

  test('an older answer arriving after a newer one does not overwrite it', async () => {
    const { editor, host, asked } = await start(PROMO);
    setText(editor, HUMAN);
    await pause();
    asked[1]!.answer();
    await tick();
    const newer = host.dataset.score;
    setText(editor, PROMO); // back to the first text, whose answer is still out
    asked[0]!.answer();
    await tick();
    expect(host.dataset.score).toBe(newer);
  });

  test('a background that cannot answer leaves the score shown, and the next change asks again', async () => {
    const { editor, host, asked } = await start(PROMO);
    asked[0]!.answer();
    await tick();
    const shown = { ...host.dataset };
    setText(editor, HUMAN);
    await pause();
    asked[1]!.fail();
    await tick();
    expect({ ...host.dataset }).toEqual(shown);
    setText(editor, `${HUMAN} `);
    await pause();
    expect(asked).toHaveLength(3);
  });

  test('an answer for a coach that is gone, or paused, changes nothing', async () => {
    const { host, asked } = await start(PROMO);
    const pauseButton = () =>
      [...host.shadowRoot!.querySelectorAll('button')].find((b) => /pause/i.test(b.textContent ?? '')) as HTMLButtonElement;
    userClick(host.shadowRoot!.querySelector('button.pill')); // open the panel
    await tick();
    userClick(pauseButton());
    await tick();
    asked[0]!.answer();
    await tick();
    expect(host.dataset.state).toBe('paused');
    expect(host.dataset.score).toBe('');
    runtime?.setSettings({ ...defaultSettings(), sites: { ...defaultSettings().sites, x: false } });
    expect(document.querySelector('communis-coach')).toBeNull();
  });
});
