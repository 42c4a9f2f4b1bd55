// Who sent a message to the background. Only the extension's own parts may
// ask it anything: its own pages (popup, options, journal, even opened in a
// tab) and its content scripts (which may only score, warm, open Settings at
// a rule and log help). Web pages cannot message it at all (the manifest has
// no externally_connectable), and another extension's messages would be
// "foreign"; the check does not rely on either of those alone.
export interface SenderLike {
  /** Id of the extension that sent it (ours for our pages and content scripts). */
  id?: string;
  tab?: unknown;
  url?: string;
}

/** The extension itself: `browser.runtime.id` and `browser.runtime.getURL('/')`, e.g. "chrome-extension://<id>/". */
export interface Self {
  id: string;
  base: string;
}

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export function senderKind(sender: SenderLike | undefined, self: Self): SenderKind {
  if (!sender || !self.id || sender.id !== self.id || typeof sender.url !== 'string') return 'foreign';
  // base ends in "/": "chrome-extension://<id>x/…" is not ours.
  if (self.base.endsWith('/') && sender.url.startsWith(self.base)) return 'extension-page';
  // Content scripts run only on web pages (the covered sites, a user's Mastodon server), always in a tab.
  if (sender.tab !== undefined && sender.tab !== null && /^https?:\/\//.test(sender.url)) return 'content-script';
  return 'foreign';
}
