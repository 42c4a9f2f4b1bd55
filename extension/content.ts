import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CoachHandle } from '../src/coach/boot';
import { COACH_CHUNK, type CoachChunk } from '../src/coach/chunk';
import { watchForComposers, type ComposerWatch } from '../src/coach/watch';
import { isContentRequest, type ContentResponse } from '../src/messages';
import { SETTINGS_KEY, mastodonServersIn, siteSwitchedOff } from '../src/settings/site-switch';
import { adapterForHost } from '../src/sites/index';
import { SITE_MATCHES } from '../src/sites/matches';

// `chrome` is the global both Chrome and Firefox give content scripts; the
// call is written out as chrome.runtime.getURL() because that is the form
// web-ext lint accepts as a safe argument to import().
declare const chrome: { runtime: { getURL(path: string): string } };

// Thin wiring, on every page load of a covered site: watch for a composer and
// only then import the coach and the engine (src/coach/boot.ts). Until then
// the popup is told there is no draft.
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    // Mastodon servers are registered at run time (options), so whether this
    // host is one of them comes from the stored settings.
    const stored = await browser.storage.sync.get(SETTINGS_KEY).then((got) => got[SETTINGS_KEY], () => undefined);
    const adapter = adapterForHost(location.hostname, mastodonServersIn(stored));
    if (!adapter) return;
    let coach: Promise<CoachHandle> | null = null;
    let watch: ComposerWatch | null = null;
    const load = (): Promise<CoachHandle> => {
      watch?.stop();
      coach ??= (import(/* @vite-ignore */ chrome.runtime.getURL(COACH_CHUNK)) as Promise<{ default: CoachChunk }>).then((chunk) =>
        chunk.default.boot(),
      );
      return coach;
    };
    // A site switched off in settings is not watched; switching it on starts watching.
    const follow = (value: unknown) => {
      if (coach) return; // once loaded, the coach follows settings itself
      if (siteSwitchedOff(value, adapter.id)) {
        watch?.stop();
        watch = null;
      } else watch ??= watchForComposers(document, adapter, location, () => void load());
    };
    follow(stored);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && SETTINGS_KEY in changes) follow(changes[SETTINGS_KEY]?.newValue);
    });
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      // A layout report is asked for when a box is not coached: load the coach to describe it.
      if (message.type === 'communis:layout-report') return load().then((c) => c.onMessage(message));
      const none: ContentResponse = { type: 'communis:current-draft', draft: null, site: adapter.id, coached: 0, focused: false, coverage: null };
      return coach ? coach.then((c) => c.onMessage(message) ?? none) : Promise.resolve(none);
    });
  },
});
