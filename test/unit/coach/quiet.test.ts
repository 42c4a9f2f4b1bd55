// @vitest-environment happy-dom
// The coach costs no paint it does not need (issue 14): the highlight
// registry is not touched when nothing changed and only changed ranges are
// rebuilt, highlights step aside while keys arrive, a re-score that changes
// nothing writes nothing to the page, and coaches off screen do not score.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SCORE_DELAY_MS } from '../../../src/coach/coach';
import { cssHighlighter, HIGHLIGHT_COST } from '../../../src/coach/highlights';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import { localScore } from './local-scorer';
import type { Finding } from '../../../src/engine/types';
import { defaultSettings } from '../../../src/settings/schema';
import { readEditor } from '../../../src/sites/text';
import { x } from '../../../src/sites/x';

const loc = { hostname: 'x.com', pathname: '/home' };
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const PROMO = 'Excited to announce our new app! Sign up today, link in bio.';

/** A CSS.highlights stand-in that counts every change made to it. */
class FakeHighlight {
  ranges = new Set<AbstractRange>();
  add(r: AbstractRange) {
    calls.push('add');
    this.ranges.add(r);
    return this;
  }
  delete(r: AbstractRange) {
    calls.push('delete');
    return this.ranges.delete(r);
  }
}
let calls: string[] = [];
const registry = new Map<string, FakeHighlight>();
const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown; IntersectionObserver?: unknown };
let savedCSS: unknown;
let savedHighlight: unknown;
beforeEach(() => {
  calls = [];
  registry.clear();
  savedCSS = g.CSS;
  savedHighlight = g.Highlight;
  g.CSS = { highlights: { get: (n: string) => registry.get(n), set: (n: string, h: FakeHighlight) => (calls.push('set'), registry.set(n, h)) } };
  g.Highlight = FakeHighlight;
});
let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.stop();
  runtime = undefined;
  g.CSS = savedCSS;
  g.Highlight = savedHighlight;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function editorWith(...words: string[]): HTMLElement {
  const editor = document.createElement('div');
  editor.dataset.testid = 'tweetTextarea_0';
  editor.setAttribute('contenteditable', 'true');
  const block = document.createElement('div');
  for (const w of words) block.append(Object.assign(document.createElement('span'), { textContent: w }));
  editor.append(block);
  document.body.append(editor);
  return editor;
}

const finding = (start: number, end: number, text: string): Finding => ({
  ruleId: 'call-to-action', axis: 'promotion', weight: -5, start, end, actual: text.slice(start, end), message: '', suggestions: [],
});

describe('css highlighter', () => {
  test('showing the same findings again does not touch the registry', () => {
    const editor = editorWith('Buy now ', 'and sign up today');
    const h = cssHighlighter(editor)!;
    const { text, segments } = readEditor(editor);
    const findings = [finding(0, 7, text), finding(12, 19, text)];
    h.show(findings, segments);
    expect(calls.filter((c) => c === 'add')).toHaveLength(2);
    calls = [];
    h.show(findings, readEditor(editor).segments);
    expect(calls).toEqual([]);
    expect(registry.get(HIGHLIGHT_COST)?.ranges.size).toBe(2);
  });

  test('only the range that changed is replaced', () => {
    const editor = editorWith('Buy now ', 'and sign up today');
    const h = cssHighlighter(editor)!;
    const { text, segments } = readEditor(editor);
    h.show([finding(0, 7, text), finding(12, 19, text)], segments);
    const kept = [...registry.get(HIGHLIGHT_COST)!.ranges][0];
    calls = [];
    h.show([finding(0, 7, text), finding(12, 24, text)], readEditor(editor).segments);
    expect(calls.sort()).toEqual(['add', 'delete']);
    expect(registry.get(HIGHLIGHT_COST)!.ranges.has(kept!)).toBe(true);
  });

  test('pause() takes the ranges out once; the next show() puts them back', () => {
    const editor = editorWith('Buy now ', 'and sign up today');
    const h = cssHighlighter(editor)!;
    const { text, segments } = readEditor(editor);
    h.show([finding(0, 7, text)], segments);
    calls = [];
    h.pause();
    h.pause();
    expect(calls).toEqual(['delete']);
    expect(registry.get(HIGHLIGHT_COST)!.ranges.size).toBe(0);
    h.show([finding(0, 7, text)], readEditor(editor).segments);
    expect(registry.get(HIGHLIGHT_COST)!.ranges.size).toBe(1);
    expect(h.count).toBe(1);
  });
});

describe('the coach on the page', () => {
  test('a re-score that changes nothing writes nothing: no attribute, no render, no highlight', async () => {
    const editor = editorWith(PROMO);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    await tick(SCORE_DELAY_MS + 20);
    const host = document.querySelector('communis-coach') as HTMLElement;
    expect(host.dataset.state).toBe('scored');
    expect(Number(host.dataset.highlights)).toBeGreaterThan(0);
    const writes: MutationRecord[] = [];
    const watch = new MutationObserver((r) => writes.push(...r));
    watch.observe(host, { attributes: true });
    watch.observe(host.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    calls = [];
    // Same settings again: every coach scores again, with the same result.
    runtime.setSettings(defaultSettings());
    await tick(10);
    expect(writes.splice(0)).toEqual([]);
    expect(calls).toEqual([]);
    watch.disconnect();
    expect(editor.isConnected).toBe(true);
  });

  test('typing pauses the highlights, the score after the pause brings them back', async () => {
    const editor = editorWith(PROMO);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    await tick(SCORE_DELAY_MS + 20);
    const shown = registry.get(HIGHLIGHT_COST)!.ranges.size;
    expect(shown).toBeGreaterThan(0);
    // Keystrokes: the editor's text changes three times in a row.
    const span = editor.querySelector('span')!;
    for (const extra of [' o', ' ok', ' ok!']) {
      span.textContent = PROMO + extra;
      await tick(5);
    }
    expect(registry.get(HIGHLIGHT_COST)!.ranges.size).toBe(0);
    await tick(SCORE_DELAY_MS + 20);
    expect(registry.get(HIGHLIGHT_COST)!.ranges.size).toBe(shown);
  });

  test('a coach off screen does not score until it comes into view', async () => {
    // A controllable IntersectionObserver.
    let notify: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: typeof notify) {
          notify = cb;
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    const onScreen = editorWith('Thanks for this, it helped a lot.');
    const offScreen = editorWith(PROMO);
    runtime = startRuntime(document, x, loc, defaultSettings(), { score: localScore });
    const [hostOn, hostOff] = Array.from(document.querySelectorAll('communis-coach')) as HTMLElement[];
    notify!([
      { target: onScreen, isIntersecting: true },
      { target: offScreen, isIntersecting: false },
    ]);
    await tick(SCORE_DELAY_MS + 20);
    expect(hostOn!.dataset.state).toBe('scored');
    expect(hostOff!.dataset.state).toBeUndefined();
    // Its text changes while it is off screen: still nothing.
    offScreen.querySelector('span')!.textContent = `${PROMO} Now!`;
    await tick(SCORE_DELAY_MS + 20);
    expect(hostOff!.dataset.state).toBeUndefined();
    // Scrolled into view: it catches up at once.
    notify!([{ target: offScreen, isIntersecting: true }]);
    await tick(10);
    expect(hostOff!.dataset.state).toBe('scored');
  });
});
