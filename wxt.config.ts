import { defineConfig, type ConfigEnv, type UserManifest } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { COACH_CHUNK, COACH_CHUNK_GLOBAL } from './src/coach/chunk';
import { MASTODON_OPTIONAL_HOSTS, SITE_MATCHES } from './src/sites/matches';

/**
 * Content-Security-Policy for the extension's own pages (popup, options,
 * journal, background). Vite emits ES-module files and stylesheets only, so
 * nothing inline or remote is needed:
 * - everything (connect, img, style, font, worker…) only from the extension
 *   itself: the pages cannot reach the network even if a bug tried to;
 * - no plugins, no <base> rewriting, no framing by other pages, no form posts.
 * Chrome and Firefox both accept it for MV3 `extension_pages`.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `wxt` (dev server) only: Vite injects CSS as <style> elements and reloads
 * over a WebSocket to localhost, both of which `default-src 'self'` would block.
 * WXT itself adds the dev server's origin to script-src in dev. Production
 * builds, zips and tests always use EXTENSION_PAGES_CSP.
 */
const DEV_EXTENSION_PAGES_CSP = EXTENSION_PAGES_CSP.replace("default-src 'self'; ", '');

/** Firefox add-on id: fixed, so storage and IndexedDB survive updates. */
export const GECKO_ID = 'communis@communis.app';

/**
 * Lowest Firefox that has everything the manifest relies on:
 * - MV3 with `background.scripts` (109+), host_permissions granted at
 *   install (127+), so the coach works without a manual grant;
 * - `browser_specific_settings.gecko.data_collection_permissions`, Firefox's
 *   built-in data consent (140 on desktop, 142 on Android); older versions
 *   would ignore the "no data collected" declaration, and addons-linter warns.
 * 140 is also the current ESR. The CSS Custom Highlight API is feature-detected
 * with an overlay fallback, and storage.session is not used, so neither
 * raises the floor.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * The coach's on-demand chunk (extension/coach.ts) must be web-accessible:
 * a content script's import() fetches it on behalf of the page's origin.
 * Exposure is kept to the minimum (README "Privacy" says what a page can learn):
 * - only on the covered sites, the same hosts the content script runs on;
 * - Chrome: `use_dynamic_url`, so the file is only reachable under a random
 *   id that changes every browser session, not under the extension's fixed
 *   id, and a page cannot probe for it to learn that Communis is installed.
 *   Firefox has no such key (WXT leaves it out there too); its extension
 *   URLs already carry a random per-install UUID.
 */
export function coachChunkResource(browser: string): { resources: string[]; matches: string[]; use_dynamic_url?: boolean } {
  return {
    resources: [COACH_CHUNK],
    // The covered sites, and (for the Mastodon servers a user adds, whose
    // content script is registered at run time) any https page. The URL is
    // dynamic per session in Chrome and random per install in Firefox, so a
    // page cannot probe for it; see README.
    matches: [...SITE_MATCHES, ...MASTODON_OPTIONAL_HOSTS],
    ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
  };
}

/**
 * WXT builds unlisted scripts as an IIFE held in a variable; the coach chunk
 * is loaded with import(), so it also needs an ES export of that value.
 */
function exportCoachChunk(): Plugin {
  return {
    name: 'communis:export-coach-chunk',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.fileName === COACH_CHUNK) {
          chunk.code += `\nexport default ${COACH_CHUNK_GLOBAL};\n`;
        }
      }
    },
  };
}

/** The manifest for a target, kept a plain function so unit tests can check it. */
export function manifestFor(env: Pick<ConfigEnv, 'browser' | 'command'>): UserManifest {
  const manifest: UserManifest = {
    name: 'Communis',
    description:
      'Post like a human, not a billboard: a private, local coach for your drafts on X, Facebook, LinkedIn, Bluesky, Mastodon and Threads.',
    // Settings live in storage. `alarms` schedules the reminders: a daily
    // recount of the toolbar badge and, when switched on, the weekly digest
    // (no data access, no install warning). No tabs, activeTab, scripting…
    permissions: ['storage', 'alarms'],
    // The covered sites but Mastodon (X, Facebook, LinkedIn, Bluesky, Threads), the same list the content scripts match.
    host_permissions: [...SITE_MATCHES],
    // Mastodon runs on thousands of servers: nothing is granted at install.
    // When the user adds their server in options, that one origin and
    // `scripting` (to register the content script for it) are requested on
    // that click; removing the server gives both back. See README.
    optional_host_permissions: [...MASTODON_OPTIONAL_HOSTS],
    // `notifications`: only asked for when the user switches the weekly
    // digest on in Settings. `scripting`: with a Mastodon server (above).
    optional_permissions: ['notifications', 'scripting'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    content_security_policy: {
      extension_pages: env.command === 'serve' ? DEV_EXTENSION_PAGES_CSP : EXTENSION_PAGES_CSP,
    },
    web_accessible_resources: [coachChunkResource(env.browser)],
  };
  if (env.browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Firefox's built-in data consent: Communis collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}

export default defineConfig({
  entrypointsDir: 'extension',
  // Explicit imports everywhere: no auto-import magic to read around.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), exportCoachChunk()],
    // Vite's module-preload polyfill fetch()es <link rel=modulepreload> targets;
    // the extension's pages need no polyfill (Chrome and Firefox 140 preload
    // natively), and the built bundle must hold no network call at all.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: (env) => manifestFor(env),
  zip: {
    // Firefox (AMO) review needs the sources; ship only what `npm ci && npm run
    // build:firefox` needs, not tests, fixtures, benchmarks or local files.
    // Nothing is downloaded: `downloadPackages` stays empty.
    includeSources: [
      'extension/**',
      'src/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE*',
    ],
  },
});
