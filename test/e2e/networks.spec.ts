// Bluesky, Threads and Mastodon beyond the composer table: their switches in
// options and the popup, Mastodon's server added and removed through options
// (the permission request and the content script registered for exactly that
// origin, and the coach gone from open tabs when the server is removed),
// Mastodon's character counter with the coach present, logging a
// Bluesky reply as help, and the content script's size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { MASTODON_CONTENT_SCRIPT } from '../../src/sites/matches';
import { MASTODON_SERVER } from './composers-mastodon';
import { COMPOSERS, expect, extensionDir, openComposer, openPopupFor, test, typeHuman } from './harness';

const find = (id: string) => {
  const c = COMPOSERS.find((x) => x.id === id);
  if (!c) throw new Error(`no fixture case ${id}`);
  return c;
};

async function registeredScripts(context: BrowserContext) {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  return worker.evaluate(async () => {
    type Script = { id: string; matches?: string[]; js?: string[] };
    const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Script[]> } } }).chrome;
    return (await scripting.getRegisteredContentScripts()).map(({ id, matches, js }) => ({ id, matches, js }));
  });
}


test('options list a switch for each network, named "Bluesky", "Mastodon" and "Threads"; Bluesky switches off live', async ({ page, context, extensionId }) => {
  const c = find('bluesky/reply');
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, 'Thank you for this, what made you try it?');
  const hosts = () => page.locator('communis-coach').count();
  await expect.poll(hosts).toBe(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  for (const name of ['Bluesky', 'Mastodon', 'Threads']) {
    await expect(options.getByRole('switch', { name, exact: true })).toHaveAttribute('aria-checked', 'true');
  }
  const bluesky = options.getByRole('switch', { name: 'Bluesky', exact: true });
  await bluesky.click();
  await expect(bluesky).toHaveAttribute('aria-checked', 'false');
  await expect.poll(hosts, { timeout: 1000 }).toBe(0);
  await bluesky.click();
  await expect.poll(hosts, { timeout: 1000 }).toBe(1);
  await options.close();
});

for (const [id, name, url] of [
  ['bluesky/compose', 'Bluesky', 'https://bsky.app/*'],
  ['threads/compose', 'Threads', 'https://www.threads.com/*'],
  ['mastodon/compose', 'Mastodon', `https://${MASTODON_SERVER}/*`],
] as const) {
  test(`the popup on ${name} shows the "${name}" switch and the draft's score`, async ({ page, context, extensionId }) => {
    const c = find(id);
    const editor = await openComposer(page, c);
    await typeHuman(page, editor, 'Excited to announce our new app! Sign up today, link in bio.');
    await expect(page.locator('communis-coach[data-state="scored"]')).toHaveCount(1);
    await editor.click(); // the focused draft is the one the popup asks for
    const popup = await openPopupFor(context, extensionId!, url);
    await expect(popup.getByRole('switch', { name, exact: true })).toHaveAttribute('aria-checked', 'true');
    await expect(popup.getByText(/Score \d+ of 100/)).toBeVisible();
    await popup.close();
  });
}

test('Mastodon: adding the server registers the coach for that origin only; removing it undoes that', async ({ page, context, extensionId }) => {
  test.setTimeout(60_000);
  const c = find('mastodon/compose');
  // Before: nothing registered, no coach on the server.
  expect(await registeredScripts(context)).toEqual([]);
  await page.goto(c.url);
  await expect(c.editorLocator(page)).toBeVisible();
  await expect(page.locator('communis-coach')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const input = options.getByRole('textbox', { name: 'Mastodon server' });
  // A bad name asks for nothing.
  await input.fill('not a server');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('region', { name: /Mastodon/ }).getByRole('status')).toHaveText('"not a server" is not a server name like hachyderm.io.');
  expect(await registeredScripts(context)).toEqual([]);
  // The real thing: "https://hachyderm.io/home" is reduced to the host.
  await input.fill(`https://${MASTODON_SERVER}/home`);
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('region', { name: /Mastodon/ }).getByRole('status')).toHaveText(`Communis now coaches you on ${MASTODON_SERVER}. Reload its open tabs to start.`);
  await expect(options.getByRole('list', { name: 'Your Mastodon servers' }).getByRole('listitem')).toHaveText([`${MASTODON_SERVER} Remove`]);
  // Mastodon's own watcher (not in the manifest), and nothing else.
  expect(await registeredScripts(context)).toEqual([
    { id: `communis-mastodon-${MASTODON_SERVER}`, matches: [`https://${MASTODON_SERVER}/*`], js: [MASTODON_CONTENT_SCRIPT] },
  ]);

  await page.reload();
  await typeHuman(page, c.editorLocator(page), 'Thank you for this, what made you try it?');
  await expect(page.locator('communis-coach[data-site="mastodon"][data-state="scored"]')).toHaveCount(1);

  await options.getByRole('button', { name: `Remove ${MASTODON_SERVER}` }).click();
  await expect(options.getByRole('region', { name: /Mastodon/ }).getByRole('status')).toHaveText(`${MASTODON_SERVER} removed; Communis no longer runs there.`);
  expect(await registeredScripts(context)).toEqual([]);
  await page.reload();
  await expect(c.editorLocator(page)).toBeVisible();
  await typeHuman(page, c.editorLocator(page), 'Still here?');
  await page.waitForTimeout(400); // a coach would have mounted and scored by now
  await expect(page.locator('communis-coach')).toHaveCount(0);
  await options.close();
});

