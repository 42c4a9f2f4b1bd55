// The manifest Communis ships, for each target, checked against DESIGN.md
// ("Privacy and permissions"): `storage` and `alarms` (reminders) plus the
// covered sites and nothing else (a Mastodon server only as an optional
// host), `notifications` only as an optional permission (asked for when the
// weekly digest is switched on), a strict extension-page CSP, Firefox's gecko
// settings declaring that no data is collected, and a description naming
// all six networks.
//
// Unit tests run before the build in `npm test`, so this checks what
// wxt.config.ts hands to WXT (the same function the build calls). WXT then
// only adds the entrypoints (background, popup, options, content script);
// `npm run lint:firefox` runs web-ext lint on the real Firefox build.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import config, {
  EXTENSION_PAGES_CSP,
  GECKO_ANDROID_MIN_VERSION,
  GECKO_ID,
  GECKO_MIN_VERSION,
  manifestFor,
} from '../../../wxt.config';
import { COACH_CHUNK } from '../../../src/coach/chunk';
import { MASTODON_OPTIONAL_HOSTS, SITE_MATCHES, SITE_MATCHES_BY_SITE, mastodonMatch } from '../../../src/sites/matches';

const ROOT = resolve(import.meta.dirname, '../../..');

type Env = Pick<ConfigEnv, 'browser' | 'command' | 'manifestVersion' | 'mode'>;

/** The targets that are built and shipped (`npm run build`, `build:firefox`, `zip`). */
const TARGETS: { name: string; env: Env }[] = [
  { name: 'chrome-mv3 (build)', env: { browser: 'chrome', manifestVersion: 3, command: 'build', mode: 'production' } },
  { name: 'firefox-mv3 (build)', env: { browser: 'firefox', manifestVersion: 3, command: 'build', mode: 'production' } },
];

/** Every host the extension may touch at install, and which site it belongs to. */
const ALLOWED_HOSTS: Readonly<Record<string, 'X' | 'Facebook' | 'LinkedIn' | 'Bluesky' | 'Threads'>> = {
  'x.com': 'X',
  'twitter.com': 'X',
  'mobile.x.com': 'X',
  'mobile.twitter.com': 'X',
  'www.facebook.com': 'Facebook',
  'web.facebook.com': 'Facebook',
  'm.facebook.com': 'Facebook',
  'www.linkedin.com': 'LinkedIn',
  'bsky.app': 'Bluesky',
  'www.threads.com': 'Threads',
  'www.threads.net': 'Threads',
};

/** The six networks the coach covers, which the description must name (DESIGN.md). */
const NETWORKS = ['X', 'Facebook', 'LinkedIn', 'Bluesky', 'Mastodon', 'Threads'] as const;

/** Manifest keys that would widen what the extension can do or who can reach it. */
const FORBIDDEN_KEYS = [
  'externally_connectable', // other extensions / web pages messaging us
  'content_scripts', // WXT adds ours from extension/<site>.content.ts (checked below)
  'sandbox',
  'chrome_url_overrides',
  'devtools_page',
  'oauth2',
  'key',
  'update_url',
  'declarative_net_request',
  'side_panel',
  'commands',
] as const;

/** Permissions that must never be required (a non-exhaustive reminder; `storage` and `alarms` are the only ones). */
const NEVER_PERMISSIONS = [
  'tabs', 'activeTab', 'scripting', 'webRequest', 'webRequestBlocking', 'cookies', 'history',
  'downloads', 'clipboardRead', 'clipboardWrite', 'unlimitedStorage', 'notifications',
  'management', 'nativeMessaging', 'declarativeNetRequest', 'identity', '<all_urls>',
];

function manifestOf(env: Env): UserManifest {
  // Call the function the build calls: the default export's `manifest`.
  const fn = config.manifest;
  if (typeof fn !== 'function') throw new Error('wxt.config.ts: manifest must be a function of the target');
  const m = fn(env as ConfigEnv);
  if (m instanceof Promise) throw new Error('wxt.config.ts: manifest function must be synchronous');
  return m;
}

/** "a b; c d" → { a: ['b'], c: ['d'] } (directive names are case-insensitive). */
function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    expect(out.has(name.toLowerCase()), `CSP repeats ${name}`).toBe(false);
    out.set(name.toLowerCase(), values);
  }
  return out;
}

