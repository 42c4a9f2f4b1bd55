// Who sent a message to the background. Requests from a tab come from the
// content script (which may only log help), unless the tab shows one of the
// extension's own pages (the popup or journal opened in a tab).
export interface SenderLike {
  tab?: unknown;
  url?: string;
}

/** `extensionBase` is `browser.runtime.getURL('/')`, e.g. "chrome-extension://<id>/". */
export function isFromContentScript(sender: SenderLike, extensionBase: string): boolean {
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionBase);
}
