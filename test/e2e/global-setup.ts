// Playwright globalSetup: snapshots the built extension (so a rebuild during
// the run cannot change it under the tests) and bundles the fixture sites
// (test/fixtures/sites → test/fixtures/sites/dist).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildFixtureSites } from '../fixtures/sites/build';
import { BUILT_EXTENSION_DIR, CHROMIUM, SNAPSHOT_ENV } from './paths';

interface Manifest {
  manifest_version?: number;
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[] }>;
}

/** Files the manifest needs, relative to the extension root. */
async function requiredFiles(dir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.manifest_version !== 3) throw new Error('manifest_version is not 3');
  return [
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
  ];
}

async function snapshotExtension(): Promise<string> {
  const missing = () =>
    new Error(
      `The built extension is missing (${BUILT_EXTENSION_DIR}/manifest.json).\n` +
        'Run `npm run build` first (or `npm test`, which builds before the end-to-end tests).',
    );
  // A build in progress removes and rewrites .output/chrome-mv3: wait for it
  // (only when .output exists at all; otherwise nothing was ever built).
  if (!existsSync(dirname(BUILT_EXTENSION_DIR))) throw missing();
  const deadline = Date.now() + 30_000;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    if (existsSync(join(BUILT_EXTENSION_DIR, 'manifest.json'))) {
      const snapshot = await mkdtemp(join(tmpdir(), 'communis-e2e-ext-'));
      try {
        await cp(BUILT_EXTENSION_DIR, snapshot, { recursive: true });
        const files = await requiredFiles(snapshot);
        const absent = files.filter((f) => !existsSync(join(snapshot, f)));
        if (absent.length === 0) return snapshot;
        lastError = new Error(`snapshot lacks ${absent.join(', ')}`);
      } catch (error) {
        lastError = error;
      }
      await rm(snapshot, { recursive: true, force: true });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (lastError) throw new Error(`Could not take a complete copy of ${BUILT_EXTENSION_DIR}: ${String(lastError)}`);
  throw missing();
}

/**
 * Playwright cannot answer Chrome's permission prompt (microsoft/playwright#32755,
 * ChromeDevTools/devtools-protocol#76), so the copy under test lists the fixture
 * Mastodon server and `scripting` as granted at install. Chrome then resolves the
 * options page's real permissions.request() at once, and the rest of the flow
 * (registerContentScripts, the adapter, removal) runs as shipped. The shipped
 * manifest (checked in test/unit/manifest) has neither.
 */
export const MASTODON_TEST_ORIGIN = 'https://hachyderm.io/*';
async function grantMastodonTestServer(dir: string): Promise<void> {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), 'scripting'];
  manifest.host_permissions = [...(manifest.host_permissions ?? []), MASTODON_TEST_ORIGIN];
  await writeFile(file, JSON.stringify(manifest));
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set COMMUNIS_CHROMIUM).`);
  }
  // Which browser ran is the first thing a failure report needs (Debian upgrades it under us).
  console.log(`End-to-end browser: ${execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim()} (${CHROMIUM})`);
  const snapshot = await snapshotExtension();
  await grantMastodonTestServer(snapshot);
  process.env[SNAPSHOT_ENV] = snapshot;
  await buildFixtureSites();
  return async () => {
    await rm(snapshot, { recursive: true, force: true });
  };
}
