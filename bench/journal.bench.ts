// The journal page in the real browser with 10,000 entries: import, first
// render (list, chart, balance), a search, and paging. Printed for `npm run bench`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateExport } from '../scripts/bench-journal';
import { expect, test } from '../test/e2e/harness';

test('journal page with 10,000 entries', async ({ context, extensionId }) => {
  const dir = mkdtempSync(join(tmpdir(), 'communis-bench-'));
  const file = join(dir, 'journal-10k.json');
  writeFileSync(file, JSON.stringify(generateExport()));
  const lines: string[] = [];
  try {
    const page = await context.newPage();
    const url = `chrome-extension://${extensionId}/journal.html`;
    await page.goto(url);
    let t = Date.now();
    await page.getByLabel('Import JSON').setInputFiles(file);
    await expect(page.getByText(/Import finished/)).toBeVisible({ timeout: 60_000 });
    lines.push(`import 10,000 entries through the page: ${Date.now() - t} ms`);

    const count = page.getByText(/of 10,000 entries\./);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = Date.now();
      await page.goto(url); // a fresh page and a fresh service-worker cache read
      await expect(count).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      loads.push(Date.now() - t);
    }
    lines.push(`open the journal page until list, chart and balance show: ${loads.map((x) => `${x} ms`).join(', ')}`);

    const searches: number[] = [];
    for (const q of ['pricing', 'grace', 'intro']) {
      t = Date.now();
      await page.getByLabel('Search').fill(q);
      await expect(page.getByText(/that match\.|match\./).first()).toBeVisible();
      searches.push(Date.now() - t);
      await page.getByLabel('Search').fill('');
      await expect(count).toBeVisible();
    }
    lines.push(`search (includes the page's 250 ms typing pause): ${searches.map((x) => `${x} ms`).join(', ')}`);

    t = Date.now();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(/Showing 51–100 of 10,000 entries\./)).toBeVisible();
    lines.push(`next page of 50: ${Date.now() - t} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nJournal page (built extension, Chromium, real IndexedDB, 10,000 entries)\n${lines.join('\n')}`);
});
