// The coach loads on demand: a page of a covered site without a composer
// only runs the small watcher (content-scripts/<site>.js); the coach
// chunk (coach.js) is imported when a composer appears or a box is focused.
// Which scripts ran is read from the DevTools protocol's script list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { COACH_CHUNK } from '../../src/coach/chunk';
import { expect, extensionDir, test } from './harness';

test.use({ reuseBrowser: true });

/** URLs of every script the page's renderer parsed (isolated worlds included), as they come. */
async function scriptList(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url) urls.push(e.url);
  });
  await cdp.send('Debugger.enable');
  return urls;
}
const isWatcher = (u: string) => u.startsWith('chrome-extension://') && u.endsWith('/content-scripts/x.js');
const isChunk = (u: string) => u.startsWith('chrome-extension://') && u.endsWith(`/${COACH_CHUNK}`);

test('a page without a known composer runs only the watcher; focusing a box loads the coach', async ({ page, context }) => {
  const scripts = await scriptList(context, page);
  // X home with a composer no selector knows: nothing to coach until it is focused.
  await page.goto('https://x.com/home?composer=unknown');
  await expect.poll(() => scripts.some(isWatcher)).toBe(true);
  // The watcher ran at document_idle; give any (wrong) eager load a chance to show.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
  expect(scripts.filter(isChunk)).toEqual([]);
  await expect(page.locator('communis-coach')).toHaveCount(0);

  // The person clicks into the box: the chunk loads and the box that has
  // focus is coached, although its focus event came before the coach existed.
  await page.locator('[data-testid="postComposerInput_0"]').click();
  await expect(page.locator('communis-coach')).toHaveAttribute('data-match', 'fallback');
  expect(scripts.filter(isChunk)).toHaveLength(1);
});

test('a page with a composer loads the coach once, without any focus', async ({ page, context }) => {
  const scripts = await scriptList(context, page);
  await page.goto('https://www.linkedin.com/feed/');
  await expect(page.locator('communis-coach').first()).toHaveAttribute('data-state', /.+/);
  expect(scripts.filter(isChunk)).toHaveLength(1);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('the chunk is invisible to the page: not in its resource timing, not at the extension\'s fixed address', async ({ page, extensionId }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('communis-coach')).toHaveCount(1);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(resources.filter((u) => u.includes(COACH_CHUNK))).toEqual([]);
  // use_dynamic_url: under the extension's id (which would tell a page that
  // Communis is installed) the file cannot be fetched.
  const fetched = await page.evaluate(async (url) => {
    try {
      return (await fetch(url)).status;
    } catch {
      return 'blocked';
    }
  }, `chrome-extension://${extensionId}/${COACH_CHUNK}`);
  expect(fetched).toBe('blocked');
});

test('each site\'s watcher is small and carries neither the engine nor the coach UI, nor another site\'s selectors; the coach chunk carries no engine', () => {
  const dir = join(extensionDir(), 'content-scripts');
  const watchers = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(watchers.sort()).toEqual(['bluesky.js', 'facebook.js', 'linkedin.js', 'mastodon.js', 'threads.js', 'x.js']);
  const chunk = readFileSync(join(extensionDir(), COACH_CHUNK), 'utf8');
  const background = readFileSync(join(extensionDir(), 'background.js'), 'utf8');
  // A selector only each site's adapter has.
  const own: Record<string, string> = {
    'x.js': 'tweetTextarea_', 'facebook.js': 'aria-posinset', 'linkedin.js': 'comment-box',
    'bluesky.js': 'composePostView', 'threads.js': 'data-pressable-container', 'mastodon.js': 'autosuggest-textarea',
  };
  for (const file of watchers) {
    const watcher = readFileSync(join(dir, file), 'utf8');
    expect(gzipSync(watcher).length, file).toBeLessThan(15 * 1024);
    expect(watcher, `${file} has its own site's selectors`).toContain(own[file]);
    for (const [other, marker] of Object.entries(own)) if (other !== file) expect(watcher, `${file} has no ${other} selectors`).not.toContain(marker);
    for (const marker of ['communis-cost', 'Pause coaching here', 'splitSentences', 'compromise: Invalid tag', 'Urgency and scarcity pressure people']) {
      expect(watcher, `${marker} should not be in ${file}`).not.toContain(marker);
    }
  }
  // Strings only the coach view carries: in the chunk.
  for (const marker of ['communis-cost', 'Pause coaching here']) expect(chunk, `${marker} should be in the chunk`).toContain(marker);
  // Strings only the engine carries (its tokenizer, compromise, a rule's message): in the background, not in the chunk.
  for (const marker of ['splitSentences', 'compromise: Invalid tag', 'Urgency and scarcity pressure people']) {
    expect(background, `${marker} should be in the background`).toContain(marker);
    expect(chunk, `${marker} should not be in the coach chunk`).not.toContain(marker);
  }
});
