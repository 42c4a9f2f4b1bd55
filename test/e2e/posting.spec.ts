// Posting in every way each site allows, on every composer: the button,
// Enter (Facebook comment and reply boxes) and Ctrl/Cmd+Enter (X, LinkedIn).
// After a reply or comment is posted the coach offers "Log as help to <person>";
// a new post gets no offer. The site receives exactly what was typed.
//
// The first way of each composer (the one `c.submit` uses) is also the smoke
// test of the fixture composer itself (it was its own test in fixtures.spec.ts,
// with its own page load and typing): the page loads without a reload when the
// composer opens, the editor takes real key presses and reads back exactly,
// undoes and redoes with its own history, posts under its fixture name, and is
// cleared or goes away after the post, all in the same window.
import type { Locator, Page } from '@playwright/test';
import { scoreDraft } from '../../src/engine/index';
import {
  COMPOSERS,
  REDO,
  UNDO,
  editorText,
  expect,
  openComposer,
  personOf,
  postedTexts,
  submitBy,
  test,
  typeHuman,
  type ComposerCase,
} from './harness';

test.use({ reuseBrowser: true });

const TEXT = 'Thank you for sharing this, it helped me a lot. What made you start?';

/** Marks the window so a full page load (instead of SPA navigation) is noticed. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
}
async function expectSameWindow(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload), 'same window (no full page load)').toBe(true);
}

/** openComposer, with the window marked once the page has landed, and checked after the composer opened. */
async function openMarked(page: Page, c: ComposerCase): Promise<Locator> {
  await page.goto(c.url);
  await c.ready?.(page); // a redirect or a one-time setup may load the page again: mark after it
  await markWindow(page);
  await c.open(page);
  const editor = c.editorLocator(page);
  await expect(editor).toBeVisible();
  await expectSameWindow(page);
  return editor;
}

for (const c of COMPOSERS) {
  for (const [i, way] of c.postWays.entries()) {
    const smoke = i === 0;
    const title = `${c.id}: posting with ${way === 'button' ? 'the button' : way} is noticed${smoke ? ` (and the ${c.editor} fixture editor types, undoes, redoes and posts in one window)` : ''}`;
    test(title, async ({ page }) => {
      const editor = smoke ? await openMarked(page, c) : await openComposer(page, c);
      if (smoke) await expect(editor).toHaveCount(1);
      await typeHuman(page, editor, TEXT, { newlineKey: c.newlineKey });
      if (smoke) {
        expect(await editorText(editor)).toBe(TEXT);
        if (c.editor === 'textarea') await expect(editor).toHaveValue(TEXT);
        else await expect(editor).toHaveText(TEXT);
        // The editor's own undo history: Ctrl+Z takes typing back, Ctrl+Shift+Z restores it.
        await page.keyboard.press(UNDO);
        await expect.poll(() => editorText(editor)).not.toBe(TEXT);
        const undone = await editorText(editor);
        expect(TEXT.startsWith(undone), `undo left ${JSON.stringify(undone)}`).toBe(true);
        await page.keyboard.press(REDO);
        await expect.poll(() => editorText(editor)).toBe(TEXT);
      }
      // The coach has scored the human-first draft before the post, with the engine's score.
      const who = personOf(c) ?? undefined;
      const expected = scoreDraft(TEXT, { site: c.site, kind: c.kind, replyTo: who });
      await expect(page.locator(`communis-coach[data-kind="${c.kind}"][data-state="scored"][data-score="${expected.score}"][data-band="human"]`).first()).toBeAttached();
      await submitBy(page, c, way);
      await expect(c.posted(page, TEXT)).toHaveCount(1);
      if (smoke) expect(await postedTexts(page)).toEqual([{ composer: c.fixtureComposer, text: TEXT }]);
      else expect((await postedTexts(page)).map((p) => p.text)).toEqual([TEXT]);
      const offer = page.locator('communis-offer');
      if (who) {
        await expect(offer.getByRole('button', { name: `Log as help to ${who}` })).toBeVisible();
      } else {
        // Posts are not help to anyone: no offer (checked after the post is on the page).
        await expect(offer).toHaveCount(0);
      }
      if (smoke) {
        if (c.afterPost === 'cleared') await expect.poll(() => editorText(editor)).toBe('');
        else await expect(editor).toHaveCount(0);
        await expectSameWindow(page);
      }
    });
  }
}
