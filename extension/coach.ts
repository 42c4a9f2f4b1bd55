import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { boot } from '../src/coach/boot';

// The coach (not the engine: that is in the background), as one chunk the content script imports
// when the first composer appears or is focused (see src/coach/watcher-main.ts).
// WXT builds unlisted scripts as an IIFE; wxt.config.ts turns this one into
// an ES module whose default export is main()'s return value, so import()
// hands the content script `{ boot }`.
export default defineUnlistedScript({
  globalName: 'communisCoach',
  main: () => ({ boot }),
});
