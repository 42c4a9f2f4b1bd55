// Drafts are scored by the extension's background, not in the page (issue
// 14): the page's renderer never parses the engine, and a service worker
// that Chrome has stopped (it does so after ~30 s idle) is woken by the next
// score, which then arrives as before.
import { scoreDraft } from '../../src/engine/index';
import { COMPOSERS, expect, openComposer, test, typeHuman } from './harness';

const home = COMPOSERS.find((c) => c.id === 'x/home-inline')!;
// Mild enough to stay above 0, so more pitch still moves it.
const PROMO = 'Excited to announce our new app for teachers.';
// More pitch, so the score must change (warm words after a pitch earn nothing,
// so a friendly sentence would leave the score as it was and prove nothing).
const MORE = ' Sign up today, link in bio.';

test('the page never runs the engine; the background scores, and wakes again after Chrome stops it', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (e.url.startsWith('chrome-extension://')) scripts.push(e.url.replace(/^chrome-extension:\/\/[^/]+/, ''));
  });
  await cdp.send('Debugger.enable');

  const editor = await openComposer(page, home);
  await typeHuman(page, editor, PROMO);
  const host = page.locator('communis-coach');
  const expected = (text: string) => String(scoreDraft(text, { site: 'x', kind: 'post' }).score);
  await expect(host).toHaveAttribute('data-score', expected(PROMO));
  await expect(host).toHaveAttribute('data-highlights', /^[1-9]/);
  // The page's renderer parsed the watcher and the coach, nothing of the background's.
  expect([...new Set(scripts)].sort()).toEqual(['/coach.js', '/content-scripts/x.js']);

  // Stop the extension's service worker, as Chrome does when it is idle.
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses, { timeout: 10_000 }).toContain('stopped');

  expect(expected(PROMO + MORE)).not.toBe(expected(PROMO));
  await typeHuman(page, editor, MORE);
  await expect(host).toHaveAttribute('data-score', expected(PROMO + MORE));
  await expect(host).toHaveAttribute('data-state', 'scored');
  // That score was answered by a worker started again after the stop.
  expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
});