/** CSP source expressions that allow inline code, eval or anything remote. */
function unsafeSources(values: readonly string[]): string[] {
  return values.filter(
    (v) =>
      /^'unsafe-/i.test(v) || // 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes'
      /^'wasm-unsafe-eval'$/i.test(v) ||
      /^'strict-dynamic'$/i.test(v) ||
      v.includes('*') ||
      /^[a-z][a-z0-9+.-]*:/i.test(v) || // scheme or host source: https:, data:, blob:, https://cdn…
      /\./.test(v) || // a bare host: cdn.example.com
      /^'nonce-/i.test(v),
  );
}

function checkCsp(csp: string, { dev }: { dev: boolean }) {
  const d = parseCsp(csp);
  const all = [...d.entries()];
  for (const [name, values] of all) {
    expect(unsafeSources(values), `CSP ${name} allows inline, eval or remote sources`).toEqual([]);
  }
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('form-action')).toEqual(["'none'"]);
  // Production: everything else (connect, img, style, font…) from the extension only.
  if (!dev) expect(d.get('default-src')).toEqual(["'self'"]);
  for (const name of ['connect-src', 'img-src', 'style-src', 'font-src', 'media-src', 'frame-src', 'worker-src']) {
    // Not loosened per directive: default-src covers them.
    expect(d.has(name), `CSP sets ${name}; default-src 'self' already covers it`).toBe(false);
  }
}

describe.each(TARGETS)('manifest for $name', ({ env }) => {
  const m = manifestOf(env);

  it('is what manifestFor() returns (the function tests and build share)', () => {
    expect(m).toEqual(manifestFor(env));
  });

  it.each(NETWORKS)('names %s in its description, within the stores\' 132 characters', (network) => {
    expect(m.description).toMatch(new RegExp(`\\b${network}\\b`));
    expect(m.description!.length).toBeLessThanOrEqual(132);
  });

  it("asks for exactly ['storage', 'alarms']", () => {
    expect(m.permissions).toEqual(['storage', 'alarms']);
    for (const p of NEVER_PERMISSIONS) expect(m.permissions).not.toContain(p);
  });

  it("has exactly ['notifications', 'scripting'] as optional permissions (the weekly digest; a Mastodon server)", () => {
    expect(m.optional_permissions).toEqual(['notifications', 'scripting']);
  });

  it('has host permissions for the covered sites only (Mastodon servers are optional)', () => {
    const hosts = m.host_permissions ?? [];
    expect(hosts).toEqual([...SITE_MATCHES]);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const pattern of hosts) {
      const match = /^\*:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
      expect(match, `${pattern}: must be *://<exact host>/*`).not.toBeNull();
      expect(Object.keys(ALLOWED_HOSTS), `${pattern}: not one of the three sites`).toContain(match![1]);
    }
    expect(new Set(hosts.map((p) => ALLOWED_HOSTS[/^\*:\/\/([^/]+)/.exec(p)![1]!]))).toEqual(
      new Set(['X', 'Facebook', 'LinkedIn', 'Bluesky', 'Threads']),
    );
  });

  it("asks for a Mastodon server's origin and `scripting` only as optional permissions, requested when the user adds it", () => {
    // Browsers only let an extension request origins declared as optional; nothing is granted at install.
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.optional_host_permissions).toEqual([...MASTODON_OPTIONAL_HOSTS]);
    expect(m.optional_permissions).toContain('scripting');
    expect(m.permissions).not.toContain('scripting');
    expect(m.host_permissions).not.toContain('https://*/*');
    // What options requests for one server: that origin only.
    expect(mastodonMatch('hachyderm.io')).toBe('https://hachyderm.io/*');
  });

  it.each(FORBIDDEN_KEYS)('has no %s', (key) => {
    expect(m).not.toHaveProperty(key);
  });

  // Pages could fingerprint or frame web-accessible files: only the coach's
  // on-demand chunk is exposed (a content script's import() needs it), only
  // on the covered sites, and on Chrome only under a per-session random id.
  it('exposes only the coach chunk, to the covered sites and the https pages a Mastodon server may be on', () => {
    expect(m.web_accessible_resources).toEqual([
      {
        resources: [COACH_CHUNK],
        matches: [...SITE_MATCHES, ...MASTODON_OPTIONAL_HOSTS],
        ...(env.browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ]);
  });

  it('has a strict extension-page CSP', () => {
    const csp = m.content_security_policy;
    expect(csp).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    checkCsp(csp!.extension_pages!, { dev: false });
  });

  if (env.browser === 'firefox') {
    it('declares a gecko id, a minimum version and that no data is collected', () => {
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toBe(GECKO_ID);
      expect(gecko?.id).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+$/i);
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      // data_collection_permissions exists from Firefox 140 (desktop) and 142 (Android).
      expect(gecko?.strict_min_version).toBe(GECKO_MIN_VERSION);
      expect(Number.parseFloat(gecko!.strict_min_version!)).toBeGreaterThanOrEqual(140);
      expect(m.browser_specific_settings?.gecko_android?.strict_min_version).toBe(GECKO_ANDROID_MIN_VERSION);
      expect(Number.parseFloat(GECKO_ANDROID_MIN_VERSION)).toBeGreaterThanOrEqual(142);
      expect(gecko).not.toHaveProperty('update_url'); // listed on AMO, not self-hosted
    });
  } else {
    it('has no Firefox-only settings', () => {
      expect(m).not.toHaveProperty('browser_specific_settings');
    });
  }
});

