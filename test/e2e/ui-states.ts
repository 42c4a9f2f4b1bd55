// The extension's UI brought into the states that accessibility checks and
// README screenshots look at: its pages (popup, options, journal) with an
// empty or a seeded journal, the coach panel open over a promotional reply on
// each fixture site, and the "Log as help" card. Shared by a11y.spec.ts and
// screenshots.spec.ts.
//
// The extension pages run on a fixed clock (FIXED_NOW) and the journal is
// seeded with entries on fixed days, so dates, "this week" and the 12-week
// chart come out the same on every run.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { scoreDraft } from '../../src/engine/index';
import { COMPOSERS, editorText, expect, openComposer, personOf, typeHuman, type ComposerCase } from './harness';

export type ColorScheme = 'light' | 'dark';

export interface PageOptions {
  colorScheme?: ColorScheme;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** "Now" on the extension pages: Friday 13 June 2025, mid-morning. */
export const FIXED_NOW = new Date(2025, 5, 13, 10, 30);

/** Emulates colour scheme / reduced motion and freezes Date for a page (before it loads). */
export async function preparePage(page: Page, opts: PageOptions = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: opts.colorScheme ?? 'light', reducedMotion: opts.reducedMotion ?? 'no-preference' });
  await page.clock.setFixedTime(FIXED_NOW);
}

export type ExtensionPath = 'popup.html' | 'options.html' | 'journal.html';

/** Opens one of the extension's pages in `page` and waits until it has rendered. */
export async function gotoExtensionPage(page: Page, extensionId: string, path: ExtensionPath, opts: PageOptions = {}): Promise<Page> {
  await preparePage(page, opts);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (path === 'options.html') await expect(page.getByRole('heading', { name: 'Rules' })).toBeVisible();
  if (path !== 'options.html') await expect(page.getByRole('button', { name: 'Log help' })).toBeVisible();
  if (path === 'popup.html') await expect(page.getByRole('heading', { name: 'Your give and take' })).toBeVisible();
  if (path === 'journal.html') await expect(page.getByText('Loading your journal…')).toHaveCount(0);
  return page;
}

/**
 * The popup as it is for a site tab: opened in a tab of its own, then the
 * site's tab is made active again and the popup reloaded (a toolbar popup
 * belongs to the active tab).
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, siteUrlPattern: string, opts: PageOptions = {}): Promise<Page> {
  const popup = await context.newPage();
  await gotoExtensionPage(popup, extensionId, 'popup.html', opts);
  await popup.evaluate(async (url) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>>; update(id: number, p: object): Promise<unknown> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ url });
    if (tab?.id) await tabs.update(tab.id, { active: true });
  }, siteUrlPattern);
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'This site' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Your give and take' })).toBeVisible();
  return popup;
}

export interface SeedEntry {
  person: string;
  site: 'X (Twitter)' | 'Facebook' | 'LinkedIn';
  direction: 'I helped them' | 'They helped me';
  kind: 'Reply' | 'Comment' | 'Intro' | 'Advice' | 'Share' | 'Thanks' | 'Other';
  /** YYYY-MM-DD, on or before FIXED_NOW. */
  date: string;
  note?: string;
}

/** A few weeks of give and take: people who helped and heard nothing back, help both ways (rhythms are set per test). */
export const SEED_ENTRIES: readonly SeedEntry[] = [
  { person: 'Katherine Johnson', site: 'Facebook', direction: 'They helped me', kind: 'Comment', date: '2025-03-28', note: 'Checked the numbers in my launch post' },
  { person: '@margaret', site: 'X (Twitter)', direction: 'I helped them', kind: 'Advice', date: '2025-04-30', note: 'Suggested a test plan for the lander code' },
  { person: 'Alan Turing', site: 'Facebook', direction: 'They helped me', kind: 'Share', date: '2025-05-20', note: 'Shared my meetup invite' },
  { person: 'Grace Hopper', site: 'LinkedIn', direction: 'I helped them', kind: 'Intro', date: '2025-05-28', note: 'Introduced her to Alan' },
  { person: '@grace', site: 'X (Twitter)', direction: 'I helped them', kind: 'Reply', date: '2025-06-03', note: 'Answered her question about COBOL tooling' },
  { person: 'Grace Hopper', site: 'LinkedIn', direction: 'They helped me', kind: 'Advice', date: '2025-06-10', note: 'Tips on interviewing compiler engineers' },
  { person: '@ada', site: 'X (Twitter)', direction: 'I helped them', kind: 'Reply', date: '2025-06-12', note: 'Pointed her to the parser docs' },
];

/** Logs one entry through the quick-add form of the page (the journal page's full form). */
export async function logHelp(page: Page, e: SeedEntry): Promise<void> {
  const form = page.locator('form.quick-add');
  await form.getByLabel('Person', { exact: true }).fill(e.person);
  await form.getByLabel('Site', { exact: true }).selectOption({ label: e.site });
  await form.getByRole('radio', { name: e.direction }).check();
  await form.getByLabel('Kind', { exact: true }).selectOption({ label: e.kind });
  await form.getByLabel('Date', { exact: true }).fill(e.date);
  await form.getByLabel('Note', { exact: true }).fill(e.note ?? '');
  const status = form.getByRole('status');
  const kind = e.kind.toLowerCase();
  await form.getByRole('button', { name: 'Log help' }).click();
  await expect(status).toContainText(e.direction === 'I helped them' ? `Logged: you helped ${e.person}` : `Logged: ${e.person}`);
  await expect(status).toContainText(`(${kind}).`);
  // The form starts over, ready for the next one.
  await expect(form.getByLabel('Person', { exact: true })).toHaveValue('');
}

