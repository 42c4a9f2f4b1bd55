// The live coach on every fixture composer: the built extension in Chromium,
// real key presses, real editors (see harness.ts and composers.ts).
import type { Locator, Page } from '@playwright/test';
import { scoreDraft } from '../../src/engine/index';
import { ADD_COMPOSER, COMPOSERS, REMOVE_COMPOSER, SITE_PAGES, editorText, expect, openComposer, startBrowser, test, typeHuman } from './harness';
import { coachDataOf } from './ui-states';

test.use({ reuseBrowser: true });

const hostOf = coachDataOf;

const DRAFTS = {
  promotional: 'Excited to announce our new app! Sign up today, link in bio.',
};

// "Coaches a promotional draft" on every composer (the engine's score and
// band, site, kind, person, highlights) runs in a11y.spec.ts's keyboard test of
// the same composer, on its page load and typed draft (see expectCoached in
// ui-states.ts). A human-first draft is scored on every composer in posting.spec.ts.

test('the coach panel opens with the keyboard and lists findings and nudges', async ({ page }) => {
  const c = COMPOSERS.find((x) => x.id === 'x/home-inline');
  if (!c) throw new Error('fixture case missing');
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, DRAFTS.promotional);
  const pill = page.locator('communis-coach').first().getByRole('button', { name: /Communis coach: score/ });
  await expect(pill).toBeVisible();
  await pill.focus();
  await page.keyboard.press('Enter');
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('communis-coach').first().getByRole('region', { name: 'Communis coaching' });
  // The words show in the finding and, quoted, in its nudge.
  await expect(panel.locator('q', { hasText: 'Sign up today' }).first()).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: '“Sign up today' }).first()).toBeVisible();
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pill).toHaveAttribute('aria-expanded', 'false');
  await expect(pill).toBeFocused();
});

for (const p of SITE_PAGES) {
  test(`${p.site}: composers that come get a coach, composers that go lose it`, async ({ page }) => {
    await page.goto(p.url);
    const count = () =>
      page.evaluate(
        (sel) => ({
          editors: document.querySelectorAll(sel).length,
          hosts: document.querySelectorAll('communis-coach').length,
        }),
        p.anyEditor,
      );
    await expect.poll(count).toEqual(expect.objectContaining({ hosts: (await count()).editors }));
    const before = (await count()).hosts;
    await page.locator(REMOVE_COMPOSER).click();
    await expect.poll(count).toEqual({ editors: before - 1, hosts: before - 1 });
    await page.locator(ADD_COMPOSER).click();
    await expect.poll(async () => (await count()).hosts).toBe((await count()).editors);
  });
}

test.describe('per-site switches', () => {
  // Its own browser: switching a site off must not leak into other tests.
  test.use({ reuseBrowser: false });
test('the options switch turns a site off and on live, without a reload', async ({ page, context, extensionId }) => {
  await page.goto('https://x.com/home');
  const hosts = () => page.locator('communis-coach').count();
  await expect.poll(hosts).toBeGreaterThan(0);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const xSwitch = options.getByRole('switch', { name: 'X (Twitter)' });
  await expect(xSwitch).toHaveAttribute('aria-checked', 'true');
  await xSwitch.click();
  await expect(xSwitch).toHaveAttribute('aria-checked', 'false');
  await expect.poll(hosts, { timeout: 1000 }).toBe(0);
  await xSwitch.click();
  await expect.poll(hosts, { timeout: 1000 }).toBeGreaterThan(0);
  await options.close();
});
});

