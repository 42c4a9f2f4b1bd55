// The coach's start-up, loaded on demand: each site's content script (src/coach/watcher-main.ts)
// only watches for composers and imports this when the first one appears or
// is focused. The engine is not in the page at all: drafts are scored by
// the background (src/scoring). Finds the site's adapter, starts the
// runtime with the stored settings, follows settings changes live, answers
// the popup and offers to log replies after posting.
import { journalClient } from '../journal/client';
import { isContentRequest, type ContentResponse, type LayoutReportResponse } from '../messages';
import { loadSettings, watchSettings } from '../settings/store';
import type { SiteAdapter } from '../sites/adapter';
import { layoutReport } from '../sites/layout';
import type { PostedReply } from './coach';
import { showOffer } from './offer';
import { messageScorer, WARM_REQUEST, type WarmRequest } from '../scoring/request';
import { startRuntime, type Runtime } from './runtime';
import { browser } from 'wxt/browser';

export interface CoachHandle {
  readonly runtime: Runtime;
  /** Answers a message from the popup, or undefined when it is not for the content script. */
  onMessage(message: unknown): Promise<ContentResponse | LayoutReportResponse> | undefined;
}

/** Starts the coach with the adapter the site's watcher already chose (it knows which site it runs on). */
export async function boot(adapter: SiteAdapter, doc: Document = document, loc: Location = location): Promise<CoachHandle> {
  let settings = await loadSettings();
  // After a reply or comment is posted: offer to log it (or log it), per settings.
  // Only whom it answered is stored, never the text.
  const onPosted = (post: PostedReply) => {
    if (settings.autoLog === 'off') return;
    const log = async () => {
      await journalClient.addEntry({ site: post.site, person: post.replyTo, direction: 'gave', kind: post.kind });
    };
    showOffer(doc, post, settings.autoLog === 'always', log);
  };
  // The engine lives in the background: have it compile its rules now, while
  // the person is still reading, so the first score is quick. A background
  // that cannot answer (the extension is being updated) just is not warmed.
  void browser.runtime.sendMessage({ type: WARM_REQUEST } satisfies WarmRequest).catch(() => undefined);
  const score = messageScorer((message) => browser.runtime.sendMessage(message));
  const runtime = startRuntime(doc, adapter, loc, settings, { score, onPosted });
  watchSettings((s) => {
    settings = s;
    runtime.setSettings(s);
  });
  return {
    runtime,
    onMessage(message) {
      if (!isContentRequest(message)) return undefined;
      if (message.type === 'communis:layout-report') {
        const box = runtime.lastFocused();
        const report = box ? layoutReport(box, { adapter, match: runtime.coverage() }) : null;
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
    },
  };
}
