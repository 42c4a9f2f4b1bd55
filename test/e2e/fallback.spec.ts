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
