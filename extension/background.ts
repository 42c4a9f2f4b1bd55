import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleJournalRequest, IMPORT_PORT, isJournalRequest, serveImportPort, type PortLike } from '../src/journal/rpc';
import { lazyOpener, openJournal, type Journal } from '../src/journal/store';
import { installReminders, type ReminderBrowser } from '../src/reminders/reminders';
import { loadSettings, watchSettings } from '../src/settings/store';
import { isFromContentScript } from '../src/sender';
import { isOpenRuleRequest, optionsPathForRule } from '../src/settings/open-rule';
import { isScoreRequest, isWarmRequest } from '../src/scoring/request';
import { browserMastodonApi } from '../src/settings/mastodon-browser';
import { refreshMastodonScripts } from '../src/settings/mastodon-servers';
import { handleScoreRequest, warmEngine } from '../src/scoring/service';

// The background scores the coaches' drafts (the engine lives here, not in
// pages), owns the journal (IndexedDB in the extension's origin),
// answers typed messages from extension pages and content scripts, serves
// imports with progress over a port, and keeps the reminders (badge, weekly
// digest) current. The store opens lazily, and a failed open is retried on
// the next message rather than remembered.
export default defineBackground(() => {
  let reminders: ReturnType<typeof installReminders> | undefined;
  const open = lazyOpener<Journal>(() => openJournal(undefined, undefined, {
    onChange: () => void reminders?.refreshBadge(),
    losingTouchDays: async () => (await loadSettings()).losingTouchDays,
  }));
  const ownPage = (url: string | undefined) => url?.startsWith(browser.runtime.getURL('/')) === true;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // The coaches' drafts, scored here so the engine never runs on a page's
    // main thread. Kept in memory for the call only, never stored.
    if (isScoreRequest(message)) return Promise.resolve(handleScoreRequest(message));
    if (isWarmRequest(message)) return Promise.resolve(warmEngine());
    // "Switch this rule off" in a coach panel: open Settings at that rule.
    if (isOpenRuleRequest(message)) {
      return browser.tabs.create({ url: browser.runtime.getURL(optionsPathForRule(message.ruleId) as '/options.html') }).then(() => true);
    }
    if (!isJournalRequest(message)) return undefined;
    // Requests from a tab come from a content script, which may only log help.
    const fromContentScript = isFromContentScript(sender, browser.runtime.getURL('/'));
    return open().then((api) => handleJournalRequest(api, message, fromContentScript));
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT || !ownPage(port.sender?.url)) return;
    serveImportPort(port as unknown as PortLike, async (text, opts) => (await open()).importJson(text, opts));
  });

  reminders = installReminders(browser as unknown as ReminderBrowser, open, loadSettings);
  const start = () => void loadSettings().then((s) => reminders?.schedule(s)).then(() => reminders?.refreshBadge());
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  // An update may have renamed the content script a Mastodon server's registration names.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void loadSettings().then((s) => refreshMastodonScripts(browserMastodonApi, s.mastodonServers)).catch(() => undefined);
  });
  watchSettings((s) => void reminders?.schedule(s).then(() => reminders?.refreshBadge()));
  void reminders.refreshBadge(); // a woken worker recounts (the daily alarm and every write do too)
});
