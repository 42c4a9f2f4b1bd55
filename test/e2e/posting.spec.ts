// Posting in every way each site allows, on every composer: the button,
// Enter (Facebook comment and reply boxes) and Ctrl/Cmd+Enter (X, LinkedIn).
// After a reply or comment is posted the coach offers "Log as help to <person>";
// a new post gets no offer. The site receives exactly what was typed.
import { scoreDraft } from '../../src/engine/index';
import { COMPOSERS, expect, openComposer, personOf, postedTexts, submitBy, test, typeHuman } from './harness';

test.use({ reuseBrowser: true });

const TEXT = 'Thank you for sharing this, it helped me a lot. What made you start?';

for (const c of COMPOSERS) {
  for (const way of c.postWays) {
    test(`${c.id}: posting with ${way === 'button' ? 'the button' : way} is noticed`, async ({ page }) => {
      const editor = await openComposer(page, c);
      await typeHuman(page, editor, TEXT, { newlineKey: c.newlineKey });
      // The coach has scored the human-first draft before the post, with the engine's score.
      const who = personOf(c) ?? undefined;
      const expected = scoreDraft(TEXT, { site: c.site, kind: c.kind, replyTo: who });
      await expect(page.locator(`communis-coach[data-kind="${c.kind}"][data-state="scored"][data-score="${expected.score}"][data-band="human"]`).first()).toBeAttached();
      await submitBy(page, c, way);
      await expect(c.posted(page, TEXT)).toHaveCount(1);
      expect((await postedTexts(page)).map((p) => p.text)).toEqual([TEXT]);
      const offer = page.locator('communis-offer');
      if (who) {
        await expect(offer.getByRole('button', { name: `Log as help to ${who}` })).toBeVisible();
      } else {
        // Posts are not help to anyone: no offer (checked after the post is on the page).
        await expect(offer).toHaveCount(0);
      }
    });
  }
}
