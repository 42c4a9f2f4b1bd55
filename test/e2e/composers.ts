// The table of composers on the fixture pages: one row per site × composer
// the extension must coach. Tests loop over it (see fixtures.spec.ts); coach
// assertions can reuse the same rows:
//
//   for (const c of COMPOSERS) test(c.id, async ({ page }) => {
//     const editor = await openComposer(page, c);
//     await typeHuman(page, editor, 'Buy now!', { newlineKey: c.newlineKey });
//     // expect <communis-coach data-site=c.site data-kind=c.kind data-reply-to=…>
//   });

import { expect, type Locator, type Page } from '@playwright/test';
import type { ComposerCase, Site } from './composer-kit';
import { X_CASES } from './composers-x';
import { FB_CASES } from './composers-facebook';
import { LI_CASES } from './composers-linkedin';
import { BSKY_CASES } from './composers-bluesky';
import { MASTODON_CASES } from './composers-mastodon';
import { THREADS_CASES } from './composers-threads';

export * from './composer-kit';

/** Every composer on the fixture pages, one row per site × composer. */
export const COMPOSERS: readonly ComposerCase[] = [...X_CASES, ...FB_CASES, ...LI_CASES, ...BSKY_CASES, ...THREADS_CASES, ...MASTODON_CASES];

/** The fixture pages as a whole, for tests of composers coming and going. */
export interface SitePage {
  site: Site;
  url: string;
  /** Matches every composer's editable element on the page. */
  anyEditor: string;
  /** `#fixture-remove-composer` removes this composer… */
  removes: string;
  /** …and `#fixture-add-composer` adds this one. */
  adds: string;
}

export const SITE_PAGES: readonly SitePage[] = [
  {
    site: 'x',
    url: 'https://x.com/home',
    anyEditor: '[data-testid^="tweetTextarea_"]',
    removes: 'the inline composer (home) or the reply composer (status page)',
    adds: 'the same composer back',
  },
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    anyEditor: '[role="feed"] [data-lexical-editor="true"]',
    removes: "the comment box of the first post in the feed",
    adds: 'a new first post (Katherine Johnson) with a comment box',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    anyEditor: '.ql-editor, .ProseMirror',
    removes: 'the comment box of the first post that has one',
    adds: 'a new first post (Katherine Johnson) with a TipTap comment box (SDUI feed)',
  },
  {
    site: 'bluesky',
    url: 'https://bsky.app/intent/compose',
    anyEditor: '[data-testid="composePostView"] .ProseMirror',
    removes: 'the composer opened by the intent URL (Cancel)',
    adds: 'a new post composer',
  },
  {
    site: 'threads',
    url: 'https://www.threads.com/intent/post',
    anyEditor: '[role="dialog"] [data-lexical-editor="true"]',
    removes: 'the new thread dialog opened by the intent URL (Cancel)',
    adds: 'a new thread dialog',
  },
];

export const REMOVE_COMPOSER = '#fixture-remove-composer';
export const ADD_COMPOSER = '#fixture-add-composer';

/** Loads the case's page, opens the composer and returns its (visible) editable element. */
export async function openComposer(page: Page, c: ComposerCase): Promise<Locator> {
  await page.goto(c.url);
  await c.open(page);
  const editor = c.editorLocator(page);
  await expect(editor).toBeVisible();
  return editor;
}
