// @vitest-environment happy-dom
// The coach runtime on a page of Draft.js-like composers: coaches come and
// go with composers, scores follow the text, the editor is never touched.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { scoreDraft } from '../../../src/engine/index';
import { SCORE_DELAY_MS } from '../../../src/coach/coach';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import { localScore } from './local-scorer';
import { composer } from './composer';
import { defaultSettings } from '../../../src/settings/schema';
import { x } from '../../../src/sites/x';
import { userClick, userKey } from './user';

const loc = { hostname: 'x.com', pathname: '/home' };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** A coach's first score is not run in the task that mounts it (happy-dom has no IntersectionObserver callbacks: it comes after the pause). */
const firstScore = () => tick(SCORE_DELAY_MS + 20);

let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.stop();
  document.body.replaceChildren();
});

const hosts = () => document.querySelectorAll('communis-coach');

describe('coach runtime', () => {
  test('mounts one coach per composer, outside the editor, with the contract attributes', async () => {
    const { root, editor } = composer('Excited to announce our app! Sign up today.');
    document.body.append(root);
    const before = editor.outerHTML;
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    expect(hosts()).toHaveLength(1);
    await firstScore();
    const host = hosts()[0] as HTMLElement;
    expect(root.nextElementSibling).toBe(host);
    expect(editor.contains(host)).toBe(false);
    expect(host.shadowRoot?.mode).toBe('open');
    const expected = scoreDraft('Excited to announce our app! Sign up today.', { site: 'x', kind: 'post' });
    expect(host.dataset).toMatchObject({ site: 'x', kind: 'post', state: 'scored', score: String(expected.score), band: expected.band });
    // Nothing was written into the editor.
    expect(editor.outerHTML).toBe(before);
  });

  test('re-scores after a pause in typing, not on every change', async () => {
    const { root, editor } = composer('Hi');
    document.body.append(root);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    await firstScore();
    const host = hosts()[0] as HTMLElement;
    expect(host.dataset.state).toBe('too-short');
    const block = editor.firstElementChild as HTMLElement;
    block.textContent = 'Thank you, this helped a lot. What made you try it?';
    await tick(10);
    expect(host.dataset.state).toBe('too-short'); // still waiting for the pause
    await tick(SCORE_DELAY_MS + 50);
    expect(host.dataset.state).toBe('scored');
    expect(host.dataset.band).toBe('human');
  });

  test('composers that appear get a coach and composers that leave lose it', async () => {
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    const a = composer('one two three');
    const b = composer('four five six');
    document.body.append(a.root, b.root);
    await tick();
    expect(hosts()).toHaveLength(2);
    a.root.remove();
    await tick();
    expect(hosts()).toHaveLength(1);
    expect(runtime.coaches.size).toBe(1);
  });

  test('switching the site off removes its coaches; on brings them back', async () => {
    const { root } = composer('one two three four');
    document.body.append(root);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    expect(hosts()).toHaveLength(1);
    runtime.setSettings({ ...defaultSettings(), sites: { ...defaultSettings().sites, x: false } });
    expect(hosts()).toHaveLength(0);
    runtime.setSettings(defaultSettings());
    expect(hosts()).toHaveLength(1);
  });

  test('rule settings apply to the live score', async () => {
    const { root } = composer('Sign up today for our world-class course.');
    document.body.append(root);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    await firstScore();
    const host = hosts()[0] as HTMLElement;
    const before = Number(host.dataset.score);
    runtime.setSettings({ ...defaultSettings(), rules: { 'call-to-action': 'off', puffery: 'off' } });
    expect(Number(host.dataset.score)).toBeGreaterThan(before);
  });

  test('300 composers mounted and removed leave no coaches behind', async () => {
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    for (let i = 0; i < 300; i++) {
      const { root } = composer(`draft number ${i} is here`);
      document.body.append(root);
      await tick();
      root.remove();
      await tick();
    }
    expect(runtime.coaches.size).toBe(0);
    expect(hosts()).toHaveLength(0);
  });

  test('current() reports the focused composer without its text', async () => {
    const { root, editor } = composer('Buy now and use code SAVE20 today, says Bartholomew');
    document.body.append(root);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    await firstScore();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const current = runtime.current();
    expect(current).toMatchObject({ site: 'x', kind: 'post', state: 'scored' });
    expect(current?.nudges.length).toBeGreaterThan(0);
    // A nudge may quote the words it is about ("code SAVE20"), never the rest of the draft.
    expect(JSON.stringify(current)).not.toContain('Bartholomew');
  });

  test.each([
    ['the site clears the composer', (_root: HTMLElement, editor: HTMLElement) => ((editor.firstElementChild as HTMLElement).textContent = '')],
    ['the site removes the composer', (root: HTMLElement) => root.remove()],
  ])('a posted reply is reported once when %s after the post button', async (_n, afterPost) => {
    const { root, editor } = composer('Thanks, this helped a lot!');
    const button = document.createElement('div');
    button.dataset.testid = 'tweetButtonInline';
    document.body.append(root, button);
    const onPosted = vi.fn();
    runtime = startRuntime(document, x, { hostname: 'x.com', pathname: '/ada/status/123' }, defaultSettings(), { score: localScore, onPosted });
    userClick(button);
    afterPost(root, editor);
    await tick(10);
    expect(onPosted).toHaveBeenCalledExactlyOnceWith({ site: 'x', kind: 'reply', replyTo: '@ada' });
  });

  test('no offer for new posts, or when the post button was not pressed', async () => {
    const { root, editor } = composer('Thanks, this helped a lot!');
    const button = document.createElement('div');
    button.dataset.testid = 'tweetButtonInline';
    document.body.append(root, button);
    const onPosted = vi.fn();
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore, onPosted }); // /home: a post
    userClick(button);
    (editor.firstElementChild as HTMLElement).textContent = '';
    await tick(10);
    runtime.stop();
    runtime = startRuntime(document, x, { hostname: 'x.com', pathname: '/ada/status/123' }, defaultSettings(), { score: localScore, onPosted });
    (editor.firstElementChild as HTMLElement).textContent = 'typed, then deleted';
    await tick(10);
    (editor.firstElementChild as HTMLElement).textContent = '';
    await tick(10);
    expect(onPosted).not.toHaveBeenCalled();
  });

  test('Alt+Shift+C in the editor focuses the coach; other keys are left to the site', () => {
    const { root, editor } = composer('Thanks for this, it helped.');
    document.body.append(root);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    const host = hosts()[0] as HTMLElement;
    const plain = userKey(editor, 'keydown', { code: 'KeyC', altKey: true });
    expect(plain.defaultPrevented).toBe(false);
    const shortcut = userKey(editor, 'keydown', { code: 'KeyC', altKey: true, shiftKey: true });
    expect(shortcut.defaultPrevented).toBe(true);
    expect(host.shadowRoot?.activeElement?.classList.contains('pill')).toBe(true);
  });
});
