import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchThisPage } from '../src/coach/watcher-main';
import { SITE_MATCHES_BY_SITE } from '../src/sites/matches';
import { x } from '../src/sites/x';

// Thin wiring: on every page load of this site, watch for composers with this
// site's adapter alone (src/coach/watcher-main.ts).
export default defineContentScript({
  matches: [...SITE_MATCHES_BY_SITE.x],
  runAt: 'document_idle',
  main: () => watchThisPage(() => x),
});
