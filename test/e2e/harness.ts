// End-to-end harness: the built extension in Debian's Chromium, on fixture
// pages served at the real sites' URLs (X, Facebook and LinkedIn are not
// reachable from test machines).
//
//   import { test, expect, typeHuman, editorText, COMPOSERS } from './harness';
//   test('…', async ({ page, extensionId, network }) => { … });
//   test.use({ withExtension: false });   // same pages, no extension
//
// Every request the browser context makes is recorded in `network.requests`;
// a request to any host other than the fixture hosts, or any request the
// fixture pages do not make themselves (so the extension made it), fails the
// test when it ends (see violationOf); foreign requests are aborted so nothing
// leaves the machine.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  expect,
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Route,
} from '@playwright/test';
import { CHROMIUM, extensionDir } from './paths';
import { FIXTURE_ASSET_PREFIX, FIXTURE_DIST, type FixtureSiteName } from '../fixtures/sites/build';

export { expect };
export * from './composers';

export { CHROMIUM, extensionDir };

/** Hosts served from the fixture pages; everything else is a violation. */
export const FIXTURE_HOSTS: Readonly<Record<string, FixtureSiteName>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'mobile.twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
  'bsky.app': 'bluesky',
  'www.threads.com': 'threads',
  'www.threads.net': 'threads',
  // A Mastodon server the user adds in options (the content script is registered for it at run time).
  'hachyderm.io': 'mastodon',
};

/** Hosts that send every page on to another host, as the real ones do (www.threads.net answers 301). */
export const REDIRECT_HOSTS: Readonly<Record<string, string>> = { 'www.threads.net': 'www.threads.com' };

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Page URL (or service worker URL) the request came from, when known. */
  from: string;
  /** Why this request is a violation, or null when it is expected. */
  violation?: string | null;
}

export interface NetworkLog {
  /** Every request the context made, in order (extension pages and its service worker included). */
  readonly requests: RecordedRequest[];
  /** Requests that should not happen (see `violationOf`). The test fails if non-empty when it ends. */
  readonly violations: RecordedRequest[];
  /** Requests for a given host, e.g. `network.forHost('x.com')`. */
  forHost(host: string): RecordedRequest[];
  /** Throws with the list of violations, if any. Called automatically after each test. */
  assertNoForeignRequests(): void;
}

/**
 * Why a request must not happen, or null when it is fine:
 * - any http(s)/ws(s) request to a host that is not a fixture host;
 * - any http(s) request made by the extension itself (service worker or
 *   extension pages): the extension makes no network requests at all;
 * - on a fixture host, anything but the page's document, its fixture bundle
 *   and favicon.ico: the fixture pages make no other requests, so another one
 *   (an API call, a beacon, an image) came from the content script.
 * chrome-extension://, data:, blob: and about: URLs never leave the machine.
 */
