// What actually ships: the built Chrome and Firefox bundles and their
// manifest.json (unit tests run before the build and see only the config).
// - No network call and no remote host anywhere in the built JavaScript
//   (Vite's module-preload polyfill, which fetch()es, is turned off).
// - The built manifest asks for `storage`, `alarms` and the covered sites only
//   (notifications and a Mastodon server only as optional permissions), its
//   content script runs on exactly those sites, and the extension pages'
//   CSP is the strict one; Firefox's declares that no data is collected.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_PAGES_CSP, GECKO_ID } from '../../wxt.config';
import { MASTODON_CONTENT_SCRIPT, MASTODON_OPTIONAL_HOSTS, SITE_MATCHES, SITE_MATCHES_BY_SITE } from '../../src/sites/matches';
import { COACH_CHUNK } from '../../src/coach/chunk';
import { senderKind } from '../../src/sender';
import { BUILT_EXTENSION_DIR, extensionDir } from './paths';

const FIREFOX_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const BUNDLES = [
  // The build itself, not the test copy (which grants a Mastodon server; see global-setup).
  { name: 'chrome-mv3', dir: BUILT_EXTENSION_DIR },
  { name: 'firefox-mv3', dir: FIREFOX_DIR },
];

const FETCH = /\bfetch\s*\(/;
const NETWORK = [FETCH, /\bXMLHttpRequest\b/, /\bsendBeacon\b/, /\bWebSocket\b/, /\bEventSource\b/, /\bWebTransport\b/, /\bRTCPeerConnection\b/, /\bimportScripts\b/];
/**
 * Vite's module-preload polyfill fetch()es: in code that also calls fetch. (Vite's helper for a dynamic import,
 * which the journal page uses to load its app while its first requests are out, only adds
 * <link rel=modulepreload> elements for the extension's own chunks, like the pages' own tags; it fetches nothing.)
 */
const POLYFILL = /modulepreload/;
/** Strings that look like URLs but are never fetched. */
const NOT_FETCHED = [
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace)$/, // DOM namespace names (Preact)
  /^https:\/\/example\.com$/, // the link-pitch rule's example draft (src/engine/rules/link-pitch.ts)
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

for (const b of BUNDLES) {
  test(`${b.name}: no network call and no remote host in the built code`, () => {
    const code = files(b.dir).filter((f) => /\.(js|html|css|json)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    const found: string[] = [];
    for (const f of code) {
      const text = readFileSync(f, 'utf8');
      for (const re of NETWORK) if (re.test(text)) found.push(`${relative(b.dir, f)}: ${re}`);
      if (f.endsWith('.js') && POLYFILL.test(text) && FETCH.test(text)) found.push(`${relative(b.dir, f)}: module-preload polyfill`);
      for (const m of text.matchAll(/rel="modulepreload"[^>]*href="([^"]*)"/g)) if (!m[1]?.startsWith('/')) found.push(`${relative(b.dir, f)}: preload of ${m[1]}`);
      for (const m of text.matchAll(/\b(?:https?|wss?):\/\/[a-z0-9.-]+(?:\/[A-Za-z0-9/._-]*)?/gi)) {
        if (!NOT_FETCHED.some((ok) => ok.test(m[0]))) found.push(`${relative(b.dir, f)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  test(`${b.name}: the built manifest asks for storage and the covered sites only`, () => {
    const m = JSON.parse(readFileSync(join(b.dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: Array<{ matches: string[] }>;
      content_security_policy?: { extension_pages?: string };
      browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
    };
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.optional_permissions).toEqual(['notifications', 'scripting']);
    expect(m.optional_host_permissions).toEqual([...MASTODON_OPTIONAL_HOSTS]);
    expect((m.web_accessible_resources as Array<{ resources: string[] }> | undefined)?.map((w) => w.resources)).toEqual([[COACH_CHUNK]]);
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...SITE_MATCHES].sort());
    // One content script per fixed-host site, each on its own hosts (Mastodon's is registered at run time).
    expect(m.content_scripts?.map((c) => [...c.matches].sort()).sort()).toEqual(Object.values(SITE_MATCHES_BY_SITE).map((ms) => [...ms].sort()).sort());
    expect(m.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
    // The file options registers on a user's Mastodon server is in the build.
    expect(existsSync(join(b.dir, MASTODON_CONTENT_SCRIPT)), MASTODON_CONTENT_SCRIPT).toBe(true);
    for (const key of ['externally_connectable']) expect(m[key], key).toBeUndefined();
    if (b.name.startsWith('firefox')) {
      expect(m.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
      expect(m.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    }
  });
}

test("the background's content-script rule, on the built manifest's content-script matches", () => {
  const m = JSON.parse(readFileSync(join(extensionDir(), 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[] }> };
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const self = { id, base: `chrome-extension://${id}/` };
  const patterns = m.content_scripts.flatMap((c) => c.matches);
  expect(patterns.length).toBeGreaterThan(0);
  for (const pattern of patterns) {
    // A page the content script runs on: its messages are the content script's.
    const url = pattern.replace('*://', 'https://').replace(/\*$/, 'home');
    expect(senderKind({ id, tab: { id: 1 }, url }, self), url).toBe('content-script');
  }
  // The extension's own pages, even opened in a tab, are not content scripts.
  expect(senderKind({ id, tab: { id: 1 }, url: `${self.base}journal.html` }, self)).toBe('extension-page');
  expect(senderKind({ id, url: `${self.base}popup.html` }, self)).toBe('extension-page');
});
