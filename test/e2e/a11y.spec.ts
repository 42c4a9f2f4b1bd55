// Accessibility of everything the extension draws, in the built extension:
//
// - axe-core (WCAG 2.0/2.1 A and AA rules) finds no violation on the popup,
//   the options page and the journal page in their main states, on the coach
//   (pill and open panel) on each fixture site and on the "Log as help" card,
//   in the light and the dark colour scheme;
// - keyboard only: from each fixture editor the coach pill is one Tab away
//   (in LinkedIn's Quill editors, Quill's default Tab binding types a tab
//   character, so focus cannot leave forwards; there the pill is one
//   Shift+Tab back from the composer's Post/Comment button), Enter opens the
//   panel, Escape closes it and focus returns to the pill, Shift+Tab goes
//   back to the editor; after posting a reply, the "Log as help" card does
//   not take focus, is last in the tab order, keeps focus on "Close" once
//   logged, stays while focused and closes with Escape;
// - every element reached with Tab shows a focus indicator (an outline that
//   contrasts with what is behind it);
// - with reduced motion, nothing the extension draws moves.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { COMPOSERS, editorText, expect, openComposer, postedTexts, test, typeHuman, type ComposerCase } from './harness';
import {
  PROMO_REPLY,
  SITE_REPLY_CASES,
  coachHostOf,
  coachOn,
  expectCoached,
  composer,
  gotoExtensionPage,
  offerCard,
  openPopupFor,
  preparePage,
  SEED_ENTRIES,
  seedJournal,
  type ColorScheme,
  type PageOptions,
} from './ui-states';

/** Typed after the keyboard checks, into the emptied editor. */
const TWO_LINES = 'First line here.\nAnd a second one, thanks.';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Seeding the journal through its form and starting a browser per test take a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

interface Ctx {
  page: Page;
  context: BrowserContext;
  extensionId: string;
  opts: PageOptions;
}

interface AxeCase {
  name: string;
  browser: BrowserUse;
  /** Brings the UI into the state to check. Returns the page, and the element(s) to check when not the whole page. */
  setup(ctx: Ctx): Promise<{ page: Page; include?: string }>;
}

/**
 * Where a case runs: 'fresh' in a browser of its own (it changes the journal
 * or settings); 'shared' in the worker's shared browser, whose journal stays
 * empty (its tests write nothing to it); 'seeded' in a shared browser whose
 * journal is seeded once through the form and then only read.
 */
type BrowserUse = 'fresh' | 'shared' | 'seeded';

const BROWSER_OPTIONS: Record<BrowserUse, { reuseBrowser: boolean; browserKey?: string }> = {
  fresh: { reuseBrowser: false },
  shared: { reuseBrowser: true },
  seeded: { reuseBrowser: true, browserKey: 'seeded-journal' },
};

/** Browsers (of this worker) whose journal has been seeded. */
const seededBrowsers = new WeakSet<BrowserContext>();

/**
 * Opens the journal page with the seeded entries. The journal is seeded
 * through its form the first time in each browser; in a shared 'seeded'
 * browser the later tests find the same entries already there.
 */
async function seeded({ page, context, extensionId, opts }: Ctx): Promise<Page> {
  if (!seededBrowsers.has(context)) {
    await seedJournal(page, extensionId, opts);
    seededBrowsers.add(context);
    return page;
  }
  await gotoExtensionPage(page, extensionId, 'journal.html', opts);
  await expect(page.getByRole('heading', { name: 'Entries' })).toBeVisible();
  await expect(page.locator('ol.entries > li')).toHaveCount(SEED_ENTRIES.length);
  return page;
}

