// @vitest-environment happy-dom
// Site adapters on markup saved from the fixture pages (which mirror outside
// evidence; test/e2e/markup.spec.ts keeps the two in step): every composer is
// found, with its kind, the person answered, its post button and posting key.
import { describe, expect, test } from 'vitest';
import { anyOf, type SiteAdapter } from '../../../src/sites/adapter';
import { isExcluded } from '../../../src/sites/fallback';
import { ADAPTERS, adapterForHost } from '../../../src/sites/index';
import { ADAPTER_CASES } from './adapter-cases';
import { loadMarkup } from './markup';

/** The Mastodon fixture is served at a server the user added in options. */
const MASTODON_SERVERS = ['hachyderm.io'];

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s adapter', (id, adapter: SiteAdapter) => {
  test.each((ADAPTER_CASES[id] ?? []).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const doc = loadMarkup(c.file);
    const url = new URL(c.url);
    const loc = { hostname: url.hostname, pathname: url.pathname };
    expect(adapterForHost(loc.hostname, MASTODON_SERVERS)).toBe(adapter);
    // Excluded boxes (Messenger uses comment-box markup) are never coached.
    const found = Array.from(doc.querySelectorAll(anyOf(adapter.editors))).filter((el) => !isExcluded(el, adapter, loc));
    expect(found).toHaveLength(c.composers);
    const editor = doc.querySelector(c.editor);
    expect(editor).not.toBeNull();
    if (!editor) return;
    expect(found).toContain(editor);
    expect(adapter.kindOf(editor, loc)).toBe(c.kind);
    expect(adapter.replyTo(editor, loc)).toBe(c.replyTo);
    expect(adapter.submitKey(editor, loc)).toBe(c.key);
    expect(adapter.submitButtonOf(editor) !== null).toBe(c.button);
    const anchor = adapter.anchorOf(editor);
    // The coach goes after the anchor: never inside the editable subtree.
    expect(anchor === editor || anchor.contains(editor)).toBe(true);
    expect(editor.contains(anchor) && anchor !== editor).toBe(false);
  });
});

test("a LinkedIn reply box's button is its own comment-reply-post, not the post's comment-post", () => {
  const doc = loadMarkup('linkedin--sdui-reply');
  const li = ADAPTERS.find((a) => a.id === 'linkedin')!;
  const reply = doc.querySelector('[aria-label="Text editor for creating reply"] .ProseMirror')!;
  const comment = doc.querySelector('[role="listitem"] > div > [aria-label="Text editor for creating comment"] .ProseMirror')!;
  expect(li.submitButtonOf(reply)?.getAttribute('data-view-name')).toBe('comment-reply-post');
  expect(li.submitButtonOf(comment)?.getAttribute('data-view-name')).toBe('comment-post');
});

test("Facebook's \"Comment as <you>\" never names you as the person answered", () => {
  const fb = ADAPTERS.find((a) => a.id === 'facebook')!;
  for (const file of ['facebook--feed', 'facebook--post-modal', 'facebook--photo-viewer', 'facebook--photo-viewer-fr']) {
    const doc = loadMarkup(file);
    for (const editor of Array.from(doc.querySelectorAll(anyOf(fb.editors)))) {
      expect(fb.replyTo(editor, { hostname: 'www.facebook.com', pathname: '/' })).not.toBe('Fixture Me');
    }
  }
});

test("the LinkedIn share box inside #interop-outlet's open shadow root is found and is a post", () => {
  const host = document.createElement('div');
  host.id = 'interop-outlet';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.className = 'ql-container';
  const editor = document.createElement('div');
  editor.className = 'ql-editor';
  editor.setAttribute('contenteditable', 'true');
  container.append(editor);
  shadow.append(container);
  const li = ADAPTERS.find((a) => a.id === 'linkedin');
  if (!li) throw new Error('no linkedin adapter');
  const shadowHost = document.querySelector(anyOf(li.shadowHosts));
  expect(shadowHost?.shadowRoot?.querySelector(anyOf(li.editors))).toBe(editor);
  expect(li.kindOf(editor, { hostname: 'www.linkedin.com', pathname: '/feed/' })).toBe('post');
  expect(li.anchorOf(editor)).toBe(container);
  host.remove();
});

test('Mastodon runs only on servers the user added; the other sites on their own hosts', () => {
  expect(adapterForHost('hachyderm.io')?.id).toBeUndefined();
  expect(adapterForHost('hachyderm.io', MASTODON_SERVERS)?.id).toBe('mastodon');
  expect(adapterForHost('mastodon.social', MASTODON_SERVERS)).toBeUndefined();
  expect(adapterForHost('bsky.app', MASTODON_SERVERS)?.id).toBe('bluesky');
  expect(adapterForHost('www.threads.com')?.id).toBe('threads');
  expect(adapterForHost('www.threads.net')?.id).toBe('threads');
});

test('a Bluesky reply names the post answered, not the quoted post or the feed', () => {
  const bsky = ADAPTERS.find((a) => a.id === 'bluesky')!;
  const loc = { hostname: 'bsky.app', pathname: '/' };
  for (const [file, kind, who] of [['bluesky--compose', 'post', undefined], ['bluesky--reply', 'reply', 'Grace Hopper'], ['bluesky--quote', 'comment', 'Alan Turing']] as const) {
    const editor = loadMarkup(file).querySelector('[data-testid="composePostView"] .ProseMirror')!;
    expect(bsky.kindOf(editor, loc), file).toBe(kind);
    expect(kind === 'post' ? undefined : bsky.replyTo(editor, loc), file).toBe(who);
  }
});

test("Threads' submit button is the dialog's \"Post\", not Cancel or Add to thread", () => {
  const th = ADAPTERS.find((a) => a.id === 'threads')!;
  const editor = loadMarkup('threads--reply').querySelector('[role="dialog"] [data-lexical-editor="true"]')!;
  expect(th.submitButtonOf(editor)?.textContent).toBe('Post');
});

test("Mastodon's reply names the @acct of the account answered; the coach goes outside the textarea", () => {
  const ma = ADAPTERS.find((a) => a.id === 'mastodon')!;
  const loc = { hostname: 'hachyderm.io', pathname: '/home' };
  const editor = loadMarkup('mastodon--reply').querySelector('textarea')!;
  expect(ma.replyTo(editor, loc)).toBe('@grace@mastodon.social');
  expect(ma.anchorOf(editor).classList.contains('autosuggest-textarea')).toBe(true);
  expect(ma.submitButtonOf(editor)?.textContent).toBe('Reply');
});