/** Seeds the journal through the journal page's quick-add form; leaves `page` on the journal. */
export async function seedJournal(page: Page, extensionId: string, opts: PageOptions = {}, entries = SEED_ENTRIES): Promise<Page> {
  await gotoExtensionPage(page, extensionId, 'journal.html', opts);
  for (const e of entries) await logHelp(page, e);
  await expect(page.getByRole('heading', { name: 'Entries' })).toBeVisible();
  await expect(page.locator('ol.entries > li')).toHaveCount(entries.length);
  return page;
}

// ---------------------------------------------------------------- the coach

/** A promotional reply: highlights (costs) and nudges show, and it answers someone. */
export const PROMO_REPLY = 'Great post! Excited to announce our new app, sign up today. Link in bio!';

/** The composer shown for each site in screenshots and checks: a reply or comment to Grace Hopper. */
export const SITE_REPLY_CASES = {
  x: 'x/status-reply-direct',
  facebook: 'facebook/comment',
  linkedin: 'linkedin/comment-quill',
} as const;

export function composer(id: string): ComposerCase {
  const c = COMPOSERS.find((x) => x.id === id);
  if (!c) throw new Error(`no fixture case ${id}`);
  return c;
}

/** The <communis-coach> host that belongs to an editor (the one right after the editor's anchor, maybe in a shadow root). */
export async function coachHostOf(editor: Locator): Promise<Locator> {
  const mark = `host-${Math.random().toString(36).slice(2)}`;
  const found = await editor.evaluate((el, m) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const host = Array.from(root.querySelectorAll('communis-coach')).find((h) => h.previousElementSibling?.contains(el));
    // A test-only name for the host, so a locator can find it again (Playwright's CSS pierces open shadow roots).
    host?.setAttribute('data-e2e', m);
    return Boolean(host);
  }, mark);
  if (!found) throw new Error('the editor has no coach');
  return editor.page().locator(`communis-coach[data-e2e="${mark}"]`);
}

/** The <communis-coach> host of an editor, as data: the element right after the editor's anchor, in the editor's tree. */
export async function coachDataOf(editor: Locator) {
  return editor.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const host = Array.from(root.querySelectorAll('communis-coach')).find((h) => h.previousElementSibling?.contains(el));
    if (!host) return null;
    const d = (host as HTMLElement).dataset;
    return {
      site: d.site, kind: d.kind, score: d.score, band: d.band, state: d.state,
      replyTo: d.replyTo ?? null, highlights: Number(d.highlights ?? 0),
      insideEditor: el.contains(host), shadow: host.shadowRoot?.mode ?? null,
    };
  });
}

/** Ranges registered with the CSS Custom Highlight API, as the page itself sees them. */
export const highlightCount = (page: Page) =>
  page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    return (reg?.get('communis-cost')?.size ?? 0) + (reg?.get('communis-gain')?.size ?? 0);
  });

/**
 * After `text` was typed into `c`'s editor: the coach scores it with the
 * engine's score and band, for the right site, kind and person, outside the
 * editor in an open shadow root; the words behind the findings are
 * highlighted over the editor's own text; the editor holds exactly `text`.
 */
export async function expectCoached(page: Page, c: ComposerCase, editor: Locator, text: string): Promise<void> {
  expect(await editorText(editor)).toBe(text);
  const replyTo = personOf(c);
  const expected = scoreDraft(text, { site: c.site, kind: c.kind, replyTo: replyTo ?? undefined });
  await expect.poll(() => coachDataOf(editor)).toMatchObject({
    site: c.site,
    kind: c.kind,
    replyTo,
    state: 'scored',
    score: String(expected.score),
    band: expected.band,
    insideEditor: false,
    shadow: 'open',
  });
  if (c.editor !== 'textarea') {
    // Words behind the findings are highlighted over the editor's own text.
    expect((await coachDataOf(editor))?.highlights).toBe(expected.findings.length);
    // Highlights step aside while keys arrive and come back at the pause.
    await expect.poll(() => highlightCount(page)).toBeGreaterThanOrEqual(expected.findings.length);
  }
  // The editor still holds exactly what was typed.
  expect(await editorText(editor)).toBe(text);
}

export interface OpenCoach {
  editor: Locator;
  host: Locator;
  pill: Locator;
  panel: Locator;
}

/** Opens the composer, types `text` like a person, waits for the score; opens the panel unless `open` is false. */
export async function coachOn(page: Page, c: ComposerCase, text = PROMO_REPLY, open = true): Promise<OpenCoach> {
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, text, { newlineKey: c.newlineKey });
  const host = await coachHostOf(editor);
  await expect(host).toHaveAttribute('data-state', 'scored');
  const pill = host.getByRole('button', { name: /^Communis coach: score/ });
  const panel = host.getByRole('region', { name: 'Communis coaching' });
  if (open) {
    await pill.click();
    await expect(panel).toBeVisible();
  }
  return { editor, host, pill, panel };
}

/** Posts a reply to @grace on X and waits for the "Log as help" card. */
export async function offerCard(page: Page): Promise<Locator> {
  const c = composer('x/status-reply-direct');
  const text = 'Thank you Grace, this saved my week. How did you find it?';
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, text, { newlineKey: c.newlineKey });
  await c.submit(page);
  await expect(c.posted(page, text)).toBeVisible();
  const card = page.locator('communis-offer');
  await expect(card.getByRole('button', { name: 'Log as help to @grace' })).toBeVisible();
  return card;
}
