// @vitest-environment happy-dom
// Site adapters on markup saved from the fixture pages (which copy the live
// sites' structure): every composer is found, with its kind and reply-to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anyOf, type SiteAdapter } from '../../../src/sites/adapter';
import { ADAPTERS, adapterForHost } from '../../../src/sites/index';
import { ADAPTER_CASES } from './adapter-cases';

// Paths from the project root: under happy-dom, import.meta.url is not a file URL.
const markup = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/markup', `${name}.html`), 'utf8');

function load(name: string): Document {
  return new DOMParser().parseFromString(markup(name), 'text/html');
}

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s adapter', (id, adapter: SiteAdapter) => {
  test.each((ADAPTER_CASES[id] ?? []).map((c) => [c.file, c] as const))('%s', (_f, c) => {
    const doc = load(c.file);
    const loc = new URL(c.url);
    expect(adapterForHost(loc.hostname)).toBe(adapter);
    const found = Array.from(doc.querySelectorAll(anyOf(adapter.editors)));
    expect(found).toHaveLength(c.composers);
    const editor = doc.querySelector(c.editor);
    expect(editor).not.toBeNull();
    if (!editor) return;
    expect(found).toContain(editor);
    expect(adapter.kindOf(editor, loc)).toBe(c.kind);
    expect(adapter.replyTo(editor, loc)).toBe(c.replyTo);
    const anchor = adapter.anchorOf(editor);
    // The coach goes after the anchor: never inside the editable subtree.
    expect(anchor === editor || anchor.contains(editor)).toBe(true);
    expect(editor.contains(anchor) && anchor !== editor).toBe(false);
  });

  test('every selector says what it matches and when it was last seen working', () => {
    for (const s of [...adapter.editors, ...adapter.shadowHosts]) {
      expect(s.note.length).toBeGreaterThan(3);
      expect(s.seen).toMatch(/^20\d\d-\d\d$/);
      expect(() => document.querySelector(s.css)).not.toThrow();
    }
  });
});

test('the LinkedIn share box inside #interop-outlet\'s open shadow root is found and is a post', () => {
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
