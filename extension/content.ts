import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../src/sites/matches';

// Minimal for now: the coach arrives with the site adapters (issue 4).
export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main() {},
});
