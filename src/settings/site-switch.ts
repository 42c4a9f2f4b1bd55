// The one thing the always-loaded content script needs to know from settings:
// whether coaching is switched off for this site. Kept apart from schema.ts,
// which needs the rules engine, so that the content script does not carry it.
import type { SiteId } from './sites';
import { isObject } from '../is-object';

/** Key of the settings object in browser.storage.sync. */
export const SETTINGS_KEY = 'settings';


/**
 * Whether the stored settings switch `id` off, read exactly as parseSettings()
 * reads them (including the pre-versioning shape, where switches sat at the
 * top level): only a stored `false` is off; anything missing or invalid is
 * the default, on. A unit test checks the two agree.
 */
export function siteSwitchedOff(stored: unknown, id: SiteId): boolean {
  if (!isObject(stored)) return false;
  const sites = isObject(stored.sites) ? stored.sites : {};
  if (Object.hasOwn(sites, id)) return sites[id] === false;
  const legacy = (stored.version ?? 0) === 0;
  return legacy && Object.hasOwn(stored, id) && stored[id] === false;
}

/**
 * The Mastodon servers the user added (host names), read from the stored
 * settings without the schema: the content script is registered on those
 * hosts at run time, so it must know it is on one. parseSettings() checks
 * them properly; here anything but a string is skipped.
 */
export function mastodonServersIn(stored: unknown): string[] {
  if (!isObject(stored) || !Array.isArray(stored.mastodonServers)) return [];
  return stored.mastodonServers.filter((s): s is string => typeof s === 'string').map((s) => s.toLowerCase());
}

/**
 * Whether settings (parsed) put a coach on this page: the site's switch is on
 * and, on Mastodon, this host is still one of the user's servers. Removing a
 * server stops the coach in its open tabs the way a switch does, since the
 * content script registered there keeps running until the tab reloads.
 */
export function coachesHere(
  settings: { sites: Readonly<Record<SiteId, boolean>>; mastodonServers: readonly string[] },
  id: SiteId,
  hostname: string,
): boolean {
  return settings.sites[id] && (id !== 'mastodon' || settings.mastodonServers.includes(hostname.toLowerCase()));
}
