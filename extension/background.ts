import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { JournalApi } from '../src/journal/api';
import { handleJournalRequest, isJournalRequest } from '../src/journal/rpc';
import { openJournal } from '../src/journal/store';
import { isFromContentScript } from '../src/sender';
import { isOpenRuleRequest, optionsPathForRule } from '../src/settings/open-rule';

// The background owns the journal (IndexedDB in the extension's origin) and
// answers typed messages from extension pages and content scripts. The store
// opens lazily, so a service worker woken by a message is ready at once.
export default defineBackground(() => {
  let journal: Promise<JournalApi> | undefined;
  const open = () => (journal ??= openJournal());

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // "Switch this rule off" in a coach panel: open Settings at that rule.
    if (isOpenRuleRequest(message)) {
      return browser.tabs.create({ url: browser.runtime.getURL(optionsPathForRule(message.ruleId) as '/options.html') }).then(() => true);
    }
    if (!isJournalRequest(message)) return undefined;
    // Requests from a tab come from a content script, which may only log help.
    const fromContentScript = isFromContentScript(sender, browser.runtime.getURL('/'));
    return open().then((api) => handleJournalRequest(api, message, fromContentScript));
  });
});
