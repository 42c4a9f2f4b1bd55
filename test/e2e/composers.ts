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

export type Site = 'x' | 'facebook' | 'linkedin';
export type Kind = 'post' | 'reply' | 'comment';
export type EditorLibrary = 'draft-js' | 'textarea' | 'lexical' | 'quill' | 'prosemirror';

export interface ComposerCase {
  /** Unique id, used as the test title, e.g. "x/home-inline". */
  id: string;
  site: Site;
  /** Kind the coach should report in data-kind. */
  kind: Kind;
  /** The editor library on the fixture page. */
  editor: EditorLibrary;
  /** What the row covers, in words. */
  title: string;
  /** Page to load first (served from the fixture at this real URL). */
  url: string;
  /** After `page.goto(url)`: the clicks that make the composer appear (no-op when it is there on load). */
  open(page: Page): Promise<void>;
  /** The editable element (contenteditable root or textarea) of this composer, once open. */
  editorLocator(page: Page): Locator;
  /** Who is being answered, as the page shows it; null for new posts. The X
   *  handle is given with its "@"; Facebook and LinkedIn only show names. */
  replyTo: { name: string; handle?: string } | null;
  /** Key that inserts a line break (Facebook comment boxes submit on Enter). */
  newlineKey: 'Enter' | 'Shift+Enter';
  /** True when pressing Enter posts the draft. */
  enterSubmits: boolean;
  /** Posts the draft the way a person would (button click or Enter). */
  submit(page: Page): Promise<void>;
  /** The posted item's text element, once `text` has been posted. */
  posted(page: Page, text: string): Locator;
  /** After posting the composer is emptied in place or goes away (dialogs close). */
  afterPost: 'cleared' | 'removed';
  /** Composer name in `window.__fixture.posts` on the fixture page. */
  fixtureComposer: string;
}

const exactText = (scope: Locator, text: string) => scope.getByText(text, { exact: true });

// ---------------------------------------------------------------- X

const xPrimaryEditor = (page: Page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
const xDialogEditor = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
const xPosted = (page: Page, text: string) => exactText(page.locator('article[data-testid="tweet"] [data-testid="tweetText"]'), text);

const X_CASES: ComposerCase[] = [
  {
    id: 'x/home-inline',
    site: 'x',
    kind: 'post',
    editor: 'draft-js',
    title: 'X home timeline inline composer',
    url: 'https://x.com/home',
    open: async () => {},
    editorLocator: xPrimaryEditor,
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
    posted: xPosted,
    afterPost: 'cleared',
    fixtureComposer: 'home-inline',
  },
  {
    id: 'x/compose-dialog',
    site: 'x',
    kind: 'post',
    editor: 'draft-js',
    title: 'X compose dialog opened from the sidebar Post button (pushState to /compose/post)',
    url: 'https://x.com/home',
    open: (page) => page.locator('[data-testid="SideNav_NewTweet_Button"]').click(),
    editorLocator: xDialogEditor,
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]').click(),
    posted: xPosted,
    afterPost: 'removed',
    fixtureComposer: 'compose-dialog',
  },
  {
    id: 'x/status-reply-spa',
    site: 'x',
    kind: 'reply',
    editor: 'draft-js',
    title: "X reply composer on a status page reached by pushState from home (Ada's post)",
    url: 'https://x.com/home',
    open: async (page) => {
      await page.locator('a[href="/ada/status/1001"]').click();
      await page.waitForURL('https://x.com/ada/status/1001');
    },
    editorLocator: xPrimaryEditor,
    replyTo: { name: 'Ada Lovelace', handle: '@ada' },
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
    posted: xPosted,
    afterPost: 'cleared',
    fixtureComposer: 'status-reply',
  },
  {
    id: 'x/status-reply-direct',
    site: 'x',
    kind: 'reply',
    editor: 'draft-js',
    title: "X reply composer on a status page loaded directly, on twitter.com (Grace's post)",
    url: 'https://twitter.com/grace/status/1002',
    open: async () => {},
    editorLocator: xPrimaryEditor,
    replyTo: { name: 'Grace Hopper', handle: '@grace' },
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
    posted: xPosted,
    afterPost: 'cleared',
    fixtureComposer: 'status-reply',
  },
  {
    id: 'x/reply-dialog',
    site: 'x',
    kind: 'reply',
    editor: 'draft-js',
    title: "X reply dialog opened from the Reply button of Grace's post on home",
    url: 'https://x.com/home',
    open: (page) =>
      page.locator('article[data-testid="tweet"]').filter({ hasText: '@grace' }).locator('[data-testid="reply"]').click(),
    editorLocator: xDialogEditor,
    replyTo: { name: 'Grace Hopper', handle: '@grace' },
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[role="dialog"] [data-testid="tweetButton"]').click(),
    posted: xPosted,
    afterPost: 'removed',
    fixtureComposer: 'reply-dialog',
  },
  {
    id: 'x/mobile-textarea',
    site: 'x',
    kind: 'post',
    editor: 'textarea',
    title: 'mobile.x.com composer: a plain textarea',
    url: 'https://mobile.x.com/compose/post',
    open: async () => {},
    editorLocator: (page) => page.locator('textarea[data-testid="tweetTextarea_0"]'),
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[data-testid="tweetButton"]').click(),
    posted: xPosted,
    afterPost: 'cleared',
    fixtureComposer: 'mobile',
  },
];

