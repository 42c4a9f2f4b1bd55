// The journal page in the real browser (built extension, Chromium, real
// IndexedDB) at 10,000 and 100,000 entries. Printed for `npm run bench`,
// never asserted. Everything is timed inside the page with performance.now()
// from navigation start:
// - ready: the first frame painted with count, first rows, chart and balance
//   all on screen; the options page (which does no journal work) is timed the
//   same way (its first frame with the rules table) in the same run,
//   alternating, as the reference;
// - search / filter: from the input event (its own timestamp; or the change
//   of a select) to the first frame painted with the new count and rows,
//   any typing pause of the page included;
// "Painted" is the end of the frame that first shows it: a task posted from
// that frame's requestAnimationFrame runs once the frame is drawn.
// - the service worker's JavaScript heap with the journal open and searched;
// - importing the file through the page (progress bar; one transaction).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { generateExport } from '../scripts/bench-journal';
import { expect, test } from '../test/e2e/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 7); // more on a busy machine: the medians steady
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const spread = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

declare global {
  interface Window { __ready?: number; __afterPaint?: (done: (at: number) => void) => void }
}

/** Installed before any page script: `__afterPaint(fn)` calls fn with the time the next frame has been drawn. */
function helpers(page: Page) {
  return page.addInitScript(() => {
    window.__afterPaint = (done) => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now());
      ch.port2.postMessage(0);
    });
  });
}

/** Installed before any page script: records when the frame in which `ready()` first holds is painted, in performance.now() time. */
async function watchReady(page: Page, kind: 'journal' | 'options') {
  await helpers(page);
  return page.addInitScript((k) => {
    const ready = () =>
      k === 'journal'
        ? /of [\d,]+ entries\./.test(document.querySelector('.entries-section .count')?.textContent ?? '')
          && document.querySelectorAll('ol.entries > li').length > 0
          && document.querySelector('svg.weekly-chart') !== null
          && document.querySelector('.glance .balance') !== null
        : document.querySelector('table.rules tbody tr') !== null;
    let seen = false;
    const check = () => {
      if (!seen && ready()) {
        seen = true;
        window.__afterPaint?.((at) => { window.__ready = at; });
      }
      return seen;
    };
    const start = () => {
      if (check()) return;
      const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
      obs.observe(document, { subtree: true, childList: true, characterData: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }, kind);
}

async function readyTime(page: Page, url: string): Promise<number> {
  await page.bringToFront(); // a page in the background gets no frames (requestAnimationFrame waits)
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__ready as number);
}

/**
 * Watches the count line until it reads `expected` (checked on every change after the input), then records when that
 * frame is painted in `__answered`. One watcher at a time.
 */
async function watchAnswer(page: Page, expected: string) {
  await page.evaluate((want) => {
    const w = window as unknown as { __answered?: number; __inputAt?: number; __watch?: MutationObserver };
    w.__answered = undefined;
    w.__watch?.disconnect();
    const count = document.querySelector('.entries-section .count') as HTMLElement;
    let seen = false;
    const obs = new MutationObserver(() => {
      if (seen || count.textContent !== want) return;
      seen = true;
      obs.disconnect();
      w.__afterPaint?.((at) => { w.__answered = at; });
    });
    obs.observe(count, { subtree: true, childList: true, characterData: true });
    w.__watch = obs;
  }, expected);
}

/** The count line the page shows for a filter (asked of the worker directly), so an earlier answer does not count. */
async function countLineFor(page: Page, filter: { text?: string; site?: string }): Promise<string> {
  const total = await page.evaluate(async (f) => {
    const res = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { total: number } }> } } })
      .chrome.runtime.sendMessage({ type: 'communis:journal', method: 'listEntries', args: [{ ...f, limit: 0 }] }));
    return res.value.total;
  }, filter);
  const filtered = Boolean(filter.text || filter.site);
  const n = total.toLocaleString('en');
  if (total === 0) return filtered ? 'No entries match your search and filters.' : 'No entries yet.';
  if (total <= 50) return `${n} ${total === 1 ? 'entry' : 'entries'}${filtered ? ' match' : ''}.`;
  return `Showing 1–50 of ${n} entries${filtered ? ' that match' : ''}.`;
}

/**
 * Enters `text` in the search box (one input event, as a last keystroke or a paste) and returns the ms from that
 * event (its timeStamp) to the painted frame showing its count and rows. (Typed key by key, an earlier prefix often
 * has the same count and rows, so its answer could not be told from the final one.)
 */
async function timeSearch(page: Page, text: string): Promise<number> {
  await watchAnswer(page, await countLineFor(page, { text }));
  await page.evaluate(() => {
    const w = window as unknown as { __inputAt?: number; __listening?: boolean };
    w.__inputAt = undefined;
    if (w.__listening) return;
    w.__listening = true;
    document.getElementById('entry-search')?.addEventListener('input', (e) => { w.__inputAt = e.timeStamp; }, { capture: true });
  });
  await page.getByLabel('Search').fill(text);
  await page.waitForFunction(() => (window as unknown as { __answered?: number }).__answered !== undefined, null, { timeout: 30_000 }).catch(async (e: unknown) => {
    const shown = await page.locator('.entries-section .count').textContent();
    throw new Error(`search "${text}": the page shows "${shown}" (${String(e)})`);
  });
  return page.evaluate(() => {
    const w = window as unknown as { __inputAt: number; __answered: number };
    return w.__answered - w.__inputAt;
  });
}

