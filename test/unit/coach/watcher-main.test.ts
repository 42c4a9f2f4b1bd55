// @vitest-environment happy-dom
// The always-loaded part of each site's content script follows settings
// before the coach is loaded: a site switched off, or a Mastodon server
// removed, stops watching, so a composer that appears later loads nothing.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchThisPage } from '../../../src/coach/watcher-main';
import { mastodonServersIn, SETTINGS_KEY } from '../../../src/settings/site-switch';
import { mastodon } from '../../../src/sites/mastodon';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** The chunk the watcher imports: a coach that does nothing, so only whether it was asked for counts. */
const CHUNK = `data:text/javascript,${encodeURIComponent('export default { boot: async () => ({ onMessage() {} }) };')}`;
const getURL = vi.fn(() => CHUNK);

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime: { getURL } };
  getURL.mockClear();
});
afterEach(() => document.body.replaceChildren());

/** Mastodon's compose textarea, as the adapter knows it. */
function composer(): HTMLElement {
  const form = document.createElement('form');
  form.className = 'compose-form';
  const area = document.createElement('textarea');
  area.className = 'autosuggest-textarea__textarea';
  form.append(area);
  return form;
}

const settings = (mastodonServers: string[], on = true) => ({ version: 1, sites: { mastodon: on }, mastodonServers });

describe.each([
  ['the server kept', settings(['hachyderm.io', 'fosstodon.org']), 1],
  ['the server removed', settings(['fosstodon.org']), 0],
  ['the Mastodon switch off', settings(['hachyderm.io'], false), 0],
])('on hachyderm.io before any composer, with %s', (_n, next, loads) => {
  test(`a composer appearing loads the coach ${loads} time(s)`, async () => {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings(['hachyderm.io']) });
    await watchThisPage((stored) => (mastodonServersIn(stored).includes('hachyderm.io') ? mastodon : undefined));
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    await tick();
    document.body.append(composer());
    await tick(20);
    expect(getURL).toHaveBeenCalledTimes(loads);
  });
});
