// @vitest-environment happy-dom
// The runtime on saved fixture pages: posting noticed on the key each site
// posts with (and only that key), the fallback coach on focus for boxes no
// selector knows (never in excluded places), re-scoring when only the kind or
// person changes, and the coach's own shadow root never observed.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SCORE_DELAY_MS } from '../../../src/coach/coach';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import { localScore } from './local-scorer';
import { defaultSettings } from '../../../src/settings/schema';
import { ADAPTERS } from '../../../src/sites/index';
import { loadMarkup } from '../sites/markup';
import { userKey } from './user';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.stop();
  runtime = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Loads a saved page into the test document. */
function show(file: string): void {
  const doc = loadMarkup(file);
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}
const adapter = (id: string) => ADAPTERS.find((a) => a.id === id)!;

const KEYS = [
  { id: 'facebook/comment', file: 'facebook--feed', site: 'facebook', path: '/', editor: '[data-fixture-post="p1"] form [data-lexical-editor="true"]', posts: ['Enter'], not: ['Shift+Enter', 'Control+Enter'] },
  { id: 'x/status-reply-direct', file: 'x--status-reply-direct', site: 'x', path: '/grace/status/1002', editor: '[data-testid="tweetTextarea_0"]', posts: ['Control+Enter', 'Meta+Enter'], not: ['Enter', 'Shift+Enter'] },
  { id: 'linkedin/sdui-comment', file: 'linkedin--sdui-feed', site: 'linkedin', path: '/feed/', editor: '[role="listitem"] > div > [aria-label="Text editor for creating comment"] .ProseMirror', posts: ['Control+Enter', 'Meta+Enter'], not: ['Enter', 'Shift+Enter'] },
] as const;

function press(target: Element, combo: string): void {
  const parts = combo.split('+');
  userKey(target, 'keydown', { key: 'Enter', ctrlKey: parts.includes('Control'), metaKey: parts.includes('Meta'), shiftKey: parts.includes('Shift') });
}

describe.each(KEYS)('$id posts with $posts', (c) => {
  test.each([...c.posts.map((k) => [k, true] as const), ...c.not.map((k) => [k, false] as const)])('%s → noticed: %s', async (key, noticed) => {
    show(c.file);
    const onPosted = vi.fn();
    runtime = startRuntime(document, adapter(c.site), { hostname: 'x', pathname: c.path }, defaultSettings(), { score: localScore, onPosted });
    const editor = document.querySelector(c.editor)!;
    expect(runtime.coaches.has(editor)).toBe(true);
    const p = document.createElement('p');
    p.textContent = 'Thank you, this helped a lot.';
    editor.replaceChildren(p);
    press(editor, key);
    // The site clears the box after posting.
    editor.replaceChildren(document.createElement('p'));
    await tick(10);
    expect(onPosted).toHaveBeenCalledTimes(noticed ? 1 : 0);
  });
});

