// A box no selector recognises still gets a coach when focused (a redesign
// degrades the coach, it does not remove it); excluded places never do.
import { scoreDraft } from '../../src/engine/index';
import { expect, test, typeHuman } from './harness';

test.use({ reuseBrowser: true });

const PROMO = 'Excited to announce our new app! Sign up today, link in bio.';

const CASES = [
  { name: 'X home composer with an unknown test id', url: 'https://x.com/home?composer=unknown', kind: 'post', replyTo: null },
  { name: "X reply box with an unknown test id on Grace's post", url: 'https://twitter.com/grace/status/1002?composer=unknown', kind: 'reply', replyTo: '@grace' },
] as const;

for (const c of CASES) {
  test(`fallback: ${c.name} is coached once focused`, async ({ page }) => {
    await page.goto(c.url);
    const editor = page.locator('[data-testid="postComposerInput_0"]');
    await expect(editor).toBeVisible();
    // No selector knows it: no coach until the person clicks into it.
    await expect(page.locator('communis-coach')).toHaveCount(0);
    await typeHuman(page, editor, PROMO);
    const expected = scoreDraft(PROMO, { site: 'x', kind: c.kind, replyTo: c.replyTo ?? undefined });
    const host = page.locator('communis-coach');
    await expect(host).toHaveAttribute('data-match', 'fallback');
    await expect(host).toHaveAttribute('data-kind', c.kind);
    await expect(host).toHaveAttribute('data-score', String(expected.score));
    await expect(host).toHaveAttribute('data-highlights', String(expected.findings.length));
    if (c.replyTo) await expect(host).toHaveAttribute('data-reply-to', c.replyTo);
    // It is next to the box, never inside it.
    expect(await editor.evaluate((el) => el.querySelector('communis-coach') === null)).toBe(true);
  });
}

test('recognised boxes say data-match="adapter"', async ({ page }) => {
  await page.goto('https://x.com/home');
  await expect(page.locator('communis-coach')).toHaveAttribute('data-match', 'adapter');
});

const EXCLUDED = [
  { name: 'LinkedIn messaging box', url: 'https://www.linkedin.com/feed/', box: '.msg-form__contenteditable' },
  { name: 'Facebook Messenger chat (same Lexical markup as comment boxes)', url: 'https://www.facebook.com/', box: '[data-fixture="chat"] [data-lexical-editor="true"]' },
];

for (const c of EXCLUDED) {
  test(`excluded: the ${c.name} is never coached`, async ({ page }) => {
    await page.goto(c.url);
    const box = page.locator(c.box);
    // The page's other composers are coached (the content script runs)…
    await expect(page.locator('communis-coach').first()).toBeAttached();
    // …and coaches mount synchronously on load or on focus, so by the time the
    // typing is done one would be there.
    await typeHuman(page, box, PROMO);
    const coached = await box.evaluate((el) =>
      Array.from(document.querySelectorAll('communis-coach')).some((h) => h.previousElementSibling?.contains(el)),
    );
    expect(coached).toBe(false);
  });
}

test.describe('popup', () => {
  test.use({ reuseBrowser: false });

  test('counts coached boxes and copies a layout report of a fallback box: structure, no text', async ({ page, context, extensionId }) => {
    await page.goto('https://twitter.com/grace/status/1002?composer=unknown');
    const editor = page.locator('[data-testid="postComposerInput_0"]');
    await typeHuman(page, editor, PROMO);
    await expect(page.locator('communis-coach')).toHaveAttribute('data-match', 'fallback');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // A toolbar popup belongs to the active tab: make the X tab active again, then reload the popup.
    await popup.evaluate(async () => {
      type Tabs = { query(q: object): Promise<Array<{ id?: number }>>; update(id: number, p: object): Promise<unknown> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const [tab] = await tabs.query({ url: 'https://twitter.com/*' });
      if (tab?.id) await tabs.update(tab.id, { active: true });
    });
    await popup.reload();
    await expect(popup.getByText('1 box is coached on this tab.')).toBeVisible();
    // Keep a copy of what goes to the clipboard (reading it back needs a permission
    // Chromium cannot grant to extension origins); the real writeText still runs.
    await popup.evaluate(() => {
      const clip = navigator.clipboard;
      const write = clip.writeText.bind(clip);
      clip.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await popup.getByRole('button', { name: 'Copy a layout report' }).click();
    await expect(popup.getByRole('region', { name: 'Boxes on this page' }).getByRole('status')).toContainText('Copied');
    const report = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(report).toContain('coached by: fallback');
    expect(report).toContain('contenteditable="true"');
    for (const secret of ['grace', 'Grace', 'Hopper', 'forgiveness', '1002', 'status', PROMO.slice(0, 12)]) expect(report).not.toContain(secret);
  });
});

test('what the page can see of Communis: its hosts, one highlight style, highlight ranges, no performance entries', async ({ page }) => {
  await page.goto('https://x.com/home');
  const editor = page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await typeHuman(page, editor, PROMO);
  await expect(page.locator('communis-coach')).toHaveAttribute('data-state', 'scored');
  const seen = await page.evaluate(() => ({
    hosts: document.querySelectorAll('communis-coach').length,
    styles: Array.from(document.querySelectorAll('style[data-communis]')).map((s) => (s as HTMLElement).dataset.communis),
    entries: performance.getEntries().filter((e) => /communis/i.test(e.name)).map((e) => e.name),
    others: Array.from(document.querySelectorAll('*')).filter((el) => /^communis-/.test(el.localName) && el.localName !== 'communis-coach').length,
  }));
  expect(seen).toEqual({ hosts: 1, styles: ['highlights'], entries: [], others: 0 });
});
