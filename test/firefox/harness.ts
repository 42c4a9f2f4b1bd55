// Firefox end to end: Debian's firefox-esr driven by puppeteer-core over
// WebDriver BiDi, with the built Firefox add-on (.output/firefox-mv3)
// installed as a temporary add-on, on the same fixture pages as the Chromium
// tests, served at the real sites' URLs by request interception. Every
// request the pages make is recorded; anything but a fixture page or its
// bundle is aborted and fails the test.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIXTURE_ASSET_PREFIX, FIXTURE_DIST, type FixtureSiteName } from '../fixtures/sites/build';

export const FIREFOX = process.env.COMMUNIS_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** Fixed moz-extension:// host, so the tests can open the options page. */
export const EXTENSION_UUID = '5b7c1f7e-0c0f-4c39-9d6e-3c0a1f1e2d3c';
const GECKO_ID = 'communis@communis.app';

const HOSTS: Readonly<Record<string, FixtureSiteName>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

export interface Recorded {
  url: string;
  type: string;
  violation: string | null;
}

/** Why a request must not happen, or null: only fixture documents and their bundles are expected. */
export function violationOf(url: string, type: string): string | null {
  const u = new URL(url);
  if (['moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return null;
  if (!Object.hasOwn(HOSTS, u.hostname)) return `non-fixture host ${u.hostname}`;
  if (type === 'document' || u.pathname.startsWith(FIXTURE_ASSET_PREFIX) || u.pathname === '/favicon.ico') return null;
  return `unexpected ${type} request on a fixture host`;
}

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install firefox-esr, or set COMMUNIS_FIREFOX).`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // No background traffic of Firefox's own in the record.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return browser;
}

async function fulfil(request: HTTPRequest, site: FixtureSiteName): Promise<void> {
  const url = new URL(request.url());
  if (url.pathname.startsWith(FIXTURE_ASSET_PREFIX)) {
    const name = url.pathname.slice(FIXTURE_ASSET_PREFIX.length);
    if (!/^[a-z]+\.js(\.map)?$/.test(name)) return request.respond({ status: 404, body: '' });
    return request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: await readFile(join(FIXTURE_DIST, name)) });
  }
  if (request.isNavigationRequest()) {
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(join(FIXTURE_DIST, `${site}.html`)) });
  }
  return request.respond({ status: 404, body: '' });
}

/** A new tab whose requests are recorded into `log` and answered from the fixture pages. */
export async function fixturePage(browser: Browser, log: Recorded[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // resourceType() is CDP-only; over BiDi a navigation is what tells a document apart.
    const type = request.isNavigationRequest() ? 'document' : 'other';
    log.push({ url, type, violation: violationOf(url, type) });
    const u = new URL(url);
    const site = HOSTS[u.hostname];
    // A request still pending when its tab closes is gone by the time it is answered: ignore that.
    const gone = () => {};
    // Local schemes never reach the network.
    if (['moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) return void request.continue().catch(gone);
    if (site && u.protocol === 'https:') return void fulfil(request, site).catch(gone);
    return void request.abort('blockedbyclient').catch(gone);
  });
  return page;
}