test.describe('editing behaves exactly as without the extension', () => {
  // One retry: the reference session *without* the extension has been seen to
  // lose an emoji typed into LinkedIn's /sharing/compose TipTap box on this
  // loaded 2-core machine (2026-12-06: "Thanks for the tips|19-19" without,
  // "Thanks for the tips 🎉|22-22" with), which is the baseline's flake, not
  // a difference the extension made. A real difference fails both tries.
  test.describe.configure({ retries: 1 });
  // The same scripted session on every composer, in a browser with the
  // extension and one without; the editor text after each step must match.
  test.use({ reuseBrowser: false });
  test.setTimeout(240_000);

  /** The editor's text and its caret/selection as text offsets ("text|anchor-focus"). */
  async function snapshot(editor: Locator): Promise<string> {
    const text = await editorText(editor);
    const caret = await editor.evaluate((el) => {
      if (el instanceof HTMLTextAreaElement) return `${el.selectionStart}-${el.selectionEnd}`;
      const sel = (el.getRootNode() as Document).getSelection?.() ?? document.getSelection();
      if (!sel || !sel.anchorNode || !el.contains(sel.anchorNode)) return 'outside';
      const offset = (node: Node, at: number) => {
        const r = document.createRange();
        r.setStart(el, 0);
        r.setEnd(node, at);
        return r.toString().length;
      };
      return `${offset(sel.anchorNode, sel.anchorOffset)}-${sel.focusNode ? offset(sel.focusNode, sel.focusOffset) : '?'}`;
    });
    return `${text}|${caret}`;
  }

  async function session(page: Page, c: (typeof COMPOSERS)[number], coached: boolean): Promise<string[]> {
    // ?undo=step: every edit is its own undo step (see undoGroupDelay in the fixtures).
    await page.goto(`${c.url}${c.url.includes('?') ? '&' : '?'}undo=step`);
    await c.open(page);
    const editor = c.editorLocator(page);
    await expect(editor).toBeVisible();
    const seen: string[] = [];
    // Typed like a person: a key every 25 ms, and pauses longer than the
    // coach's (200 ms) between phrases, so it scores and highlights mid-session.
    for (const chunk of ['Thanks for the tips', ' 🎉', ' buy now']) {
      await typeHuman(page, editor, chunk, { delay: 25 });
      await page.waitForTimeout(300);
      seen.push(await snapshot(editor));
    }
    if (coached) {
      const host = await hostOf(editor);
      expect(host?.state, `${c.id}: scored during the session`).toBe('scored');
      if (c.editor !== 'textarea') expect(host?.highlights, `${c.id}: highlighted during the session`).toBeGreaterThan(0);
    }
    // Each step is followed by a pause long enough for the coach to score
    // (200 ms) and for the editor to settle its selection.
    const step = async (key: string) => {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
      seen.push(await snapshot(editor));
    };
    await step('Control+z');
    await step('Control+Shift+z');
    // Select the last word, delete it, then undo that. Separate steps: Lexical
    // learns of a keyboard selection from the async selectionchange event.
    await step('Control+Shift+ArrowLeft');
    await step('Backspace');
    await step('Control+z');
    // Paste through the real clipboard: written by the page, pasted with Ctrl+V.
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300); // Lexical learns of the caret move from the async selectionchange
    await page.evaluate(() => navigator.clipboard.writeText(' pasted'));
    await step('Control+v');
    // IME-like composition, as a Japanese keyboard would send it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '日本' });
    await cdp.detach();
    await page.waitForTimeout(300);
    seen.push(await snapshot(editor));
    // Posting: what the site receives must be the same.
    await c.submit(page);
    await page.waitForTimeout(300);
    const posts = await page.evaluate(() => window.__fixture.posts.map((p) => p.text));
    seen.push(`posted: ${posts.at(-1) ?? '(nothing)'}`);
    return seen;
  }

  /** Both results; waits for both before throwing the first error (so no session runs on after the test). */
  async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
    const [ra, rb] = await Promise.allSettled([a, b]);
    if (ra.status === 'rejected') throw ra.reason;
    if (rb.status === 'rejected') throw rb.reason;
    return [ra.value, rb.value];
  }

  // One test per site, so the sites run in parallel on separate workers.
  for (const site of ['x', 'facebook', 'linkedin', 'bluesky', 'threads', 'mastodon'] as const) {
    test(`${site}: typing, emoji, undo, redo and deleting on every fixture editor`, async ({ page }) => {
      const plain = await startBrowser(false);
      try {
        const plainPage = plain.context.pages()[0] ?? (await plain.context.newPage());
        const origins = [...new Set(COMPOSERS.filter((x) => x.site === site).map((x) => new URL(x.url).origin))];
        for (const ctx of [plain.context, page.context()]) {
          for (const origin of origins) await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
        }
        for (const c of COMPOSERS.filter((x) => x.site === site)) {
          // Both sessions at once, one per browser: each browser has its own
          // page, keyboard, focus and clipboard (headless Chromium keeps the
          // clipboard in the browser process), so neither sees the other's keys.
          const [without, withExt] = await both(session(plainPage, c, false), session(page, c, true));
          expect.soft(withExt, c.id).toEqual(without);
          expect.soft(withExt[2]?.split('|')[0], c.id).toBe('Thanks for the tips 🎉 buy now');
          expect.soft(withExt.some((s) => s.includes(' pasted')), `${c.id}: the paste arrived`).toBe(true);
        }
      } finally {
        expect(await plain.close()).toEqual([]);
      }
    });
  }
});

test('the popup shows the focused draft\'s score and nudges, and the site switch', async ({ page, context, extensionId }) => {
  const c = COMPOSERS.find((x) => x.id === 'x/home-inline');
  if (!c) throw new Error('fixture case missing');
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, DRAFTS.promotional);
  const expected = scoreDraft(DRAFTS.promotional, { site: 'x', kind: 'post' });
  await expect.poll(async () => (await hostOf(editor))?.score).toBe(String(expected.score));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // A toolbar popup belongs to the active tab: make the X tab active again, then reload the popup.
  await popup.evaluate(async () => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>>; update(id: number, p: object): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ url: 'https://x.com/*' });
    if (tab?.id) await tabs.update(tab.id, { active: true });
  });
  await popup.reload();
  await expect(popup.getByRole('switch', { name: 'X (Twitter)' })).toHaveAttribute('aria-checked', 'true');
  await expect(popup.getByText(`Score ${expected.score} of 100`, { exact: false })).toBeVisible();
  const nudges = popup.getByRole('list', { name: 'Nudges' }).getByRole('listitem');
  await expect(nudges).toHaveCount(expected.nudges.length);
  await expect(nudges.first()).toHaveText(expected.nudges[0]?.message ?? '');
});
