import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PostedReply } from '../src/coach/coach';
import { showOffer } from '../src/coach/offer';
import { startRuntime } from '../src/coach/runtime';
import { journalClient } from '../src/journal/client';
import { isContentRequest, type ContentResponse, type LayoutReportResponse } from '../src/messages';
import { loadSettings, watchSettings } from '../src/settings/store';
import { adapterForHost } from '../src/sites/index';
import { layoutReport } from '../src/sites/layout';
import { SITE_MATCHES } from '../src/sites/matches';

// Thin wiring: find the site's adapter, start the coach runtime with the
// stored settings, follow settings changes live, answer the popup.
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    let settings = await loadSettings();
    // Mastodon servers are registered at run time (options), so they come from settings.
    const adapter = adapterForHost(location.hostname, settings.mastodonServers);
    if (!adapter) return;
    // After a reply or comment is posted: offer to log it (or log it), per settings.
    // Only whom it answered is stored, never the text.
    const onPosted = (post: PostedReply) => {
      if (settings.autoLog === 'off') return;
      const log = async () => {
        await journalClient.addEntry({ site: post.site, person: post.replyTo, direction: 'gave', kind: post.kind });
      };
      showOffer(document, post, settings.autoLog === 'always', log);
    };
    const runtime = startRuntime(document, adapter, location, settings, onPosted);
    watchSettings((s) => {
      settings = s;
      runtime.setSettings(s);
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      if (message.type === 'communis:layout-report') {
        const box = runtime.lastFocused();
        const report = box ? layoutReport(box, { adapter, match: runtime.coverage(), pathname: location.pathname }) : null;
        return Promise.resolve<LayoutReportResponse>({ type: 'communis:layout-report', report });
      }
      const reply: ContentResponse = {
        type: 'communis:current-draft',
        draft: runtime.current(),
        site: adapter.id,
        coached: runtime.coaches.size,
        focused: runtime.lastFocused() !== null,
        coverage: runtime.coverage(),
      };
      return Promise.resolve(reply);
    });
  },
});
