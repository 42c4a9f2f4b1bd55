import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startRuntime } from '../src/coach/runtime';
import { isContentRequest, type ContentResponse } from '../src/messages';
import { loadSettings, watchSettings } from '../src/settings/store';
import { adapterForHost } from '../src/sites/index';
import { SITE_MATCHES } from '../src/sites/matches';

// Thin wiring: find the site's adapter, start the coach runtime with the
// stored settings, follow settings changes live, answer the popup.
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    const runtime = startRuntime(document, adapter, location, await loadSettings());
    watchSettings((s) => runtime.setSettings(s));
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      const reply: ContentResponse = { type: 'communis:current-draft', draft: runtime.current(), site: adapter.id };
      return Promise.resolve(reply);
    });
  },
});
