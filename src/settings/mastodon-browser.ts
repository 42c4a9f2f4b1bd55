// The real browser behind MastodonApi, for options (adding and removing a
// server) and the background (refreshing registrations after an update).
import { browser } from 'wxt/browser';
import { MASTODON_CONTENT_SCRIPT } from '../sites/matches';
import type { MastodonApi } from './mastodon-servers';

type Scripting = ReturnType<MastodonApi['scripting']>;

export const browserMastodonApi: MastodonApi = {
  permissions: {
    request: (p) => browser.permissions.request(p as Parameters<typeof browser.permissions.request>[0]),
    remove: (p) => browser.permissions.remove(p as Parameters<typeof browser.permissions.remove>[0]),
  },
  // Read at call time: the API appears once `scripting` is granted.
  scripting: () => (browser as unknown as { scripting?: Scripting }).scripting,
  contentScriptFiles: () => [MASTODON_CONTENT_SCRIPT],
};