test('Mastodon: removing the server stops the coach live in tabs already open, as the switch does, without a reload', async ({ page, context, extensionId }) => {
  test.setTimeout(60_000);
  const c = find('mastodon/compose');
  const editor = await openComposer(page, c); // adds the server in options first
  await typeHuman(page, editor, 'Thank you for this, what made you try it?');
  await expect(page.locator('communis-coach[data-site="mastodon"][data-state="scored"]')).toHaveCount(1);
  // A second tab of the server, its coach mounted on the empty compose form.
  const idle = await context.newPage();
  await idle.goto(c.url);
  await expect(idle.locator('communis-coach[data-site="mastodon"]')).toHaveCount(1);
  // Marks that survive only as long as the pages are not reloaded.
  for (const p of [page, idle]) await p.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: `Remove ${MASTODON_SERVER}` }).click();
  await expect(options.getByRole('region', { name: /Mastodon/ }).getByRole('status')).toHaveText(`${MASTODON_SERVER} removed; Communis no longer runs there.`);
  // Within a second, as for the site switches; typing brings nothing back.
  for (const p of [page, idle]) await expect.poll(() => p.locator('communis-coach').count(), { timeout: 1000 }).toBe(0);
  await typeHuman(idle, c.editorLocator(idle), 'Still here?');
  await idle.waitForTimeout(400); // a coach would have mounted and scored by now
  await expect(idle.locator('communis-coach')).toHaveCount(0);
  for (const p of [page, idle]) expect(await p.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(editor).toHaveValue('Thank you for this, what made you try it?');
  await options.close();
  await idle.close();
});

test("Mastodon's character counter keeps counting with the coach, and posting resets it", async ({ page }) => {
  const c = find('mastodon/reply');
  const editor = await openComposer(page, c);
  const counter = page.locator('.character-counter');
  await expect(counter).toHaveText('500');
  const text = 'Thank you Grace! 🎉 What would you want to know first?';
  await typeHuman(page, editor, text);
  await expect(page.locator('communis-coach[data-site="mastodon"][data-kind="reply"][data-state="scored"]')).toHaveCount(1);
  await expect(counter).toHaveText(String(500 - [...text].length));
  await page.keyboard.press('Backspace');
  await expect(counter).toHaveText(String(500 - [...text].length + 1));
  await c.submit(page);
  await expect(counter).toHaveText('500');
  await expect(page.locator('communis-offer').getByRole('button', { name: 'Log as help to @grace@mastodon.social' })).toBeVisible();
});

test('a Bluesky reply can be logged as help and shows in the popup', async ({ page, context, extensionId }) => {
  const c = find('bluesky/reply');
  const editor = await openComposer(page, c);
  const text = 'Thank you Grace, this helped. What stack do you use?';
  await typeHuman(page, editor, text);
  await c.submit(page);
  await expect(c.posted(page, text)).toBeVisible();
  const offer = page.locator('communis-offer');
  await offer.getByRole('button', { name: 'Log as help to Grace Hopper' }).click();
  await expect(offer.getByText('Logged as help to Grace Hopper in your journal.')).toBeVisible();
  const popup = await openPopupFor(context, extensionId!, 'https://bsky.app/*');
  await expect(popup.getByRole('list', { name: 'Latest entries' })).toContainText('You helped Grace Hopper');
  await popup.close();
});

test('each content script (a page runs one: its site\'s) stays within 100 KB gzipped', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir(), 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const files = [...manifest.content_scripts.flatMap((s) => s.js), MASTODON_CONTENT_SCRIPT];
  expect(files).toHaveLength(6);
  for (const f of files) expect(gzipSync(readFileSync(join(extensionDir(), f))).length, f).toBeLessThanOrEqual(100 * 1024);
});
