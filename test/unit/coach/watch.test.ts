// @vitest-environment happy-dom
// The always-loaded watcher: it calls back exactly once, when a composer is on
// the page, appears, or an unknown editable box worth coaching is focused, and
// never for excluded boxes or a page without composers. It then stops.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchForComposers, type ComposerWatch } from '../../../src/coach/watch';
import { ADAPTERS } from '../../../src/sites/index';
import { facebook } from '../../../src/sites/facebook';
import { linkedin } from '../../../src/sites/linkedin';
import { x } from '../../../src/sites/x';
import { loadMarkup } from '../sites/markup';

const loc = { hostname: 'x.com', pathname: '/home' };
const tick = () => new Promise((r) => setTimeout(r, 0));

let watch: ComposerWatch | undefined;
afterEach(() => {
  watch?.stop();
  document.body.replaceChildren();
});

function draftJsComposer(): HTMLElement {
  const editor = document.createElement('div');
  editor.dataset.testid = 'tweetTextarea_0';
  editor.setAttribute('contenteditable', 'true');
  return editor;
}

/** An editable box no selector knows, with a size (happy-dom has no layout). */
function unknownBox(width = 500, height = 60): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  box.getBoundingClientRect = () => ({ width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) });
  return box;
}

describe('watchForComposers', () => {
  test('a page without composers: no call back, whatever else is added', async () => {
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    const feed = document.createElement('main');
    for (let i = 0; i < 20; i++) {
      const post = document.createElement('article');
      post.append(Object.assign(document.createElement('p'), { textContent: 'A post' }), document.createElement('button'));
      feed.append(post);
    }
    document.body.append(feed);
    await tick();
    expect(cb).not.toHaveBeenCalled();
  });

  test('a composer already on the page: called back at once, without a focused box', () => {
    document.body.append(draftJsComposer());
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    expect(cb).toHaveBeenCalledExactlyOnceWith(null);
  });

  test('a composer that appears later (nested in a dialog): called back once, then the watch stops', async () => {
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(draftJsComposer());
    document.body.append(dialog);
    await tick();
    expect(cb).toHaveBeenCalledExactlyOnceWith(null);
    document.body.append(draftJsComposer());
    draftJsComposer().dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick();
    expect(cb).toHaveBeenCalledTimes(1);
  });

  test('an unknown editable box of a draft size, once focused: called back with that box', () => {
    const box = unknownBox();
    document.body.append(box);
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    expect(cb).not.toHaveBeenCalled();
    box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(cb).toHaveBeenCalledExactlyOnceWith(box);
  });

  test('focus in a one-line box, a search box or a direct-message box: no call back', () => {
    const small = unknownBox(80, 12);
    const search = unknownBox();
    search.setAttribute('aria-label', 'Search');
    const dm = unknownBox();
    dm.setAttribute('aria-label', 'Message Grace');
    const plain = document.createElement('button');
    document.body.append(small, search, dm, plain);
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    for (const el of [small, search, dm, plain]) el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(cb).not.toHaveBeenCalled();
  });

  test('stop() ends the watch without a call back', async () => {
    const cb = vi.fn();
    watch = watchForComposers(document, x, loc, cb);
    watch.stop();
    document.body.append(draftJsComposer());
    await tick();
    expect(cb).not.toHaveBeenCalled();
  });
});

// Every saved page with a composer triggers the watch at once; a Facebook page
// whose only box is a Messenger chat (excluded) does not.
const PAGES: Array<[string, (typeof ADAPTERS)[number], string]> = [
  ['x--home-inline', x, '/home'],
  ['x--home-lexical', x, '/home'],
  ['x--mobile-textarea', x, '/compose/post'],
  ['facebook--feed', facebook, '/'],
  ['facebook--post-modal', facebook, '/'],
  ['linkedin--sdui-feed', linkedin, '/feed/'],
  ['linkedin--classic-post', linkedin, '/feed/update/urn:li:activity:1/'],
];

test.each(PAGES)('saved page %s: a composer is found at once', (file, adapter, pathname) => {
  const doc = loadMarkup(file);
  const cb = vi.fn();
  watchForComposers(doc, adapter, { hostname: adapter.hosts[0]!, pathname }, cb).stop();
  expect(cb).toHaveBeenCalledExactlyOnceWith(null);
});

test('a Messenger chat box alone (same markup as a comment box, but excluded) does not load the coach', () => {
  const doc = loadMarkup('facebook--feed');
  const chat = doc.querySelector('[data-fixture="chat"]');
  expect(chat).not.toBeNull();
  // Keep only the chat: remove every other composer from the saved page.
  const css = facebook.editors.map((s) => s.css).join(', ');
  for (const el of Array.from(doc.querySelectorAll(css))) if (!chat!.contains(el)) el.remove();
  expect(doc.querySelectorAll(css).length).toBeGreaterThan(0);
  const cb = vi.fn();
  watchForComposers(doc, facebook, { hostname: 'www.facebook.com', pathname: '/' }, cb).stop();
  expect(cb).not.toHaveBeenCalled();
});
