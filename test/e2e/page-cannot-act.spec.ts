// "Nothing on a page can act for you" (DESIGN.md: only the person can make
// the coach act). The coach's shadow roots are open, so a page script can
// reach every control of the pill, the panel and the "Log as help" card: here
// one (in the page's main world, like any site script) calls click(), focuses
// and dispatches Enter, Space and Escape, and dispatches the pointer and mouse
// events of a click on each of them, and also posts a reply by clicking the
// site's button itself. Nothing may happen: no tab opens, no journal entry
// is written, the coaching stays as it was. Then the person does the same
// with real input, and each control works.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { scoreDraft } from '../../src/engine/index';
import { COMPOSERS, expect, openComposer, test, typeHuman } from './harness';

// Its own browser: an empty journal, and no tab of another test in the count.
test.use({ reuseBrowser: false });

const c = COMPOSERS.find((x) => x.id === 'x/status-reply-direct');
if (!c) throw new Error('fixture case missing');
const WHO = '@grace';
const PROMO = 'Great post! Check out our new course, sign up today, link in bio.';
const HUMAN = 'Thank you Grace, this saved my week. How did you find it?';
/** Long enough for anything a press would start (a tab, a score, a journal write) to show. */
const SETTLE_MS = 1000;

/**
 * In the page's main world: every element of every `selector` host and its
 * shadow root is clicked, focused and keyed, and gets a synthetic click's
 * pointer and mouse events. Returns how many buttons it pressed.
 */
function pageScriptPresses(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (sel) => {
    const targets: Element[] = [];
    for (const host of Array.from(document.querySelectorAll(sel))) {
      targets.push(host);
      if (host.shadowRoot) targets.push(...Array.from(host.shadowRoot.querySelectorAll('*')));
    }
    for (const el of targets) {
      if (el instanceof HTMLElement) {
        el.click();
        el.focus();
      }
      for (const [key, code] of [['Enter', 'Enter'], [' ', 'Space'], ['Escape', 'Escape']] as const) {
        for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true, composed: true }));
      }
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const init = { bubbles: true, cancelable: true, composed: true, button: 0, view: window };
        el.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
      }
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return targets.filter((el) => el.localName === 'button').length;
  }, selector);
}

/** Tabs opened in the context from now on, and a way to read the journal's entries from the extension's own page. */
async function watch(context: BrowserContext, extensionId: string | null) {
  if (!extensionId) throw new Error('extension not loaded');
  const journal = await context.newPage();
  await journal.goto(`chrome-extension://${extensionId}/journal.html`);
  const pages: Page[] = [];
  context.on('page', (p) => pages.push(p));
  /** URLs of the tabs opened since, read now (a tab opened by the extension may start at about:blank). */
  const opened = () => pages.map((p) => p.url());
  // Asked the way the journal page itself asks the background.
  const entries = () =>
    journal.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      const res = (await chrome.runtime.sendMessage({ type: 'communis:journal', method: 'listEntries', args: [{ offset: 0, limit: 10 }] })) as {
        ok: boolean;
        value: { total: number };
      };
      if (!res.ok) throw new Error('the journal did not answer');
      return res.value.total;
    });
  return { opened, entries };
}

/** What the coach shows: its state, score and whether the panel is open. */
async function coaching(host: Locator) {
  return host.evaluate((el) => ({
    state: el.getAttribute('data-state'),
    score: el.getAttribute('data-score'),
    highlights: el.getAttribute('data-highlights'),
    expanded: el.shadowRoot?.querySelector('button.pill')?.getAttribute('aria-expanded') ?? null,
    buttons: Array.from(el.shadowRoot?.querySelectorAll('button') ?? []).map((b) => b.getAttribute('aria-label') ?? b.textContent),
  }));
}