// ---------------------------------------------------------------- Facebook

const fbPost = (page: Page, id: string) => page.locator(`[role="article"][data-fixture-post="${id}"]`);
const fbCommentEditor = (page: Page) =>
  fbPost(page, 'p1').locator(':scope > form[data-fixture="comment-form"] [data-lexical-editor="true"]');
const fbReplyEditor = (page: Page) =>
  fbPost(page, 'p1').locator('[data-fixture="comments"] > li').first().locator('form [data-lexical-editor="true"]');

const FB_CASES: ComposerCase[] = [
  {
    id: 'facebook/post-dialog',
    site: 'facebook',
    kind: 'post',
    editor: 'lexical',
    title: 'Facebook create-post dialog opened from "What\'s on your mind?"',
    url: 'https://www.facebook.com/',
    open: (page) => page.locator('[data-fixture="create-post-entry"] [role="button"]').click(),
    editorLocator: (page) => page.locator('[role="dialog"] [data-lexical-editor="true"]'),
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click(),
    posted: (page, text) => exactText(page.locator('[role="feed"] [data-fixture="post-text"]'), text),
    afterPost: 'removed',
    fixtureComposer: 'post-dialog',
  },
  {
    id: 'facebook/comment',
    site: 'facebook',
    kind: 'comment',
    editor: 'lexical',
    title: "Facebook comment box under Grace Hopper's post (Enter submits)",
    url: 'https://www.facebook.com/',
    open: async () => {},
    editorLocator: fbCommentEditor,
    replyTo: { name: 'Grace Hopper' },
    newlineKey: 'Shift+Enter',
    enterSubmits: true,
    submit: (page) => fbCommentEditor(page).press('Enter'),
    posted: (page, text) => exactText(fbPost(page, 'p1').locator('[data-fixture="comment-text"]'), text),
    afterPost: 'cleared',
    fixtureComposer: 'comment:p1',
  },
  {
    id: 'facebook/reply',
    site: 'facebook',
    kind: 'reply',
    editor: 'lexical',
    title: "Facebook reply box opened by Reply under Alan Turing's comment (Enter submits)",
    url: 'https://www.facebook.com/',
    open: (page) =>
      fbPost(page, 'p1')
        .locator('[data-fixture="comments"] > li')
        .first()
        .getByRole('button', { name: 'Reply', exact: true })
        .click(),
    editorLocator: fbReplyEditor,
    replyTo: { name: 'Alan Turing' },
    newlineKey: 'Shift+Enter',
    enterSubmits: true,
    submit: (page) => fbReplyEditor(page).press('Enter'),
    posted: (page, text) =>
      exactText(fbPost(page, 'p1').locator('[data-fixture="replies"] [data-fixture="comment-text"]'), text),
    afterPost: 'cleared',
    fixtureComposer: 'reply:p1-c0',
  },
];