describe('fallback', () => {
  /** happy-dom has no layout: give boxes a size. */
  const sized = (w: number, h: number) => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: w, height: h, top: 0, left: 0, right: w, bottom: h, x: 0, y: 0, toJSON() {} } as DOMRect);

  function unknownBox(tag: 'div' | 'textarea', where: Element = document.body, label?: string): HTMLElement {
    const el = document.createElement(tag);
    if (tag === 'div') el.setAttribute('contenteditable', 'true');
    if (label) el.setAttribute('aria-label', label);
    where.append(el);
    return el;
  }
  const focus = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));

  test.each([
    ['a contenteditable box', 'div', 300, 40, '/home', 'fallback'],
    ['a textarea', 'textarea', 300, 40, '/home', 'fallback'],
    ['a box too small to be a draft', 'div', 80, 12, '/home', null],
    ['a box on the direct-messages page', 'div', 300, 40, '/messages/123', null],
  ] as const)('%s on X: coached as %s', (_n, tag, w, h, path, match) => {
    show('x--home-inline');
    sized(w, h);
    runtime = startRuntime(document, adapter('x'), { hostname: 'x.com', pathname: path }, defaultSettings(), { score: localScore });
    const box = unknownBox(tag);
    focus(box);
    expect(runtime.coaches.get(box)?.match ?? null).toBe(match);
    expect(runtime.coverage()).toBe(match);
    if (match) {
      const host = box.nextElementSibling as HTMLElement;
      expect(host.localName).toBe('communis-coach');
      expect(host.dataset).toMatchObject({ match: 'fallback', kind: 'post' });
    }
  });

  test.each([
    ['a search box', (b: HTMLElement) => b.setAttribute('role', 'searchbox')],
    ['inside a search landmark', (b: HTMLElement) => { const s = document.createElement('div'); s.setAttribute('role', 'search'); document.body.append(s); s.append(b); }],
    ['a "Message" box', (b: HTMLElement) => b.setAttribute('aria-label', 'Message')],
    ['a LinkedIn messaging box', (b: HTMLElement) => b.classList.add('msg-form__contenteditable')],
  ])('never %s', (_n, place) => {
    show('linkedin--sdui-feed');
    sized(300, 40);
    runtime = startRuntime(document, adapter('linkedin'), { hostname: 'www.linkedin.com', pathname: '/feed/' }, defaultSettings(), { score: localScore });
    const box = unknownBox('div');
    place(box);
    focus(box);
    expect(runtime.coaches.has(box)).toBe(false);
    expect(runtime.coverage()).toBeNull();
    expect(runtime.lastFocused()).toBe(box);
  });

  test('an unknown box inside a Facebook post is coached as a comment to its author', () => {
    show('facebook--feed');
    sized(300, 40);
    runtime = startRuntime(document, adapter('facebook'), { hostname: 'www.facebook.com', pathname: '/' }, defaultSettings(), { score: localScore });
    const post = document.querySelector('[data-fixture-post="p2"]')!;
    const box = unknownBox('div', post);
    focus(box);
    expect(runtime.coaches.get(box)?.host.dataset).toMatchObject({ match: 'fallback', kind: 'comment', replyTo: 'Margaret Hamilton' });
  });
});

test('re-scores when only the person answered changes (same text)', async () => {
  show('x--reply-dialog');
  runtime = startRuntime(document, adapter('x'), { hostname: 'x.com', pathname: '/home' }, defaultSettings(), { score: localScore });
  const editor = document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]')!;
  const coach = runtime.coaches.get(editor)!;
  expect(coach.host.dataset.replyTo).toBe('@grace');
  // The dialog now quotes another post (the site swapped it), the draft is unchanged.
  const handle = Array.from(document.querySelectorAll('[role="dialog"] [data-testid="User-Name"] span')).find((s) => s.textContent === '@grace')!;
  handle.textContent = '@ada';
  await tick(SCORE_DELAY_MS + 50);
  expect(coach.host.dataset.replyTo).toBe('@ada');
});

test("focusing the coach's own pill does not make the runtime observe the coach's shadow root", () => {
  show('x--home-inline');
  const observe = vi.spyOn(MutationObserver.prototype, 'observe');
  runtime = startRuntime(document, adapter('x'), { hostname: 'x.com', pathname: '/home' }, defaultSettings(), { score: localScore });
  const host = document.querySelector('communis-coach')!;
  const before = observe.mock.calls.length;
  const pill = host.shadowRoot!.querySelector('button')!;
  pill.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  expect(observe.mock.calls.slice(before).some(([target]) => target === host.shadowRoot)).toBe(false);
});

describe('Mastodon follows the list of servers live, like a switch', () => {
  const withServers = (mastodonServers: string[], mastodon = true) => ({ ...defaultSettings(), mastodonServers, sites: { ...defaultSettings().sites, mastodon } });
  test.each([
    ['this server removed', 0, withServers(['fosstodon.org'])],
    ['every server removed', 0, withServers([])],
    ['another server removed', 1, withServers(['hachyderm.io'])],
    ['the Mastodon switch off', 0, withServers(['hachyderm.io', 'fosstodon.org'], false)],
  ])('on hachyderm.io, with %s: %i coach', (_n, count, next) => {
    show('mastodon--compose');
    const start = withServers(['hachyderm.io', 'fosstodon.org']);
    runtime = startRuntime(document, adapter('mastodon'), { hostname: 'hachyderm.io', pathname: '/home' }, start, { score: localScore });
    expect(document.querySelectorAll('communis-coach')).toHaveLength(1);
    runtime.setSettings(next);
    expect(document.querySelectorAll('communis-coach')).toHaveLength(count);
    expect(runtime.coaches.size).toBe(count);
    // Added back (or switched back on): coached again without a reload.
    runtime.setSettings(start);
    expect(document.querySelectorAll('communis-coach')).toHaveLength(1);
  });
});