test('a page script cannot press the pill or any control of the panel; the person can', async ({ page, context, extensionId }) => {
  test.setTimeout(120_000);
  const { opened, entries } = await watch(context, extensionId);
  await page.bringToFront();
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, PROMO);
  const host = page.locator('communis-coach').first();
  const full = scoreDraft(PROMO, { site: 'x', kind: 'reply', replyTo: WHO });
  await expect(host).toHaveAttribute('data-score', String(full.score));
  // A shorter prefix of the draft can score 0 too: wait for the whole draft's highlights before taking the snapshot.
  await expect(host).toHaveAttribute('data-highlights', String(full.findings.length));
  const closed = await coaching(host);
  expect(closed.expanded).toBe('false');

  // The panel closed: the pill is all there is.
  expect(await pageScriptPresses(page, 'communis-coach')).toBe(1);
  await page.waitForTimeout(SETTLE_MS);
  expect(await coaching(host)).toEqual(closed);

  // The person opens the panel (control: the same pill works on a real click).
  const pill = host.getByRole('button', { name: /Communis coach: score/ });
  await pill.click();
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  // Its name follows the state (paused below): the one pill, by its class, from here on.
  const thePill = host.locator('button.pill');
  const open = await coaching(host);
  const ruleId = full.findings.find((f) => f.weight < 0)?.ruleId;
  if (!ruleId) throw new Error('the draft needs a costly finding');
  expect(open.buttons).toEqual(expect.arrayContaining([`Ignore ${ruleId} here`, `Switch ${ruleId} off in Settings`, 'Pause coaching here']));

  // Every control of the open panel, pressed by the page in every way: nothing.
  expect(await pageScriptPresses(page, 'communis-coach')).toBeGreaterThanOrEqual(4);
  await page.waitForTimeout(SETTLE_MS);
  expect(await coaching(host)).toEqual(open);
  expect(opened()).toEqual([]);
  expect(await entries()).toBe(0);
  await expect(editor).toHaveText(PROMO);

  // The person: "Switch this rule off" opens exactly one Settings tab, at the rule.
  const settings = context.waitForEvent('page');
  await host.getByRole('button', { name: `Switch ${ruleId} off in Settings` }).first().click();
  await (await settings).waitForLoadState();
  await page.waitForTimeout(SETTLE_MS);
  expect(opened()).toHaveLength(1);
  expect(opened()[0]).toMatch(new RegExp(`^chrome-extension://${extensionId}/options\\.html#rule-${ruleId}$`));
  await page.bringToFront();

  // "Ignore here" re-scores without the rule; "Pause coaching here" pauses; Escape closes the panel.
  await host.getByRole('button', { name: `Ignore ${ruleId} here` }).first().click();
  const without = scoreDraft(PROMO, { site: 'x', kind: 'reply', replyTo: WHO, rules: { [ruleId]: 'off' } });
  await expect(host).toHaveAttribute('data-score', String(without.score));
  await host.getByRole('button', { name: 'Pause coaching here' }).click();
  await expect(host).toHaveAttribute('data-state', 'paused');
  await host.getByRole('button', { name: 'Resume coaching here' }).press('Escape');
  await expect(thePill).toHaveAttribute('aria-expanded', 'false');
  await expect(thePill).toBeFocused();
  expect(await entries()).toBe(0);
});

test('a page script cannot fake a post, nor press "Log as help" or "Not now"; the person can', async ({ page, context, extensionId }) => {
  test.setTimeout(120_000);
  const { opened, entries } = await watch(context, extensionId);
  await page.bringToFront();
  const editor = await openComposer(page, c);
  const offer = page.locator('communis-offer');

  // The page posts the reply itself, with its own button: the site posts it, the coach offers nothing.
  await typeHuman(page, editor, HUMAN);
  await expect(page.locator('communis-coach[data-state="scored"]')).toBeAttached();
  await page.evaluate(() => (document.querySelector('[data-testid="tweetButtonInline"]') as HTMLElement).click());
  await expect(c.posted(page, HUMAN)).toHaveCount(1);
  await page.waitForTimeout(SETTLE_MS);
  await expect(offer).toHaveCount(0);

  // The person posts the reply (on the page loaded afresh, its draft state after a scripted post is the fixture's own): the card is offered.
  const again = await openComposer(page, c);
  await typeHuman(page, again, HUMAN);
  await c.submit(page);
  await expect(c.posted(page, HUMAN)).toHaveCount(1);
  const accept = offer.getByRole('button', { name: `Log as help to ${WHO}` });
  await expect(accept).toBeVisible();

  // Both of its buttons, and the card, pressed by the page in every way: still offered, nothing logged.
  expect(await pageScriptPresses(page, 'communis-offer')).toBe(2);
  await page.waitForTimeout(SETTLE_MS);
  await expect(accept).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Not now' })).toBeVisible();
  expect(await entries()).toBe(0);
  expect(opened()).toEqual([]);

  // The person logs it: exactly one entry.
  await accept.click();
  await expect(offer.getByText(`Logged as help to ${WHO} in your journal.`)).toBeVisible();
  await expect.poll(entries).toBe(1);
  await page.waitForTimeout(SETTLE_MS);
  expect(await entries()).toBe(1);
  expect(opened()).toEqual([]);
});
