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
];