export function violationOf(r: Pick<RecordedRequest, 'url' | 'from' | 'resourceType'>): string | null {
  let url: URL;
  try {
    url = new URL(r.url);
  } catch {
    return 'unparsable URL';
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return null;
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return `scheme ${url.protocol}`;
  if (!Object.hasOwn(FIXTURE_HOSTS, url.hostname)) return `non-fixture host ${url.hostname}`;
  if (r.from.startsWith('chrome-extension://')) return 'request made by the extension';
  if (r.resourceType === 'document') return null;
  if (url.pathname.startsWith(FIXTURE_ASSET_PREFIX) || url.pathname === '/favicon.ico') return null;
  return `unexpected ${r.resourceType} request on a fixture host (the fixture pages make none)`;
}

function createNetworkLog(): RecordingLog {
  const requests: RecordedRequest[] = [];
  const violations: RecordedRequest[] = [];
  const log: RecordingLog = {
    requests,
    violations,
    record(r) {
      const violation = r.violation ?? violationOf(r);
      requests.push({ ...r, violation });
      if (violation) violations.push({ ...r, violation });
    },
    forHost: (host) => requests.filter((r) => URL.canParse(r.url) && new URL(r.url).hostname === host),
    assertNoForeignRequests() {
      if (violations.length) {
        const lines = violations.map((v) => `  ${v.method} ${v.url} (${v.resourceType}, from ${v.from}): ${v.violation}`);
        throw new Error(`Requests that must not happen:\n${lines.join('\n')}`);
      }
    },
  };
  return log;
}

async function fulfilFixture(route: Route, site: FixtureSiteName): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.pathname.startsWith(FIXTURE_ASSET_PREFIX)) {
    const name = url.pathname.slice(FIXTURE_ASSET_PREFIX.length);
    if (!/^[a-z]+\.js(\.map)?$/.test(name)) return route.fulfill({ status: 404, body: 'no such fixture asset' });
    const body = await readFile(join(FIXTURE_DIST, name));
    return route.fulfill({
      status: 200,
      body,
      contentType: name.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8',
    });
  }
  const redirect = REDIRECT_HOSTS[url.hostname];
  if (redirect && request.resourceType() === 'document') {
    // Chromium does not follow a 301 fulfilled by a route (the request goes to
    // the network instead), so the redirect is a refresh to the same URL on the new host.
    url.hostname = redirect;
    const to = url.href.replace(/[&"<>]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta http-equiv="refresh" content="0;url=${to}"><link rel="icon" href="data:,"><title>Redirecting</title>` });
  }
  if (request.resourceType() === 'document') {
    const body = await readFile(join(FIXTURE_DIST, `${site}.html`));
    return route.fulfill({ status: 200, body, contentType: 'text/html; charset=utf-8' });
  }
  // favicon.ico, API calls and the like: the fixtures have none.
  return route.fulfill({ status: 404, body: '' });
}

/** Routes the fixture hosts to the bundled pages and aborts every other http(s) request. */
export async function routeFixtureSites(context: BrowserContext): Promise<void> {
  if (!existsSync(join(FIXTURE_DIST, 'x.html'))) {
    throw new Error(`Fixture sites are not built in ${FIXTURE_DIST}; run through playwright (globalSetup builds them).`);
  }
  await context.route(
    () => true,
    async (route) => {
      const url = new URL(route.request().url());
      // The extension's own pages and their scripts load from the extension, untouched.
      if (url.protocol === 'chrome-extension:') return route.continue();
      const site = FIXTURE_HOSTS[url.hostname];
      if (site && (url.protocol === 'https:' || url.protocol === 'http:')) return fulfilFixture(route, site);
      return route.abort('blockedbyclient');
    },
  );
}

export interface LaunchOptions {
  withExtension: boolean;
  extensionDir?: string;
  /** Profile folder; '' (default) is a fresh temporary profile. Reuse one to restart "the same browser". */
  userDataDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

export async function launchBrowser(opts: LaunchOptions): Promise<BrowserContext> {
  const ext = opts.extensionDir ?? extensionDir();
  if (opts.withExtension && !existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ...(opts.withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
    ...(opts.args ?? []),
  ];
  return chromium.launchPersistentContext(opts.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
}

/** Waits for the extension's service worker and returns the extension id. */
export async function findExtensionId(context: BrowserContext, timeout = 10_000): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout });
  }
  return new URL(worker.url()).host;
}

/**
 * Chromium's own network log, written from before the browser starts until it
 * closes (`--log-net-log`): service-worker start-up and WebSockets included,
 * which the context's request events can miss. The fixture routes answer every
 * expected request before it reaches the network stack, so any request in the
 * log made by the extension (initiator chrome-extension://) or by a fixture
 * page and its content script (initiator a fixture origin) got past the route:
 * a violation. Requests Chromium makes for itself (initiator "not an origin",
 * e.g. its clock and account checks) are not ours and are left out.
 */
export function netLogViolations(file: string): RecordedRequest[] {
  if (!existsSync(file)) throw new Error(`no network log at ${file}`);
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
  };
  const types = new Set(['URL_REQUEST_START_JOB', 'WEBSOCKET_SEND_REQUEST_HEADERS', 'CORS_REQUEST'].map((n) => log.constants.logEventTypes[n]));
  const fixtureOrigins = new Set(Object.keys(FIXTURE_HOSTS).flatMap((h) => [`https://${h}`, `http://${h}`]));
  const found: RecordedRequest[] = [];
  for (const e of log.events) {
    const url = e.params?.url;
    const initiator = e.params?.initiator;
    if (!types.has(e.type) || !url || !initiator || !/^(https?|wss?):/.test(url)) continue;
    if (initiator.startsWith('chrome-extension://') || fixtureOrigins.has(initiator)) {
      found.push({ url, method: 'GET', resourceType: 'netlog', from: initiator, violation: `reached the network (initiator ${initiator})` });
    }
  }
  return found;
}

