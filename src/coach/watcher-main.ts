import { browser } from 'wxt/browser';
import type { CoachHandle } from './boot';
import { COACH_CHUNK, type CoachChunk } from './chunk';
import { watchForComposers, type ComposerWatch } from './watch';
import { isContentRequest, type ContentResponse } from '../messages';
import { SETTINGS_KEY, siteSwitchedOff } from '../settings/site-switch';
import type { SiteAdapter } from '../sites/adapter';

// `chrome` is the global both Chrome and Firefox give content scripts; the
// call is written out as chrome.runtime.getURL() because that is the form
// web-ext lint accepts as a safe argument to import().
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * What each site's content script (extension/<site>.content.ts) runs on every
 * page load: watch for a composer and only then import the coach
 * (src/coach/boot.ts). Until then the popup is told there is no draft. Each
 * site's script carries only its own adapter, so a page evaluates only the
 * selectors of the site it is on. `adapterFor` gets the stored settings
 * (Mastodon's script checks that this host is one of the user's servers).
 */
export async function watchThisPage(adapterFor: (stored: unknown) => SiteAdapter | undefined): Promise<void> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).then((got) => got[SETTINGS_KEY], () => undefined);
  const adapter = adapterFor(stored);
  if (!adapter) return;
  let coach: Promise<CoachHandle> | null = null;
  let watch: ComposerWatch | null = null;
  const load = (): Promise<CoachHandle> => {
    watch?.stop();
    coach ??= (import(/* @vite-ignore */ chrome.runtime.getURL(COACH_CHUNK)) as Promise<{ default: CoachChunk }>).then((chunk) =>
      chunk.default.boot(adapter),
    );
    return coach;
  };
  // A site switched off in settings (or a Mastodon server removed) is not
  // watched; switching it on (adding the server back) starts watching.
  const follow = (value: unknown) => {
    if (coach) return; // once loaded, the coach follows settings itself
    if (adapterFor(value) !== adapter || siteSwitchedOff(value, adapter.id)) {
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
}
