// Paths shared by the Playwright config, globalSetup and the harness.

import { resolve } from 'node:path';

/** Where `npm run build` writes the extension. */
export const BUILT_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Set by globalSetup to a snapshot of the built extension taken when the run
 *  started, so a rebuild during the run cannot pull files from under the tests. */
export const SNAPSHOT_ENV = 'COMMUNIS_E2E_EXTENSION_DIR';

/** The extension the tests load: the run's snapshot, or the build output. */
export function extensionDir(): string {
  return process.env[SNAPSHOT_ENV] ?? BUILT_EXTENSION_DIR;
}

/** Debian's Chromium (Playwright cannot download browsers here). */
export const CHROMIUM = process.env.COMMUNIS_CHROMIUM ?? '/usr/bin/chromium';
