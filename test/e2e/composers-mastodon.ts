// Mastodon composers on the fixture (test/fixtures/sites/mastodon), served at
// https://hachyderm.io/, a server the user adds in options: the compose
// column's textarea (React-controlled, with a character counter) and the same
// form while replying (reply indicator with the account answered). Post with
// the button or Ctrl/Cmd+Enter; the form is cleared.
//
// Before the page is used, `ready` adds hachyderm.io in the extension's options
// (the real flow: permission request + registerContentScripts) unless it is
// registered already, and reloads the page so the registered script runs.
import { expect, type Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

export const MASTODON_SERVER = 'hachyderm.io';

/** Adds the fixture server through the options page when the extension is loaded and it is not registered yet. */
export async function ensureMastodonServer(page: Page): Promise<void> {
  const context = page.context();
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return; // launched without the extension
  const registered = await worker.evaluate(async () => {
    const scripting = (globalThis as unknown as { chrome: { scripting?: { getRegisteredContentScripts(): Promise<unknown[]> } } }).chrome.scripting;
    return scripting ? (await scripting.getRegisteredContentScripts()).length : 0;
  });
  if (registered > 0) return;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.getByRole('textbox', { name: 'Mastodon server' }).fill(MASTODON_SERVER);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('button', { name: `Remove ${MASTODON_SERVER}` })).toBeVisible();
  await options.close();
  await page.reload();
}

const base = {
  site: 'mastodon', editor: 'textarea', newlineKey: 'Enter', postWays: ['button', 'Mod+Enter'], afterPost: 'cleared',
  url: `https://${MASTODON_SERVER}/home`,
  editorLocator: (page: Page) => page.locator('form.compose-form textarea.autosuggest-textarea__textarea'),
  button: (page: Page) => page.locator('.compose-form__submit button[type="submit"]'),
  posted: (page: Page, text: string) => exactText(page.locator('[data-fixture="status-text"]'), text),
} as const;

export const MASTODON_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'mastodon/compose', kind: 'post', markup: 'mastodon--compose', replyTo: null, fixtureComposer: 'compose',
    title: 'Mastodon (hachyderm.io): compose column textarea with its character counter',
    ready: ensureMastodonServer, open: async () => {},
  }),
  composerCase({
    ...base, id: 'mastodon/publish', kind: 'post', url: `https://${MASTODON_SERVER}/publish`, markup: 'mastodon--publish', replyTo: null, fixtureComposer: 'compose',
    title: 'Mastodon (hachyderm.io): single-column layout, the /publish page (the compose form alone)',
    ready: ensureMastodonServer, open: async () => {},
  }),
  composerCase({
    ...base, id: 'mastodon/reply', kind: 'reply', markup: 'mastodon--reply', replyTo: { name: 'Grace Hopper', handle: '@grace@mastodon.social' }, fixtureComposer: 'reply:111',
    title: "Mastodon (hachyderm.io): reply to Grace Hopper's status (reply indicator with @grace@mastodon.social)",
    ready: ensureMastodonServer,
    open: (page) => page.locator('[data-fixture-status="111"] button[aria-label="Reply"]').click(),
  }),
];