/** Changes the site filter and returns the ms from the change event to the painted frame showing its count. */
async function timeFilter(page: Page, site: string): Promise<number> {
  await watchAnswer(page, await countLineFor(page, { site }));
  const changedAt = await page.evaluate((value) => {
    const select = document.getElementById('filter-site') as HTMLSelectElement;
    select.value = value;
    const e = new Event('change', { bubbles: true });
    select.dispatchEvent(e);
    return e.timeStamp;
  }, site);
  await page.waitForFunction(() => (window as unknown as { __answered?: number }).__answered !== undefined, null, { timeout: 30_000 });
  return (await page.evaluate(() => (window as unknown as { __answered: number }).__answered)) - changedAt;
}

/** The service worker's JavaScript heap, through the DevTools protocol (performance.memory does not exist in workers). */
async function workerHeapMb(context: BrowserContext, page: Page): Promise<string> {
  try {
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) return 'n/a (no worker target)';
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    const replies = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
      if (e.sessionId === sessionId && m.id !== undefined) replies.get(m.id)?.(m);
    });
    let next = 1;
    const call = async (method: string) => {
      const id = next++;
      const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) => replies.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      const m = await reply;
      if (m.error) throw new Error(`${method}: ${JSON.stringify(m.error)}`);
      return m.result;
    };
    // Collect garbage first (the import and the index build leave plenty), then measure what the worker keeps.
    await call('HeapProfiler.enable');
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const answer = call('Runtime.getHeapUsage') as Promise<{ usedSize: number; totalSize: number }>;
    const { usedSize, totalSize } = await answer;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return `${(usedSize / 1024 / 1024).toFixed(1)} MB used (${(totalSize / 1024 / 1024).toFixed(1)} MB allocated)`;
  } catch (e) {
    return `n/a (${e instanceof Error ? e.message : String(e)})`;
  }
}

for (const [entries, people] of [[10_000, 500], [100_000, 5_000]] as const) {
  test(`journal page with ${entries.toLocaleString('en')} entries`, async ({ context, extensionId }) => {
    test.setTimeout(600_000);
    const dir = mkdtempSync(join(tmpdir(), 'communis-bench-'));
    const file = join(dir, `journal-${entries}.json`);
    writeFileSync(file, JSON.stringify(generateExport(entries, people), null, 2));
    const label = entries.toLocaleString('en');
    const lines: string[] = [];
    try {
      const journalUrl = `chrome-extension://${extensionId}/journal.html`;
      const optionsUrl = `chrome-extension://${extensionId}/options.html`;
      const page = await context.newPage();
      await page.goto(journalUrl);
      let t = Date.now();
      await page.getByLabel('Import JSON').setInputFiles(file);
      await expect(page.getByText(/Import finished/)).toBeVisible({ timeout: 300_000 });
      lines.push(`import ${label} entries (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB file) through the page: ${Date.now() - t} ms`);

      const journalPage = await context.newPage();
      await watchReady(journalPage, 'journal');
      const optionsPage = await context.newPage();
      await watchReady(optionsPage, 'options');
      // The first open after the import: the worker reads people and counts once.
      const firstOpen = (await readyTime(journalPage, journalUrl)) - (await readyTime(optionsPage, optionsUrl));
      // Once shown, the page has the worker build its search index; measure the steady state after that.
      const t0 = Date.now();
      await journalPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome.runtime.sendMessage({ type: 'communis:journal', method: 'prepareSearch', args: [] }));
      const indexMs = Date.now() - t0;
      const journal: number[] = [], options: number[] = [], diff: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const o = await readyTime(optionsPage, optionsUrl);
        const j = await readyTime(journalPage, journalUrl);
        options.push(o);
        journal.push(j);
        diff.push(j - o);
      }
      lines.push(`options page ready (reference; first frame painted with the rules table): ${spread(options)}`);
      lines.push(`journal page ready (first frame painted with count, first rows, chart, balance): ${spread(journal)}`);
      lines.push(`journal page after the reference: ${spread(diff)}   (bar: ${entries === 10_000 ? 30 : 100} ms; first open after the import: ${firstOpen.toFixed(0)} ms)`);
      lines.push(`search index built in the worker after the page showed: ${indexMs} ms`);
      await expect(journalPage.getByText(new RegExp(`of ${label} entries\\.`))).toBeVisible();

      // Search: the page builds its search index once it shows; the first search may wait for it.
      await journalPage.bringToFront();
      const first = await timeSearch(journalPage, 'zq');
      await journalPage.getByLabel('Search').fill('');
      await expect(journalPage.getByText(new RegExp(`of ${label} entries\\.`))).toBeVisible();
      const searches: number[] = [];
      for (const q of ['pricing', 'grace', 'intro', 'hopper', 'deck', 'tests', 'book']) {
        searches.push(await timeSearch(journalPage, q));
        await journalPage.getByLabel('Search').fill('');
        await expect(journalPage.getByText(new RegExp(`of ${label} entries\\.`))).toBeVisible();
      }
      lines.push(`search, input event to its result painted: ${spread(searches)}   (bar: ${entries === 10_000 ? 100 : 150} ms; first search: ${first.toFixed(0)} ms)`);
      const filters: number[] = [];
      for (const site of ['linkedin', 'x', 'facebook', '', 'linkedin', 'x', '']) filters.push(await timeFilter(journalPage, site));
      lines.push(`filter by site, change to its result painted: ${spread(filters)}`);
      lines.push(`service worker JS heap with the journal open and searched: ${await workerHeapMb(context, journalPage)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`\nJournal page (built extension, Chromium, real IndexedDB, ${label} entries, ${RUNS} runs)\n${lines.join('\n')}`);
  });
}
