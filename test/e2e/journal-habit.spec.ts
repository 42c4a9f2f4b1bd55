// The journal as a habit, end to end in the built extension with its real
// IndexedDB: one person across sites (suggested, merged, split), a rhythm set
// on a person's page and from Reach out, the toolbar badge as Reach out's
// count (one digit, its size from Settings), a cancelled big import that
// leaves nothing behind, and the weekly digest (scheduled with alarms once
// the notification permission is granted) naming the people in Reach out.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { generateExport } from '../../scripts/bench-journal';
import { expect, extensionDir, findExtensionId, launchBrowser, routeFixtureSites, test } from './harness';

const V1_FILE = join(import.meta.dirname, '../fixtures/journal/v1-export.json');

function ourWorker(context: BrowserContext): Worker {
  const w = context.serviceWorkers().find((x) => x.url().startsWith('chrome-extension://'));
  if (!w) throw new Error('no service worker');
  return w;
}

type Chrome = {
  action: { getBadgeText(d: object): Promise<string> };
  alarms: { get(n: string): Promise<{ name: string; periodInMinutes?: number; scheduledTime: number } | undefined>; create(n: string, i: object): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  permissions: { contains(p: object): Promise<boolean> };
};

test('merge suggested people, see one history, split them again; set a rhythm; the badge is Reach out\'s count', async ({ context, extensionId }) => {
  test.setTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/journal.html`);
  await page.getByLabel('Import JSON').setInputFiles(V1_FILE);
  await expect(page.getByText(/Import finished: 6 new entries/)).toBeVisible();

  // Nobody has a rhythm yet: Reach out holds the four handles that helped and heard nothing back.
  const badge = () => ourWorker(context).evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
  const reachOut = page.getByRole('list', { name: 'Reach out' });
  await expect.poll(badge).toBe('4');
  await expect(reachOut.getByRole('listitem')).toHaveCount(4);

  const suggestions = page.getByRole('region', { name: 'Same person?' });
  await expect(suggestions).toContainText('Grace Hopper (@grace) on X');
  // The most recently seen of the two leads (LinkedIn), so its name is kept.
  await suggestions.getByRole('button', { name: 'Merge Grace Hopper (@grace) on X (Twitter) into Grace Hopper on LinkedIn' }).click();
  await expect.poll(badge).toBe('3'); // Grace on LinkedIn helped X Grace back: one person, nothing owed

  // The person page: both handles, the whole history.
  await suggestions.getByRole('button', { name: 'Grace Hopper on LinkedIn', exact: true }).first().click();
  const person = page.getByRole('region', { name: 'Grace Hopper' });
  const handles = person.getByRole('list', { name: 'Handles' });
  await expect(handles.getByRole('listitem')).toHaveCount(2);
  await expect(person.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(2);

  // Split LinkedIn off again: nothing is lost.
  await handles.getByRole('button', { name: /Split @grace on X \(Twitter\) off/ }).click();
  await expect(handles.getByRole('listitem')).toHaveCount(1);
  await expect(person.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(1);
  await expect.poll(badge).toBe('4');

  // A rhythm on her page: weekly, and last in touch on 10 March, so she is overdue and joins Reach out.
  await expect(person).toContainText('No rhythm set yet');
  await person.getByLabel('How often to be in touch').selectOption('weekly');
  await expect(person).toContainText(/Overdue since/);
  await expect.poll(badge).toBe('5');
  await person.getByRole('button', { name: /Back to all entries/ }).click();
  await expect(page.getByText(/^6 entries\.$/)).toBeVisible();
  await expect(reachOut.getByRole('listitem').first()).toContainText('Overdue');
  await expect(reachOut.getByRole('listitem').first()).toContainText('Grace Hopper');

  // From Reach out: a rhythm for Ada, then snooze her; the badge follows the list.
  await reachOut.getByRole('combobox', { name: 'Rhythm for Ada Lovelace (@ada)' }).selectOption('yearly');
  await expect(page.getByRole('status').filter({ hasText: 'Rhythm for Ada Lovelace (@ada): yearly.' })).toBeAttached();
  await page.getByRole('button', { name: /^Snooze Ada Lovelace \(@ada\) for 30 days$/ }).first().click();
  await expect.poll(badge).toBe('4');

  // "Done" logs that you reached out to Grace: she leaves the list, and the badge.
  await page.getByRole('button', { name: 'Done: I reached out to Grace Hopper' }).first().click();
  await expect(page.getByText(/^7 entries\.$/)).toBeVisible();
  await expect.poll(badge).toBe('3');

  // Settings: at most 2 in Reach out, so the badge says 2; a bad size is named and changes nothing.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const size = page.getByLabel('People in Reach out (at most)');
  await size.fill('12');
  await size.blur();
  await expect(page.getByRole('alert')).toHaveText('Enter a whole number of people from 1 to 9; Reach out still shows 5.');
  await expect.poll(badge).toBe('3');
  await size.fill('2');
  await size.blur();
  await expect.poll(badge).toBe('2');
});

test('a big import shows its progress while checking and writing and, cancelled in either, leaves nothing behind', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'communis-import-'));
  try {
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(generateExport(30_000, 800)));
    // Checking 30,800 records can end before a click lands; 153,000 take seconds to check,
    // so the cancel surely comes while the file is still being checked.
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, JSON.stringify(generateExport(150_000, 3_000)));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/journal.html`);
    await page.getByLabel('Person').fill('@ada');
    await page.getByRole('button', { name: 'Log help' }).click();
    await expect(page.getByText(/^1 entry\.$/)).toBeVisible();

    // Cancelled while the file is checked: it never reaches the writing.
    await page.evaluate(() => {
      const w = window as unknown as { sawWriting: boolean };
      w.sawWriting = false;
      new MutationObserver(() => { if (document.body.textContent?.includes('Importing:')) w.sawWriting = true; })
        .observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel('Import JSON').setInputFiles(huge);
    await expect(page.getByText(/Checking the file: [\d,]+ of 153,000 people and entries/)).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(page.getByText('Import cancelled; nothing was changed.')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { sawWriting: boolean }).sawWriting)).toBe(false);

    await page.getByLabel('Import JSON').setInputFiles(file);
    const progress = page.locator('progress#import-progress');
    await expect(page.getByText(/Importing: [\d,]+ of 30,000 entries/)).toBeVisible({ timeout: 60_000 });
    await expect(progress).toHaveAttribute('max', '30000');
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await expect(page.getByText('Import cancelled; nothing was changed.')).toBeVisible({ timeout: 30_000 });
    await expect(progress).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(/^1 entry\.$/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'At a glance' })).toContainText('You gave 1 and received 0');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the weekly digest: asked for in Settings, scheduled with alarms, sent as a notification naming the people in Reach out (permission granted in this profile)', async () => {
  test.setTimeout(60_000);
  // A copy of the built extension whose manifest grants `notifications` up front: the test profile has the
  // permission that a user would grant at the prompt (a headless browser cannot click the prompt).
  const dir = mkdtempSync(join(tmpdir(), 'communis-digest-'));
  const ext = join(dir, 'ext');
  cpSync(extensionDir(), ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  manifest.permissions.push('notifications');
  delete manifest.optional_permissions;
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  const context = await launchBrowser({ withExtension: true, extensionDir: ext });
  try {
    await routeFixtureSites(context);
    const id = await findExtensionId(context);
    const chrome = <T,>(fn: (c: Chrome) => Promise<T>) => ourWorker(context).evaluate(`(${fn.toString()})(chrome)`) as Promise<T>;

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${id}/journal.html`);
    await page.getByLabel('Person').fill('@grace');
    await page.getByText('They helped me').click();
    await page.getByRole('button', { name: 'Log help' }).click();
    await expect(page.getByText(/^1 entry\.$/)).toBeVisible();
    // Ada, helped in January, weekly: overdue, and first in Reach out (ahead of Grace, who is owed).
    await page.getByLabel('Person').fill('@ada');
    await page.getByText('I helped them').click();
    await page.getByLabel('Date', { exact: true }).fill('2026-01-05');
    await page.getByRole('button', { name: 'Log help' }).click();
    await expect(page.getByText(/^2 entries\.$/)).toBeVisible();
    await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(
      { type: 'communis:journal', method: 'setRhythm', args: ['x:@ada', 'weekly'] }));
    await page.reload();
    // The list renders after the journal loads: wait for it (a one-shot read right after reload raced it on CI).
    await expect(page.getByRole('list', { name: 'Reach out' }).locator('.person')).toHaveText(['@ada', '@grace']);
    await expect.poll(() => chrome((c) => (c as unknown as { action: { getBadgeText(d: object): Promise<string> } }).action.getBadgeText({}))).toBe('2');

    await page.goto(`chrome-extension://${id}/options.html`);
    expect(await chrome((c) => c.alarms.get('communis-digest'))).toBeUndefined();
    const digest = page.getByRole('checkbox', { name: 'Weekly digest notification' });
    await digest.check();
    await expect(digest).toBeChecked();
    await expect.poll(() => chrome((c) => c.alarms.get('communis-digest').then((a) => a?.periodInMinutes ?? null))).toBe(7 * 24 * 60);
    const when = await chrome((c) => c.alarms.get('communis-digest').then((a) => a?.scheduledTime ?? 0));
    const slot = new Date(when);
    expect([slot.getDay(), slot.getHours(), slot.getMinutes()]).toEqual([1, 9, 0]); // next Monday, 09:00 local
    expect(await chrome((c) => c.alarms.get('communis-badge').then((a) => a?.periodInMinutes ?? null))).toBe(24 * 60);

    // The alarm firing sends the digest (moved to now for the test); its words are kept as they pass to the browser.
    await ourWorker(context).evaluate(() => {
      const g = globalThis as unknown as { chrome: { notifications: { create(...a: unknown[]): Promise<string> } }; sent?: string[] };
      const create = g.chrome.notifications.create.bind(g.chrome.notifications);
      g.sent = [];
      g.chrome.notifications.create = (...a: unknown[]) => { g.sent?.push((a[1] as { message: string }).message); return create(...a); };
    });
    await chrome((c) => c.alarms.create('communis-digest', { when: Date.now() + 100 }));
    await expect.poll(() => chrome((c) => c.notifications.getAll().then((n) => Object.keys(n))), { timeout: 10_000 }).toContain('communis-digest');
    // The same people as Reach out and the badge, in the same order.
    expect(await ourWorker(context).evaluate(() => (globalThis as unknown as { sent?: string[] }).sent)).toEqual([
      'Reach out to @ada (overdue) and @grace (helped you, heard nothing back).',
    ]);

    // Switched off: no more digest alarm.
    await digest.uncheck();
    await expect.poll(() => chrome((c) => c.alarms.get('communis-digest').then((a) => a?.name ?? null))).toBeNull();
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