it.each(NETWORKS)('package.json\'s description names %s too', (network) => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { description: string };
  expect(pkg.description).toMatch(new RegExp(`\\b${network}\\b`));
});

describe('dev server manifest (`wxt`)', () => {
  it.each(['chrome', 'firefox'])('%s: keeps the CSP strict, only without default-src', (browser) => {
    const m = manifestOf({ browser, manifestVersion: 3, command: 'serve', mode: 'development' });
    expect(m.permissions).toEqual(['storage', 'alarms']);
    checkCsp(m.content_security_policy!.extension_pages!, { dev: true });
    expect(parseCsp(m.content_security_policy!.extension_pages!).has('default-src')).toBe(false);
  });
});

describe('the CSP checker itself', () => {
  it.each([
    "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "default-src 'self'; script-src 'self' https://cdn.example.com; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "default-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "default-src *; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    "default-src 'self'; script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  ])('rejects %s', (csp) => {
    expect(() => checkCsp(csp, { dev: false })).toThrow();
  });

  it('accepts the shipped policy', () => {
    expect(() => checkCsp(EXTENSION_PAGES_CSP, { dev: false })).not.toThrow();
  });
});

describe('content scripts', () => {
  const FIXED = Object.keys(SITE_MATCHES_BY_SITE) as Array<keyof typeof SITE_MATCHES_BY_SITE>;
  const entry = (site: string) => readFileSync(resolve(ROOT, `extension/${site}.content.ts`), 'utf8');

  it.each(FIXED)('%s: one script with its own matches and its own adapter only', (site) => {
    const source = entry(site);
    expect(source).toContain(`matches: [...SITE_MATCHES_BY_SITE.${site}]`);
    expect(source).toContain(`from '../src/sites/${site}'`);
    expect(source).not.toMatch(/src\/sites\/index/);
  });

  it('together they match exactly the host permissions (both come from SITE_MATCHES_BY_SITE)', () => {
    expect(FIXED.flatMap((site) => [...SITE_MATCHES_BY_SITE[site]]).sort()).toEqual([...SITE_MATCHES].sort());
  });

  it('Mastodon\'s is registered at run time and names no matches (WXT would make them install-time hosts)', () => {
    const source = entry('mastodon');
    expect(source).toContain("registration: 'runtime'");
    expect(source).not.toMatch(/\bmatches\s*:/);
  });

  it.each([...FIXED, 'mastodon'])('%s imports nothing heavy: no engine, no coach UI, no settings schema', (site) => {
    // What these pull in runs on every page load of the covered sites; the
    // coach comes later, in the on-demand chunk, and the engine lives in the background.
    const sources = [entry(site), readFileSync(resolve(ROOT, 'src/coach/watcher-main.ts'), 'utf8')];
    for (const source of sources) {
      const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const path of imports) {
        expect(path, 'the watcher may import types from boot.ts only').not.toMatch(/engine|scoring|coach\/(coach|runtime|view|highlights|offer)|settings\/(schema|store)|journal|preact|sites\/index/);
      }
    }
    expect(sources[1]).toMatch(/import type \{ CoachHandle \} from '\.\/boot'/);
  });
});