const AXE_CASES: AxeCase[] = [
  {
    name: 'popup, empty journal',
    browser: 'shared',
    setup: async ({ page, extensionId, opts }) => ({ page: await gotoExtensionPage(page, extensionId, 'popup.html', opts) }),
  },
  {
    name: 'popup, with entries, on an X tab with a draft',
    browser: 'seeded',
    setup: async (ctx) => {
      await seeded(ctx);
      const site = await ctx.context.newPage();
      await coachOn(site, composer(SITE_REPLY_CASES.x), PROMO_REPLY, false);
      const popup = await openPopupFor(ctx.context, ctx.extensionId, 'https://twitter.com/*', ctx.opts);
      await expect(popup.getByRole('list', { name: 'Nudges' })).toBeVisible();
      await expect(popup.getByRole('list', { name: 'Latest entries' }).getByRole('listitem')).toHaveCount(3);
      return { page: popup };
    },
  },
  {
    name: 'popup, quick add with a problem',
    browser: 'shared',
    setup: async ({ page, extensionId, opts }) => {
      await gotoExtensionPage(page, extensionId, 'popup.html', opts);
      await page.getByRole('button', { name: 'Log help' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Person is required' })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'options',
    browser: 'shared',
    setup: async ({ page, extensionId, opts }) => ({ page: await gotoExtensionPage(page, extensionId, 'options.html', opts) }),
  },
  {
    name: 'journal, empty',
    browser: 'shared',
    setup: async ({ page, extensionId, opts }) => {
      await gotoExtensionPage(page, extensionId, 'journal.html', opts);
      await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'journal, with entries',
    browser: 'seeded',
    setup: async (ctx) => {
      const page = await seeded(ctx);
      await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
      await expect(page.getByRole('img', { name: /Help you gave and received per week/ })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'journal, quick add with problems',
    browser: 'shared',
    setup: async ({ page, extensionId, opts }) => {
      await gotoExtensionPage(page, extensionId, 'journal.html', opts);
      const form = page.locator('form.quick-add');
      await form.getByLabel('Link (optional)').fill('not a link');
      await form.getByRole('button', { name: 'Log help' }).click();
      await expect(form.getByRole('alert')).toContainText('Please fix these 2 things');
      return { page };
    },
  },
  {
    name: 'journal, filtered, editing an entry',
    browser: 'seeded',
    setup: async (ctx) => {
      const page = await seeded(ctx);
      await page.getByLabel('Search', { exact: true }).fill('grace');
      await expect(page.locator('ol.entries > li')).toHaveCount(3);
      await page.locator('ol.entries > li').first().getByRole('button', { name: 'Edit' }).click();
      await expect(page.getByRole('form', { name: /^Edit entry/ })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'journal, entry deleted (undo toast) and delete-all confirmation',
    browser: 'fresh',
    setup: async (ctx) => {
      const page = await seeded(ctx);
      await page.locator('ol.entries > li').first().getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
      await page.getByRole('button', { name: 'Delete all journal data' }).click();
      await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeVisible();
      // The toast is still up (its countdown pauses while focused or hovered; 10 s otherwise).
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      return { page };
    },
  },
  {
    name: 'journal, one person',
    browser: 'seeded',
    setup: async (ctx) => {
      const page = await seeded(ctx);
      await page.getByRole('button', { name: 'Grace Hopper', exact: true }).first().click();
      await expect(page.getByRole('heading', { name: 'Grace Hopper', level: 2 })).toBeFocused();
      await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(2);
      return { page };
    },
  },
  ...(['x', 'facebook', 'linkedin'] as const).map(
    (site): AxeCase => ({
      name: `coach panel on ${site}`,
      browser: 'shared',
      setup: async ({ page, opts }) => {
        await preparePage(page, opts);
        const { panel } = await coachOn(page, composer(SITE_REPLY_CASES[site]));
        await expect(panel.getByRole('listitem').first()).toBeVisible();
        // Every coach on the page is checked: this one open, the others collapsed.
        return { page, include: 'communis-coach' };
      },
    }),
  ),
  {
    name: '"Log as help" card',
    browser: 'shared',
    setup: async ({ page, opts }) => {
      await preparePage(page, opts);
      await offerCard(page);
      return { page, include: 'communis-offer' };
    },
  },
];

function formatViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`)
    .join('\n');
}

for (const scheme of ['light', 'dark'] as const satisfies readonly ColorScheme[]) {
  test.describe(`axe, ${scheme}`, () => {
    for (const c of AXE_CASES) {
      test.describe(() => {
        test.use(BROWSER_OPTIONS[c.browser]);
        test(c.name, async ({ page, context, extensionId }) => {
          if (!extensionId) throw new Error('extension not loaded');
          const target = await c.setup({ page, context, extensionId, opts: { colorScheme: scheme } });
          let builder = new AxeBuilder({ page: target.page }).withTags(WCAG_TAGS);
          if (target.include) builder = builder.include(target.include);
          const results = await builder.analyze();
          // What axe could not decide (e.g. text over the chart's bars) is listed in the report for a person to look at.
          if (results.incomplete.length) {
            test.info().annotations.push({ type: 'axe: needs review', description: formatViolations(results.incomplete) });
          }
          expect(formatViolations(results.violations), 'axe violations').toBe('');
          // Make sure axe really looked: at the page, or into the shadow roots of the included hosts.
          const checked = results.passes.flatMap((r) => r.nodes.map((n) => n.target));
          expect(checked.length).toBeGreaterThan(0);
          if (target.include) expect(checked.some((t) => Array.isArray(t[0]))).toBe(true);
        });
      });
    }
  });
}

// ---------------------------------------------------------------- keyboard

/** The element that has focus, through open shadow roots, described for assertions. */
async function deepFocus(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.tagName.toLowerCase());
      el = el.shadowRoot.activeElement;
    }
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      /** The innermost shadow host on the way (the coach's, when focus is in the coach). */
      host: hosts.at(-1) ?? null,
      tag: el.tagName.toLowerCase(),
      label: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '',
      focusVisible: el.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** How the coach pill is reached from the composer with the keyboard alone. */
function pathToPill(c: ComposerCase): 'tab-from-editor' | 'shift-tab-from-submit' {
  // Quill binds Tab to "insert a tab" (as on linkedin.com), so focus cannot
  // leave a Quill editor forwards; the pill sits between the editor and the
  // composer's Post/Comment button, one Shift+Tab back from that button.
  return c.editor === 'quill' ? 'shift-tab-from-submit' : 'tab-from-editor';
}

const SUBMIT_BUTTON: Record<string, (page: Page) => Locator> = {
  'linkedin/share-dialog': (page) => page.locator('#artdeco-modal-outlet .share-actions__primary-action'),
  'linkedin/share-shadow': (page) => page.locator('#interop-outlet .share-actions__primary-action'),
  'linkedin/comment-quill': (page) =>
    page.locator('.feed-shared-update-v2[data-urn]').filter({ hasText: 'Hiring two engineers' }).locator('.comments-comment-box__submit-button--cr'),
};

test.describe('keyboard only', () => {
  test.use({ reuseBrowser: true });

  for (const c of COMPOSERS) {
    // One page load and one typed draft serve two checks: the coach scores the
    // promotional draft on this composer (it was coach.spec.ts's "coaches a
    // promotional draft", see expectCoached), then the keyboard path.
    test(`${c.id}: coaches a promotional draft; reach the coach, open it with Enter, close it with Escape; line breaks with ${c.newlineKey}`, async ({ page }) => {
      const editor = await openComposer(page, c);
      await typeHuman(page, editor, PROMO_REPLY, { newlineKey: c.newlineKey });
      await expectCoached(page, c, editor, PROMO_REPLY);
      const host = await coachHostOf(editor);
      await expect(host).toHaveAttribute('data-state', 'scored');
      const pill = host.getByRole('button', { name: /^Communis coach: score/ });
      const pillFocused = { host: 'communis-coach', tag: 'button', focusVisible: true, outline: 'solid 2px' };

      if (pathToPill(c) === 'tab-from-editor') {
        await page.keyboard.press('Tab');
      } else {
        const submit = SUBMIT_BUTTON[c.id];
        if (!submit) throw new Error(`no submit button known for ${c.id}`);
        // Tab stays in a Quill editor (it types a tab): start from the composer's Post/Comment button, right after the coach.
        await submit(page).focus();
        await page.keyboard.press('Shift+Tab');
      }
      await expect.poll(() => deepFocus(page)).toMatchObject(pillFocused);
      await expect(pill).toBeFocused();
      await expect(pill).toHaveAttribute('aria-expanded', 'false');

      await page.keyboard.press('Enter');
      await expect(pill).toHaveAttribute('aria-expanded', 'true');
      const panel = host.getByRole('region', { name: 'Communis coaching' });
      await expect(panel.getByRole('listitem').first()).toBeVisible();

      // Into the panel: the first finding's "Ignore here" shows focus too;
      // Escape from inside closes it and focus goes back to the pill.
      await page.keyboard.press('Tab');
      await expect.poll(() => deepFocus(page)).toMatchObject({ ...pillFocused, label: expect.stringMatching(/^Ignore [a-z-]+ here$/) });
      await page.keyboard.press('Escape');
      await expect(pill).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toHaveCount(0);
      await expect.poll(() => deepFocus(page)).toMatchObject(pillFocused);

      // Escape on the pill itself closes too.
      await page.keyboard.press('Enter');
      await expect(pill).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Escape');
      await expect(pill).toHaveAttribute('aria-expanded', 'false');
      await expect(pill).toBeFocused();

      if (pathToPill(c) === 'tab-from-editor') {
        // And back to the draft, untouched.
        await page.keyboard.press('Shift+Tab');
        await expect.poll(() => editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
      }
      // The site's own UI did not react to the coach's Escape (dialogs stay open).
      await expect(editor).toBeVisible();
      expect(await editorText(editor)).toBe(PROMO_REPLY);

      // Line breaks with the composer's newline key go into the draft and post
      // nothing (it was fixtures.spec.ts's "line breaks" test, on a page load of its own).
      await editor.click();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => editorText(editor), 'the editor is emptied before the line breaks').toBe('');
      await typeHuman(page, editor, TWO_LINES, { newlineKey: c.newlineKey });
      expect(await editorText(editor), `line breaks with ${c.newlineKey}`).toBe(TWO_LINES);
      expect(await postedTexts(page)).toEqual([]);
    });
  }
});

test('keyboard only: post a reply, reach the "Log as help" card, log it, close it', async ({ page }) => {
  const c = composer('x/status-reply-direct');
  const text = 'Thank you Grace, this saved my week. How did you find it?';
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, text);
  // Editor → coach pill → Reply button, and Enter posts.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-testid="tweetButtonInline"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(c.posted(page, text)).toBeVisible();
  const card = page.locator('communis-offer');
  const accept = card.getByRole('button', { name: 'Log as help to @grace' });
  await expect(accept).toBeVisible();
  // The card does not take focus from the page…
  expect((await deepFocus(page))?.host).not.toBe('communis-offer');
  // …it comes last in the tab order.
  for (let i = 0; i < 10 && (await deepFocus(page))?.host !== 'communis-offer'; i++) await page.keyboard.press('Tab');
  await expect.poll(() => deepFocus(page)).toMatchObject({ host: 'communis-offer', label: 'Log as help to @grace', focusVisible: true, outline: 'solid 2px' });
  await page.keyboard.press('Enter');
  await expect(card.getByText('Logged as help to @grace in your journal.')).toBeVisible();
  // Focus moves on to "Close" (the pressed button is gone), and the card stays while it has focus.
  await expect.poll(() => deepFocus(page)).toMatchObject({ host: 'communis-offer', label: 'Close', focusVisible: true });
  await page.waitForTimeout(4500); // longer than the 4 s a confirmation stays on its own
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

// ---------------------------------------------------------------- focus indicators

/**
 * Tabs through the whole page and returns every stop whose focus indicator is
 * missing or too faint: no outline (or box-shadow) while :focus-visible, or an
 * outline colour with less than 3:1 contrast against the background behind it.
 */
async function focusProblems(page: Page, maxStops = 200): Promise<{ stops: number; problems: string[] }> {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen = new Set<string>();
  const problems: string[] = [];
  let stops = 0;
  let first: string | undefined;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const path = (e: Element): string => {
        const parent = e.parentElement;
        if (!parent) return e.tagName.toLowerCase();
        return `${path(parent)}>${e.tagName.toLowerCase()}:${Array.from(parent.children).indexOf(e)}`;
      };
      const rgb = (c: string): [number, number, number, number] => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m?.[1]) return [0, 0, 0, 0];
        const [r = 0, g = 0, b = 0, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
        return [r, g, b, a];
      };
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
      };
      // The outline is drawn outside the element (outline-offset): compare with the first opaque background above it.
      let bg: [number, number, number, number] = [255, 255, 255, 1];
      for (let p: Element | null = el.parentElement; p; p = p.parentElement) {
        const c = rgb(getComputedStyle(p).backgroundColor);
        if (c[3] > 0.5) {
          bg = c;
          break;
        }
      }
      if (bg[3] <= 0.5) bg = rgb(getComputedStyle(document.documentElement).backgroundColor);
      const s = getComputedStyle(el);
      const width = parseFloat(s.outlineWidth);
      const outline = s.outlineStyle !== 'none' && width >= 1;
      const [l1, l2] = [lum(rgb(s.outlineColor)), lum(bg)];
      const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().slice(0, 40)}"`;
      return {
        key: path(el),
        name,
        focusVisible: el.matches(':focus-visible'),
        outline,
        contrast,
        detail: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} on ${getComputedStyle(document.body).backgroundColor}`,
      };
    });
    if (!stop) continue;
    if (stop.key === first) break; // wrapped around
    first ??= stop.key;
    // Tab moves through a date input's day, month and year while the input keeps focus.
    if (seen.has(stop.key)) continue;
    seen.add(stop.key);
    stops++;
    if (!stop.focusVisible) problems.push(`${stop.name}: not :focus-visible after Tab`);
    else if (!stop.outline) problems.push(`${stop.name}: no focus outline (${stop.detail})`);
    else if (stop.contrast < 3) problems.push(`${stop.name}: focus outline contrast ${stop.contrast.toFixed(2)}:1 (${stop.detail})`);
  }
  return { stops, problems };
}

const FOCUS_CASES: Array<{ name: string; browser: BrowserUse; minStops: number; setup(ctx: Ctx): Promise<Page> }> = [
  {
    name: 'popup with entries',
    browser: 'seeded',
    minStops: 8,
    setup: async (ctx) => {
      await seeded(ctx);
      const popup = await ctx.context.newPage();
      return gotoExtensionPage(popup, ctx.extensionId, 'popup.html', ctx.opts);
    },
  },
  { name: 'options', browser: 'shared', minStops: 20, setup: ({ page, extensionId, opts }) => gotoExtensionPage(page, extensionId, 'options.html', opts) },
  { name: 'journal with entries', browser: 'seeded', minStops: 30, setup: seeded },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`visible focus, ${scheme}`, () => {
    for (const c of FOCUS_CASES) {
      test.describe(() => {
        test.use(BROWSER_OPTIONS[c.browser]);
        test(`every Tab stop of the ${c.name} shows focus`, async ({ page, context, extensionId }) => {
          if (!extensionId) throw new Error('extension not loaded');
          const target = await c.setup({ page, context, extensionId, opts: { colorScheme: scheme } });
          const { stops, problems } = await focusProblems(target);
          expect(problems).toEqual([]);
          expect(stops).toBeGreaterThanOrEqual(c.minStops);
        });
      });
    }
  });
}

// ---------------------------------------------------------------- reduced motion

/** Every element (through open shadow roots) under `roots` that would move: transition or animation longer than 0s. */
async function moving(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const nonZero = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
    const visit = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const s = getComputedStyle(el);
        const tr = nonZero(s.transitionDuration) && s.transitionProperty !== 'none';
        const an = s.animationName !== 'none' && nonZero(s.animationDuration);
        if (tr || an) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    for (const r of Array.from(document.querySelectorAll(sel))) {
      if (r.shadowRoot) visit(r.shadowRoot);
      visit(r);
    }
    return out;
  }, rootSelector);
}

test.describe('reduced motion', () => {
  test('the coach panel moves only when motion is welcome', async ({ page }) => {
    await preparePage(page, { reducedMotion: 'no-preference' });
    await coachOn(page, composer(SITE_REPLY_CASES.x));
    // Without a preference the panel fades in (so this check does measure something)…
    expect(await moving(page, 'communis-coach')).not.toEqual([]);
    // …with reduce, nothing in any coach moves.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await moving(page, 'communis-coach')).toEqual([]);
  });

  test('the popup, options and journal pages (with the undo toast up) do not move', async ({ page, context, extensionId }) => {
    if (!extensionId) throw new Error('extension not loaded');
    const opts: PageOptions = { reducedMotion: 'reduce' };
    const journal = await seedJournal(page, extensionId, opts);
    await journal.locator('ol.entries > li').first().getByRole('button', { name: 'Delete' }).click();
    await expect(journal.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await moving(journal, 'html')).toEqual([]);
    // The toast does slide in when motion is welcome.
    await journal.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await moving(journal, 'html')).not.toEqual([]);
    for (const path of ['popup.html', 'options.html'] as const) {
      const p = await gotoExtensionPage(await context.newPage(), extensionId, path, opts);
      expect(await moving(p, 'html'), path).toEqual([]);
    }
  });
});
