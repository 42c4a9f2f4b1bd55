// Hosts the content scripts run on and the extension may read. One list so
// the manifest's host permissions and the content scripts cannot drift apart.
/** Each fixed-host site's match patterns: one content script per site carries only its own adapter. */
export const SITE_MATCHES_BY_SITE = {
  x: [
    '*://x.com/*', // X, current domain
    '*://twitter.com/*', // X, old domain still served
    '*://mobile.x.com/*', // X mobile site (plain textarea composer)
    '*://mobile.twitter.com/*', // X mobile, old domain
  ],
  facebook: [
    '*://www.facebook.com/*', // Facebook desktop
    '*://web.facebook.com/*', // Facebook in some regions
    '*://m.facebook.com/*', // Facebook mobile
  ],
  linkedin: ['*://www.linkedin.com/*'], // LinkedIn
  bluesky: ['*://bsky.app/*'], // Bluesky web app
  threads: [
    '*://www.threads.com/*', // Threads
    '*://www.threads.net/*', // Threads, old domain (redirects to threads.com)
  ],
} as const;

export const SITE_MATCHES: readonly string[] = Object.values(SITE_MATCHES_BY_SITE).flat();

/**
 * Mastodon servers are the user's own: none is in the manifest's host
 * permissions. Options asks for exactly one origin (https://<server>/*) at
 * the moment the user adds it; Chrome and Firefox only let an extension
 * request origins its manifest lists as optional, hence the https wildcard
 * here. Nothing under it is granted at install.
 */
export const MASTODON_OPTIONAL_HOSTS = ['https://*/*'];

/** The one origin pattern requested and registered for a Mastodon server. */
export const mastodonMatch = (server: string) => `https://${server}/*`;

/** The content script registered at run time on the user's Mastodon servers (extension/mastodon.content.ts, built by WXT). */
export const MASTODON_CONTENT_SCRIPT = 'content-scripts/mastodon.js';
