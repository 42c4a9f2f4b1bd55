// The registry of site adapters. A meta-test checks that every adapter file
// is listed here, documented in README and tested.
import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';
import { bluesky } from './bluesky';
import { mastodon } from './mastodon';
import { threads } from './threads';

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, linkedin, bluesky, mastodon, threads];

/** The adapter for a host; Mastodon for the servers the user added (settings.mastodonServers). */
export function adapterForHost(hostname: string, mastodonServers: readonly string[] = []): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(hostname)) ?? (mastodonServers.includes(hostname) ? mastodon : undefined);
}