// ---------------------------------------------------------------- LinkedIn

const liPost = (page: Page, snippet: string) => page.locator('.feed-shared-update-v2[data-urn]').filter({ hasText: snippet });
const GRACE_POST = 'Hiring two engineers who love compilers';
const ALAN_POST = 'Sharing my notes on computable numbers';
const liPosted = (page: Page, text: string) => exactText(page.locator('.feed-shared-update-v2 .update-components-text'), text);
const liCommentPosted = (snippet: string) => (page: Page, text: string) =>
  exactText(liPost(page, snippet).locator('.comments-comment-item__main-content'), text);

const LI_CASES: ComposerCase[] = [
  {
    id: 'linkedin/share-dialog',
    site: 'linkedin',
    kind: 'post',
    editor: 'quill',
    title: 'LinkedIn share box (Quill) in the artdeco modal opened by "Start a post"',
    url: 'https://www.linkedin.com/feed/',
    open: (page) => page.getByRole('button', { name: 'Start a post', exact: true }).click(),
    editorLocator: (page) => page.locator('#artdeco-modal-outlet [role="dialog"] .ql-editor'),
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('#artdeco-modal-outlet .share-actions__primary-action').click(),
    posted: liPosted,
    afterPost: 'removed',
    fixtureComposer: 'share-dialog',
  },
  {
    id: 'linkedin/share-shadow',
    site: 'linkedin',
    kind: 'post',
    editor: 'quill',
    title: 'LinkedIn share box (Quill) inside the open shadow root of #interop-outlet',
    url: 'https://www.linkedin.com/feed/',
    open: (page) => page.getByRole('button', { name: 'Start a post (new)', exact: true }).click(),
    // Playwright's CSS engine pierces open shadow roots.
    editorLocator: (page) => page.locator('#interop-outlet [role="dialog"] .ql-editor'),
    replyTo: null,
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => page.locator('#interop-outlet .share-actions__primary-action').click(),
    posted: liPosted,
    afterPost: 'removed',
    fixtureComposer: 'share-shadow',
  },
  {
    id: 'linkedin/comment-quill',
    site: 'linkedin',
    kind: 'comment',
    editor: 'quill',
    title: "LinkedIn Quill comment box under Grace Hopper's post",
    url: 'https://www.linkedin.com/feed/',
    open: async () => {},
    editorLocator: (page) => liPost(page, GRACE_POST).locator('.comments-comment-box .ql-editor'),
    replyTo: { name: 'Grace Hopper' },
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => liPost(page, GRACE_POST).locator('.comments-comment-box__submit-button--cr').click(),
    posted: liCommentPosted(GRACE_POST),
    afterPost: 'cleared',
    fixtureComposer: 'comment:urn:li:activity:7190000000000000001',
  },
  {
    id: 'linkedin/comment-prosemirror',
    site: 'linkedin',
    kind: 'comment',
    editor: 'prosemirror',
    title: "LinkedIn TipTap/ProseMirror comment box under Alan Turing's post",
    url: 'https://www.linkedin.com/feed/',
    open: async () => {},
    editorLocator: (page) => liPost(page, ALAN_POST).locator('.comments-comment-box .ProseMirror'),
    replyTo: { name: 'Alan Turing' },
    newlineKey: 'Enter',
    enterSubmits: false,
    submit: (page) => liPost(page, ALAN_POST).locator('.comments-comment-box__submit-button--cr').click(),
    posted: liCommentPosted(ALAN_POST),
    afterPost: 'cleared',
    fixtureComposer: 'comment:urn:li:activity:7190000000000000002',
  },
];

/** Every composer on the fixture pages, one row per site × composer. */
export const COMPOSERS: readonly ComposerCase[] = [...X_CASES, ...FB_CASES, ...LI_CASES];

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
    anyEditor: '[data-lexical-editor="true"]',
    removes: "the comment box of the first post in the feed",
    adds: 'a new first post (Katherine Johnson) with a comment box',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    anyEditor: '.ql-editor, .ProseMirror',
    removes: 'the comment box of the first post that has one',
    adds: 'a new first post (Katherine Johnson) with a Quill comment box',
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