/** A launched browser: its context, the extension id, and where its requests are recorded. */
export interface LaunchedBrowser {
  context: BrowserContext;
  /** null when launched without the extension. */
  extensionId: string | null;
  /** Sends the context's requests to `log` (or buffers them until a log is attached, when null). */
  recordInto(log: NetworkLog | null): void;
  /** Closes the browser and returns what its network log shows got past the routes (see netLogViolations). */
  close(): Promise<RecordedRequest[]>;
}

type RecordingLog = NetworkLog & { record(r: RecordedRequest): void };

/** Launches Chromium, starts recording every request, routes the fixture hosts and waits for the extension. */
export async function startBrowser(withExtension: boolean, userDataDir?: string): Promise<LaunchedBrowser> {
  const netLogDir = mkdtempSync(join(tmpdir(), 'communis-netlog-'));
  const netLog = join(netLogDir, 'netlog.json');
  const context = await launchBrowser({ withExtension, userDataDir, args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
  let current: RecordingLog | null = null;
  const pending: RecordedRequest[] = [];
  const record = (r: RecordedRequest) => (current ? current.record(r) : pending.push(r));
  context.on('request', (r) => {
    let from: string;
    try {
      from = r.frame().url();
    } catch {
      from = r.serviceWorker()?.url() ?? 'service worker';
    }
    record({ url: r.url(), method: r.method(), resourceType: r.resourceType(), from });
  });
  const watchSockets = (p: Page) =>
    p.on('websocket', (ws) => record({ url: ws.url(), method: 'WEBSOCKET', resourceType: 'websocket', from: p.url() }));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  await routeFixtureSites(context);
  const extensionId = withExtension ? await findExtensionId(context) : null;
  return {
    context,
    extensionId,
    recordInto(log) {
      current = log as RecordingLog | null;
      if (current) for (const r of pending.splice(0)) current.record(r);
    },
    async close() {
      await context.close();
      try {
        return netLogViolations(netLog);
      } finally {
        rmSync(netLogDir, { recursive: true, force: true });
      }
    },
  };
}

interface HarnessTestOptions {
  /** Launch with the built extension (default) or without it, for differential
   *  tests: `test.use({ withExtension: false })`. */
  withExtension: boolean;
  /** false (default): a fresh browser and profile per test, nothing carries
   *  over. true: one browser per worker, a new page per test — faster, for
   *  tests that do not change extension state (settings, journal, storage). */
  reuseBrowser: boolean;
  /** With `reuseBrowser`: which of the worker's shared browsers ('' by
   *  default). Tests with the same key share one; another key gets a browser
   *  of its own, e.g. one whose journal a spec seeds once and only reads. */
  browserKey: string;
}

interface HarnessWorkerFixtures {
  /** Browsers shared by the tests of a worker that use `reuseBrowser`, one per `withExtension` value (and `browserKey`). */
  sharedBrowser: { get(withExtension: boolean, key?: string): Promise<LaunchedBrowser> };
}

interface HarnessFixtures {
  launched: LaunchedBrowser;
  context: BrowserContext;
  page: Page;
  /** The extension id (from its service worker URL); null when launched without the extension. */
  extensionId: string | null;
  /** Every request of this test; foreign hosts fail the test when it ends. */
  network: NetworkLog;
}

export const test = base.extend<HarnessTestOptions & HarnessFixtures, HarnessWorkerFixtures>({
  withExtension: [true, { option: true }],
  reuseBrowser: [false, { option: true }],
  browserKey: ['', { option: true }],

  sharedBrowser: [
    async ({}, use) => {
      const launched = new Map<string, Promise<LaunchedBrowser>>();
      await use({
        get(withExtension, key = '') {
          const id = `${withExtension}:${key}`;
          let b = launched.get(id);
          if (!b) launched.set(id, (b = startBrowser(withExtension)));
          return b;
        },
      });
      const leaks = (await Promise.all([...launched.values()].map(async (b) => (await b).close()))).flat();
      if (leaks.length) throw new Error(`Network log of a shared browser:\n${leaks.map((v) => `  ${v.url}: ${v.violation}`).join('\n')}`);
    },
    { scope: 'worker' },
  ],

  network: async ({}, use) => {
    await use(createNetworkLog());
  },

  launched: async ({ reuseBrowser, browserKey, withExtension, sharedBrowser, network }, use) => {
    const launched = reuseBrowser ? await sharedBrowser.get(withExtension, browserKey) : await startBrowser(withExtension);
    launched.recordInto(network);
    await use(launched);
    if (reuseBrowser) {
      // Keep the first (blank, never handed out) page so the browser stays up; close the test's pages.
      const [, ...used] = launched.context.pages();
      await Promise.all(used.map((p) => p.close()));
    } else {
      for (const v of await launched.close()) (network as RecordingLog).record(v);
    }
    launched.recordInto(null);
    network.assertNoForeignRequests();
  },

  context: async ({ launched }, use) => {
    await use(launched.context);
  },

  extensionId: async ({ launched }, use) => {
    await use(launched.extensionId);
  },

  page: async ({ launched, reuseBrowser }, use) => {
    const { context } = launched;
    // A shared browser gives each test a page of its own (no listeners or history carried over).
    await use(reuseBrowser ? await context.newPage() : (context.pages()[0] ?? (await context.newPage())));
  },
});

// ---------------------------------------------------------------- helpers

export interface TypeOptions {
  /** ms between key presses (default 0: still one real key event per character). */
  delay?: number;
  /** Put the caret at the end of existing text first (default true). */
  append?: boolean;
  /** Key pressed for each "\n" in `text` (default Enter; use the case's
   *  `newlineKey`, as Facebook comment boxes submit on Enter). */
  newlineKey?: string;
}

/**
 * Types `text` into the editor with real key presses (keydown/keypress/
 * beforeinput/input per character, `newlineKey` for "\n"), after focusing it
 * with a real click, like a person would.
 */
export async function typeHuman(page: Page, editor: Locator, text: string, opts: TypeOptions = {}): Promise<void> {
  const delay = opts.delay ?? 0;
  await editor.click();
  if (opts.append ?? true) await page.keyboard.press('Control+End');
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press(opts.newlineKey ?? 'Enter', { delay });
    if (line) await page.keyboard.type(line, { delay });
  }
}

/**
 * The editor's own model text (Draft getPlainText, Lexical root text, Quill
 * getText without its final newline, TipTap text with "\n" between blocks,
 * textarea value), read through the fixture page's `window.__fixture`.
 */
export async function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => {
    const fromFixture = (window as unknown as { __fixture?: { textOf(e: Element): string | null } }).__fixture?.textOf(el);
    if (fromFixture != null) return fromFixture;
    if (el instanceof HTMLTextAreaElement) return el.value;
    return (el as HTMLElement).innerText;
  });
}

/** Everything the fixture page recorded as posted/submitted, in order. */
export async function postedTexts(page: Page): Promise<Array<{ composer: string; text: string }>> {
  return page.evaluate(() => window.__fixture.posts.map(({ composer, text }) => ({ composer, text })));
}

/** Ctrl+Z and Ctrl+Shift+Z: the bindings every fixture editor (and the real sites) use on Linux. */
export const UNDO = 'Control+z';
export const REDO = 'Control+Shift+z';

/** Opens the toolbar popup for the tab showing `siteUrl` (a popup belongs to the active tab). */
export async function openPopupFor(context: BrowserContext, extensionId: string, siteUrl: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // A toolbar popup belongs to the active tab: make the site's tab active again, then reload the popup.
  await popup.evaluate(async (url) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>>; update(id: number, p: object): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ url });
    if (tab?.id) await tabs.update(tab.id, { active: true });
  }, siteUrl);
  await popup.reload();
  return popup;
}
