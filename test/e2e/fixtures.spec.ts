// Smoke tests of the fixture pages and the harness, with the built extension
// loaded. Per composer in COMPOSERS, the fixture editors' real key presses,
// read-back, undo/redo and posting are checked in posting.spec.ts (on the page
// load of its first posting way), line breaks with the composer's newline key
// in a11y.spec.ts's keyboard test (on its page load). Coach assertions live in
// their own specs and reuse the same table.

import {
  ADD_COMPOSER,
  COMPOSERS,
  REMOVE_COMPOSER,
  SITE_PAGES,
  editorText,
  expect,
  openComposer,
  test,
  typeHuman,
  violationOf,
  startBrowser,
} from './harness';

const ONE_LINE = "Thanks for sharing this, it's a great question!";

test.describe('fixture pages add and remove composers', () => {
  test.use({ reuseBrowser: true });

  for (const s of SITE_PAGES) {
    test(`${s.site}: ${REMOVE_COMPOSER} removes ${s.removes}; ${ADD_COMPOSER} adds ${s.adds}`, async ({ page }) => {
      await page.goto(s.url);
      const editors = page.locator(s.anyEditor);
      await expect(editors.first()).toBeVisible();
      const before = await editors.count();
      await page.locator(REMOVE_COMPOSER).click();
      await expect(editors).toHaveCount(before - 1);
      await page.locator(ADD_COMPOSER).click();
      await expect(editors).toHaveCount(before);
      expect(await page.evaluate(() => window.__fixture.editors().length)).toBe(before);
    });
  }

  test('x: the compose dialog adds a second thread editor (tweetTextarea_1)', async ({ page }) => {
    await page.goto('https://x.com/compose/post');
    const dialog = page.locator('[role="dialog"]');
    await expect(dialog.locator('[data-testid="tweetTextarea_0"]')).toBeVisible();
    await dialog.locator('[data-testid="addButton"]').click();
    const second = dialog.locator('[data-testid="tweetTextarea_1"]');
    await typeHuman(page, second, 'A second post in the thread.');
    expect(await editorText(second)).toBe('A second post in the thread.');
    await dialog.locator('[data-testid="app-bar-close"]').click();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL('https://x.com/home');
  });

  test('facebook: labels are localized with ?locale=fr_FR, roles stay', async ({ page }) => {
    await page.goto('https://www.facebook.com/?locale=fr_FR');
    const box = page.locator('[role="article"][data-fixture-post="p1"] [data-lexical-editor="true"][role="textbox"]');
    await expect(box).toHaveAttribute('aria-label', 'Écrivez un commentaire…');
  });
});

test.describe('harness', () => {
  test('the extension service worker runs and its pages load', async ({ context, page, extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(context.serviceWorkers().some((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const manifest = JSON.parse((await page.locator('body').innerText()).trim()) as { name: string; manifest_version: number };
    expect(manifest).toMatchObject({ name: 'Communis', manifest_version: 3 });
  });

  test('no request leaves for a non-fixture host', async ({ page, network }) => {
    for (const s of SITE_PAGES) {
      await page.goto(s.url);
      await expect(page.locator(s.anyEditor).first()).toBeVisible();
    }
    await page.goto('https://mobile.x.com/compose/post');
    await expect(page.locator('textarea')).toBeVisible();
    // The coach's own chunk comes from the extension (chrome-extension://), not a host.
    const hosts = new Set(network.requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).host));
    expect([...hosts].sort()).toEqual(['bsky.app', 'mobile.x.com', 'www.facebook.com', 'www.linkedin.com', 'www.threads.com', 'x.com']);
    expect(network.violations).toEqual([]);
  });

  test('requests the fixtures do not make are caught (and would fail the test)', async ({ page, context, network }) => {
    await page.goto('https://x.com/home');
    const fetchIn = (url: string) =>
      fetch(url, { mode: 'no-cors' }).then(
        () => 'fetched',
        () => 'blocked',
      );
    expect(await page.evaluate(fetchIn, 'https://example.com/track')).toBe('blocked');
    expect(await page.evaluate(fetchIn, 'https://x.com/i/api/graphql')).toBe('fetched'); // 404 from the fixture route
    const worker = context.serviceWorkers()[0]!;
    // The extension's CSP (default-src 'self') stops its own fetches before they reach the network.
    expect(await worker.evaluate(fetchIn, 'https://example.org/beacon')).toBe('blocked');
    expect(await worker.evaluate(fetchIn, 'https://x.com/home')).toBe('blocked');
    expect(network.violations.map((v) => [v.url, v.violation])).toEqual([
      ['https://example.com/track', 'non-fixture host example.com'],
      ['https://x.com/i/api/graphql', 'unexpected fetch request on a fixture host (the fixture pages make none)'],
    ]);
    network.violations.length = 0; // forgive them, so this test passes
  });

  test("the browser's own network log, kept from before it starts, catches what gets past the routes (a WebSocket)", async () => {
    const b = await startBrowser(true);
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto('https://x.com/home');
    // Routes do not see WebSockets; the network log does.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const ws = new WebSocket('wss://example.com/socket');
          ws.onerror = ws.onclose = () => resolve(null);
        }),
    );
    const leaks = await b.close();
    expect(leaks.map((l) => [new URL(l.url).hostname, l.from])).toContainEqual(['example.com', 'https://x.com']);
  });

  test('shared browsers: the same key gives the same browser, another key another one', async ({ sharedBrowser }) => {
    const [a, again, b] = await Promise.all([sharedBrowser.get(false, 'key-a'), sharedBrowser.get(false, 'key-a'), sharedBrowser.get(false, 'key-b')]);
    expect(again.context).toBe(a.context);
    expect(b.context).not.toBe(a.context);
  });

  test('a request made by the extension itself would be caught, even to a fixture host', () => {
    expect(violationOf({ url: 'https://x.com/home', from: 'chrome-extension://abc/background.js', resourceType: 'fetch' })).toBe('request made by the extension');
    expect(violationOf({ url: 'chrome-extension://abc/popup.html', from: 'chrome-extension://abc/popup.html', resourceType: 'document' })).toBeNull();
  });

  test.describe('without the extension', () => {
    test.use({ withExtension: false });

    test('the same fixture pages work and no extension runs', async ({ context, page, extensionId }) => {
      expect(extensionId).toBeNull();
      expect(context.serviceWorkers()).toEqual([]);
      const c = COMPOSERS.find((x) => x.id === 'x/status-reply-spa')!;
      const editor = await openComposer(page, c);
      await typeHuman(page, editor, ONE_LINE);
      expect(await editorText(editor)).toBe(ONE_LINE);
    });
  });
});
