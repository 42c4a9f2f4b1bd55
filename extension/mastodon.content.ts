import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchThisPage } from '../src/coach/watcher-main';
import { mastodonServersIn } from '../src/settings/site-switch';
import { mastodon } from '../src/sites/mastodon';

// Mastodon: not in the manifest. Options registers this script at run time
// (scripting.registerContentScripts) on each server the user adds and grants;
// `matches` is left out on purpose, since WXT would otherwise turn it into
// install-time host permissions. It coaches only on a server still listed in
// the settings.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: () => watchThisPage((stored) => (mastodonServersIn(stored).includes(location.hostname) ? mastodon : undefined)),
});
