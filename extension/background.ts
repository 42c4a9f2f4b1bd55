import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleJournalRequest, serveImportPort, type PortLike } from '../src/journal/rpc';
import { lazyOpener, openJournal, type Journal } from '../src/journal/store';
import { installReminders, type ReminderBrowser } from '../src/reminders/reminders';
import { keptSettings } from '../src/settings/kept';
import { loadSettings, watchSettings } from '../src/settings/store';
import { acceptsPort, routeMessage } from '../src/messaging/route';
import { optionsPathForRule } from '../src/settings/open-rule';
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
  // Read once per worker, then kept current by storage changes (every journal summary asks for the Reach out size).
  const settings = keptSettings(loadSettings, watchSettings);
  const open = lazyOpener<Journal>(() => openJournal(undefined, undefined, {
    onChange: () => void reminders?.refreshBadge(),
    reachOutLimit: async () => (await settings.get()).reachOutLimit,
  }));
  // Who may ask what is decided in src/messaging/route.ts; only its answer is carried out here.
  const self = { id: browser.runtime.id, base: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const route = routeMessage(message, sender, self);
    switch (route.to) {
      // Drafts are kept in memory for the call only, never stored.
      case 'score':
        return Promise.resolve(handleScoreRequest(route.request));
      case 'warm':
        return Promise.resolve(warmEngine());
      case 'open-rule':
        return browser.tabs.create({ url: browser.runtime.getURL(optionsPathForRule(route.ruleId) as '/options.html') }).then(() => true);
      case 'journal':
        return open().then((api) => handleJournalRequest(api, route.request, route.fromContentScript));
      case 'nobody':
        return undefined;
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (!acceptsPort(port, self)) return;
    serveImportPort(port as unknown as PortLike, async (text, opts) => (await open()).importJson(text, opts));
  });

  reminders = installReminders(browser as unknown as ReminderBrowser, open, () => settings.get());
  const start = () => void settings.get().then((s) => reminders?.schedule(s)).then(() => reminders?.refreshBadge());
  browser.runtime.onStartup.addListener(start);
  browser.runtime.onInstalled.addListener(start);
  // An update may have renamed the content script a Mastodon server's registration names.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void loadSettings().then((s) => refreshMastodonScripts(browserMastodonApi, s.mastodonServers)).catch(() => undefined);
  });
  watchSettings((s) => void reminders?.schedule(s).then(() => reminders?.refreshBadge()));
  void reminders.refreshBadge(); // a woken worker recounts (the daily alarm and every write do too)
});
