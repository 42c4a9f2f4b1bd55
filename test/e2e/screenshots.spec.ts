// README screenshots, taken from the built extension by the end-to-end tests
// (so they show what ships): the coach open over a promotional reply on each
// fixture site, the popup, the journal page and the options page, and dark
// variants of the popup and the journal. Written to docs/screenshots/ on
// every run (PNG). Fixed viewports, a fixed clock on the extension pages and
// a seeded journal keep them the same from run to run.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import {
  PROMO_REPLY,
  SITE_REPLY_CASES,
  coachOn,
  composer,
  gotoExtensionPage,
  openPopupFor,
  preparePage,
  seedJournal,
  type ColorScheme,
} from './ui-states';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/**
 * Screenshot of the smallest box holding all `parts`, plus a margin, in page
 * coordinates; kept within `frame` left and right when given (so the clip
 * does not catch the edge of a neighbouring column).
 */
async function shootAround(page: Page, file: string, parts: Locator[], opts: { margin?: number; marginBottom?: number; frame?: Locator } = {}): Promise<void> {
  const margin = opts.margin ?? 12;
  const marginBottom = opts.marginBottom ?? margin;
  await parts[0]?.scrollIntoViewIfNeeded();
  const boxOf = async (l: Locator) => {
    const b = await l.boundingBox();
    if (!b) throw new Error(`${String(l)} has no box`);
    return b;
  };
  const boxes = await Promise.all(parts.map(boxOf));
  const frame = opts.frame ? await boxOf(opts.frame) : null;
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const size = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
  let left = Math.min(...boxes.map((b) => b.x)) - margin;
  let right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
  if (frame) {
    // Inside the frame by a pixel: a neighbour's underline may reach its edge.
    left = Math.max(left, Math.ceil(frame.x) + 1);
    right = Math.min(right, Math.floor(frame.x + frame.width) - 1);
  }
  const x = Math.max(0, Math.floor(left + scroll.x));
  const y = Math.max(0, Math.floor(Math.min(...boxes.map((b) => b.y)) - margin + scroll.y));
  const width = Math.min(size.w, Math.ceil(right + scroll.x)) - x;
  const height = Math.min(size.h, Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)) + marginBottom + scroll.y)) - y;
  await page.screenshot({ path: file, fullPage: true, clip: { x, y, width, height }, animations: 'disabled' });
}

// Seeding the journal through its form and starting a browser per test take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

// ---------------------------------------------------------------- the coach on each site

/** What is shown around the open coach on each site: the post being answered and the composer's own buttons. */
const AROUND: Record<keyof typeof SITE_REPLY_CASES, (page: Page) => { parts: Locator[]; frame?: Locator }> = {
  x: (page) => ({
    parts: [page.locator('[data-testid="primaryColumn"] article[data-testid="tweet"]').first(), page.locator('[data-testid="tweetButtonInline"]')],
    frame: page.locator('[data-testid="primaryColumn"]'),
  }),
  facebook: (page) => ({ parts: [page.locator('[role="article"][data-fixture-post="p1"]')] }),
  linkedin: (page) => ({ parts: [page.locator('.feed-shared-update-v2[data-urn]').filter({ hasText: 'Hiring two engineers' })] }),
};

for (const site of ['x', 'facebook', 'linkedin'] as const) {
  test(`${site}.png: the coach open over a promotional reply`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await preparePage(page);
    const { host, panel, pill } = await coachOn(page, composer(SITE_REPLY_CASES[site]), PROMO_REPLY);
    await expect(pill).toHaveAccessibleName(/score \d+ of 100/);
    await expect(panel.getByRole('listitem').first()).toBeVisible();
    // The panel is open: move the pointer away from it and let the fade finish.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const file = join(OUT, `${site}.png`);
    const around = AROUND[site](page);
    await shootAround(page, file, [...around.parts, host], { frame: around.frame });
    const { width, height } = pngSize(file);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(200);
  });
}

// ---------------------------------------------------------------- the extension's pages

for (const scheme of ['light', 'dark'] as const satisfies readonly ColorScheme[]) {
  const suffix = scheme === 'dark' ? '-dark' : '';

  test(`popup${suffix}.png: the popup on an X tab with a draft and a few journal entries`, async ({ page, context, extensionId }) => {
    if (!extensionId) throw new Error('extension not loaded');
    await seedJournal(page, extensionId, { colorScheme: scheme });
    const site = await context.newPage();
    await coachOn(site, composer(SITE_REPLY_CASES.x), PROMO_REPLY, false);
    const popup = await openPopupFor(context, extensionId, 'https://twitter.com/*', { colorScheme: scheme });
    // A toolbar popup is as wide as its content (340 px).
    await popup.setViewportSize({ width: 340, height: 600 });
    await expect(popup.getByText(/^Score \d+ of 100/)).toBeVisible();
    await expect(popup.getByRole('list', { name: 'Latest entries' }).getByRole('listitem')).toHaveCount(3);
    const file = join(OUT, `popup${suffix}.png`);
    await popup.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    expect(pngSize(file).width).toBe(340);
  });

  test(`journal${suffix}.png: the journal page with a few entries`, async ({ page, extensionId }) => {
    if (!extensionId) throw new Error('extension not loaded');
    await page.setViewportSize({ width: 1100, height: 900 });
    await seedJournal(page, extensionId, { colorScheme: scheme });
    // Start over from a fresh load, as a person opening the journal sees it.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    await expect(page.locator('ol.entries > li')).toHaveCount(7);
    await page.mouse.move(0, 0);
    const file = join(OUT, `journal${suffix}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    expect(pngSize(file).width).toBe(1100);
  });
}

test('docs/reach-out.png: Reach out, with people overdue, due and owed', async ({ page, extensionId }) => {
  if (!extensionId) throw new Error('extension not loaded');
  await page.setViewportSize({ width: 1000, height: 900 });
  await seedJournal(page, extensionId);
  // Rhythms as a person would choose them (sent as the page sends them): Katherine monthly, Margaret and X Grace weekly.
  for (const [id, rhythm] of [['facebook:katherine johnson', 'monthly'], ['x:@margaret', 'weekly'], ['x:@grace', 'weekly']] as const) {
    await page.evaluate(([personId, r]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(
      { type: 'communis:journal', method: 'setRhythm', args: [personId, r, '2025-06-01T00:00:00.000Z'] }), [id, rhythm]);
  }
  await page.reload();
  const list = page.getByRole('list', { name: 'Reach out' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list.getByText('Overdue').first()).toBeVisible();
  await page.mouse.move(0, 0);
  const file = join(OUT, '..', 'reach-out.png');
  await shootAround(page, file, [page.locator('#reach-out-heading'), list], { margin: 10, frame: page.locator('section.glance') });
  expect(pngSize(file).width).toBeGreaterThan(600);
});

test('options.png: the options page', async ({ page, extensionId }) => {
  if (!extensionId) throw new Error('extension not loaded');
  await page.setViewportSize({ width: 1000, height: 1000 });
  await gotoExtensionPage(page, extensionId, 'options.html');
  const file = join(OUT, 'options.png');
  // The switches, the auto-log choice and the first rules (the table goes on with every rule).
  const main = page.getByRole('main');
  await shootAround(page, file, [page.getByRole('heading', { level: 1 }), page.locator('table.rules tbody tr').nth(5)], { margin: 24, marginBottom: 1, frame: main });
  expect(pngSize(file).width).toBeGreaterThan(600);
});
