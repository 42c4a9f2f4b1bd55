// The saved markup the adapter unit tests read (test/fixtures/markup/*.html)
// comes from the fixture pages, which mirror outside evidence: each page is
// opened here without the extension and every adapter selector must match it
// exactly as often as it matches the saved copy. `UPDATE_MARKUP=1 npx
// playwright test markup` re-saves the copies from the fixture pages.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS } from '../../src/sites/index';
import { COMPOSERS, expect, test } from './harness';

const MARKUP_DIR = join(process.cwd(), 'test/fixtures/markup');
const pages = [...new Map(COMPOSERS.map((c) => [c.markup, c])).values()];

test.use({ withExtension: false, reuseBrowser: true });

for (const c of pages) {
  test(`${c.markup}.html is ${c.url} after opening ${c.id}`, async ({ page }) => {
    await page.goto(c.url);
    await c.open(page);
    await expect(c.editorLocator(page)).toBeVisible();
    const file = join(MARKUP_DIR, `${c.markup}.html`);
    if (process.env.UPDATE_MARKUP) {
      // Test hooks are dropped: adapters must not rely on them.
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('script, style, #fixture-controls').forEach((el) => el.remove());
        return `<!doctype html>\n${copy.outerHTML}\n`;
      });
      writeFileSync(file, html);
    }
    const saved = readFileSync(file, 'utf8');
    const selectors = ADAPTERS.find((a) => a.id === c.site)!.selectors;
    const css = Object.values(selectors).flat().map((s) => s.css);
    const live = await page.evaluate((list) => list.map((s) => document.querySelectorAll(s).length), css);
    const stored = await page.evaluate(
      ({ html, list }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return list.map((s) => doc.querySelectorAll(s).length);
      },
      { html: saved, list: css },
    );
    expect(Object.fromEntries(css.map((s, i) => [s, stored[i]]))).toEqual(Object.fromEntries(css.map((s, i) => [s, live[i]])));
  });
}
