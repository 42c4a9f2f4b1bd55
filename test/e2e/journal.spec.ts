// The journal end to end, in the built extension with its real IndexedDB:
// post a reply on a fixture page → accept "Log as help" → the entry shows in
// the popup and the journal page → export → delete all → import → identical;
// and the data survives closing the popup and restarting the browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { COMPOSERS, expect, openComposer, openPopupFor, startBrowser, test, typeHuman } from './harness';


/** Posts a reply on a composer case and accepts the offer to log it. */
async function replyAndLog(page: Page, caseId: string, text: string, who: string) {
  const c = COMPOSERS.find((x) => x.id === caseId);
  if (!c) throw new Error(`no fixture case ${caseId}`);
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, text, { newlineKey: c.newlineKey });
  await c.submit(page);
  await expect(c.posted(page, text)).toBeVisible();
  const offer = page.locator('communis-offer');
  const accept = offer.getByRole('button', { name: `Log as help to ${who}` });
  await expect(accept).toBeVisible();
  await accept.click();
  await expect(offer.getByText(`Logged as help to ${who} in your journal.`)).toBeVisible();
}

test('post a reply → log it → popup and journal page → export → delete all → import → identical', async ({ page, context, extensionId, network }) => {
  test.setTimeout(90_000);
  if (!extensionId) throw new Error('extension not loaded');
  await replyAndLog(page, 'x/status-reply-direct', 'Thank you Grace, this saved my week. How did you find it?', '@grace');
  await replyAndLog(page, 'facebook/comment', 'Congratulations on the launch, it looks great!', 'Grace Hopper');

  const popup = await openPopupFor(context, extensionId, 'https://www.facebook.com/*');
  const latest = popup.getByRole('list', { name: 'Latest entries' });
  await expect(latest.getByRole('listitem')).toHaveCount(2);
  await expect(latest).toContainText('You helped @grace');
  await expect(latest).toContainText('You helped Grace Hopper');
  await expect(popup.getByText(/This week you gave\s*2\s*and received\s*0/)).toBeVisible();
  await popup.close();

  const journal = await context.newPage();
  await journal.goto(`chrome-extension://${extensionId}/journal.html`);
  await expect(journal.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(journal.getByText('@grace').first()).toBeVisible();
  await expect(journal.getByText('Grace Hopper').first()).toBeVisible();

  const [download] = await Promise.all([journal.waitForEvent('download'), journal.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as { format: string; people: unknown[]; entries: unknown[] };
  expect(exported.format).toBe('communis-journal');
  expect(exported.entries).toHaveLength(2);

  await journal.getByRole('button', { name: 'Delete all journal data' }).click();
  const confirm = journal.getByRole('button', { name: /Yes, delete/ });
  await confirm.click();
  await expect(journal.getByText('@grace')).toHaveCount(0);

  await journal.getByLabel('Import JSON').setInputFiles((await download.path()) ?? '');
  await expect(journal.getByText(/2 (new )?entries/).first()).toBeVisible();
  const [again] = await Promise.all([journal.waitForEvent('download'), journal.getByRole('button', { name: 'Export JSON' }).click()]);
  const reimported = JSON.parse(readFileSync((await again.path()) ?? '', 'utf8')) as typeof exported;
  expect({ ...reimported, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });

  // The whole session (typing, posting, logging, popup, journal, export,
  // import) made requests only to the fixture pages: nothing left the machine.
  const hosts = new Set(network.requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).hostname));
  expect(hosts.size).toBeGreaterThan(0); // the log did record the session
  for (const host of hosts) expect(['twitter.com', 'www.facebook.com']).toContain(host);
  expect(network.violations).toEqual([]);
});

test('a broken import changes nothing and says what is wrong', async ({ context, extensionId }) => {
  const journal = await context.newPage();
  await journal.goto(`chrome-extension://${extensionId}/journal.html`);
  const person = journal.getByLabel('Person');
  await person.fill('@ada');
  await journal.getByRole('button', { name: 'Log help' }).click();
  await expect(journal.getByText('@ada').first()).toBeVisible();
  await journal.getByLabel('Import JSON').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"communis-journal","version":1,"entries":[') });
  await expect(journal.getByRole('alert')).toContainText(/JSON/);
  await journal.reload();
  await expect(journal.getByText('@ada').first()).toBeVisible();
});

test('the journal survives closing the popup and restarting the browser', async () => {
  test.setTimeout(60_000);
  const profile = mkdtempSync(join(tmpdir(), 'communis-profile-'));
  try {
    let b = await startBrowser(true, profile);
    let page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.getByLabel('Person').fill('Grace Hopper');
    await page.getByRole('button', { name: 'Log help' }).click();
    await expect(page.getByRole('list', { name: 'Latest entries' })).toContainText('Grace Hopper');
    await page.close(); // closing the popup
    page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await expect(page.getByRole('list', { name: 'Latest entries' })).toContainText('Grace Hopper');
    // Restarting the browser with the same profile; its network log, from before it started, shows nothing of ours.
    expect(await b.close()).toEqual([]);
    b = await startBrowser(true, profile);
    page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(`chrome-extension://${b.extensionId}/journal.html`);
    await expect(page.getByText('Grace Hopper').first()).toBeVisible();
    expect(await b.close()).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
