// Hosts the content script runs on and the extension may read. One list so
// the manifest's host permissions and the content script cannot drift apart.
export const SITE_MATCHES = [
  '*://x.com/*', // X, current domain
  '*://twitter.com/*', // X, old domain still served
  '*://mobile.x.com/*', // X mobile site (plain textarea composer)
  '*://mobile.twitter.com/*', // X mobile, old domain
  '*://www.facebook.com/*', // Facebook desktop
  '*://web.facebook.com/*', // Facebook in some regions
  '*://m.facebook.com/*', // Facebook mobile
  '*://www.linkedin.com/*', // LinkedIn
  '*://bsky.app/*', // Bluesky web app
  '*://www.threads.com/*', // Threads
  '*://www.threads.net/*', // Threads, old domain (redirects to threads.com)
];

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
