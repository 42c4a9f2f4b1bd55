// LinkedIn composers on the fixture (test/fixtures/sites/linkedin): the SDUI
// feed (TipTap comment and reply boxes, no form), /sharing/compose (native
// <dialog>), and classic markup on single-post pages and group feeds (Quill,
// form). Comments post with the button or Ctrl/Cmd+Enter.
import type { Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

const GRACE_POST = 'Hiring two engineers who love compilers';
const ALAN_POST = 'Sharing my notes on computable numbers';
const card = (page: Page, snippet: string) => page.locator('[role="listitem"]').filter({ hasText: snippet });
const classicPost = (page: Page, snippet: string) => page.locator('.feed-shared-update-v2[data-urn]').filter({ hasText: snippet });
const sduiReplyScope = (page: Page) => card(page, GRACE_POST).locator('[data-fixture="comment"]').first();
const classicPosted = (page: Page, text: string) => exactText(page.locator('.feed-shared-update-v2 .update-components-text'), text);
const classicCommentPosted = (snippet: string) => (page: Page, text: string) =>
  exactText(classicPost(page, snippet).locator('.comments-comment-item__main-content'), text);
const base = { site: 'linkedin', newlineKey: 'Enter', postWays: ['button', 'Mod+Enter'] } as const;

export const LI_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'linkedin/sdui-comment', kind: 'comment', editor: 'prosemirror',
    title: "LinkedIn SDUI feed: TipTap comment box (data-view-name=comment-box, no form) under Grace Hopper's post",
    url: 'https://www.linkedin.com/feed/', markup: 'linkedin--sdui-feed', open: async () => {},
    editorLocator: (page) => card(page, GRACE_POST).locator(':scope > div > [aria-label="Text editor for creating comment"] .ProseMirror'),
    replyTo: { name: 'Grace Hopper' },
    button: (page) => card(page, GRACE_POST).locator('button[data-view-name="comment-post"]'),
    posted: (page, text) => exactText(card(page, GRACE_POST).locator('[data-fixture="comment-text"]'), text),
    afterPost: 'cleared', fixtureComposer: 'comment:7300000000000000001',
  }),
  composerCase({
    ...base, id: 'linkedin/sdui-reply', kind: 'reply', editor: 'prosemirror',
    title: "LinkedIn SDUI feed: reply box (comment-reply-post) opened by Reply under Alan Turing's comment",
    url: 'https://www.linkedin.com/feed/', markup: 'linkedin--sdui-reply',
    open: (page) => sduiReplyScope(page).getByRole('button', { name: 'Reply', exact: true }).click(),
    editorLocator: (page) => sduiReplyScope(page).locator('[aria-label="Text editor for creating reply"] .ProseMirror'),
    replyTo: { name: 'Alan Turing' },
    button: (page) => sduiReplyScope(page).locator('button[data-view-name="comment-reply-post"]'),
    posted: (page, text) => exactText(sduiReplyScope(page).locator('[data-fixture="replies"] [data-fixture="comment-text"]'), text),
    afterPost: 'cleared', fixtureComposer: 'reply:7300000000000000001-c0',
  }),
  composerCase({
    ...base, id: 'linkedin/sharing-compose', kind: 'post', editor: 'prosemirror',
    title: 'LinkedIn "Start a post" on the SDUI feed: /sharing/compose, a native <dialog> without role',
    url: 'https://www.linkedin.com/feed/', markup: 'linkedin--sharing-compose',
    open: (page) => page.getByRole('button', { name: 'Start a post', exact: true }).click(),
    editorLocator: (page) => page.locator('dialog .ProseMirror'), replyTo: null, postWays: ['button', 'Mod+Enter'],
    button: (page) => page.locator('dialog .share-actions__primary-action'),
    posted: (page, text) => exactText(page.locator('[data-view-name="feed-commentary"]'), text),
    afterPost: 'removed', fixtureComposer: 'sharing-compose',
  }),
  composerCase({
    ...base, id: 'linkedin/share-dialog', kind: 'post', editor: 'quill', postWays: ['button'],
    title: 'LinkedIn classic share box (Quill) in the artdeco modal opened by "Start a post" on a group feed',
    url: 'https://www.linkedin.com/groups/4242/', markup: 'linkedin--share-dialog',
    open: (page) => page.getByRole('button', { name: 'Start a post', exact: true }).click(),
    editorLocator: (page) => page.locator('#artdeco-modal-outlet [role="dialog"] .ql-editor'), replyTo: null,
    button: (page) => page.locator('#artdeco-modal-outlet .share-actions__primary-action'),
    posted: classicPosted, afterPost: 'removed', fixtureComposer: 'share-dialog',
  }),
  composerCase({
    ...base, id: 'linkedin/share-shadow', kind: 'post', editor: 'quill', postWays: ['button'],
    title: 'LinkedIn share box (Quill) inside the open shadow root of #interop-outlet',
    url: 'https://www.linkedin.com/groups/4242/', markup: 'linkedin--group-feed',
    open: (page) => page.getByRole('button', { name: 'Start a post (new)', exact: true }).click(),
    // Playwright's CSS engine pierces open shadow roots.
    editorLocator: (page) => page.locator('#interop-outlet [role="dialog"] .ql-editor'), replyTo: null,
    button: (page) => page.locator('#interop-outlet .share-actions__primary-action'),
    posted: classicPosted, afterPost: 'removed', fixtureComposer: 'share-shadow',
  }),
  composerCase({
    ...base, id: 'linkedin/comment-quill', kind: 'comment', editor: 'quill',
    title: "LinkedIn classic single-post page: Quill comment box in a form under Grace Hopper's post",
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7190000000000000001/', markup: 'linkedin--classic-post', open: async () => {},
    editorLocator: (page) => classicPost(page, GRACE_POST).locator('.comments-comment-box .ql-editor'), replyTo: { name: 'Grace Hopper' },
    button: (page) => classicPost(page, GRACE_POST).locator('.comments-comment-box__submit-button--cr'),
    posted: classicCommentPosted(GRACE_POST), afterPost: 'cleared', fixtureComposer: 'comment:urn:li:activity:7190000000000000001',
  }),
  composerCase({
    ...base, id: 'linkedin/comment-prosemirror', kind: 'comment', editor: 'prosemirror',
    title: "LinkedIn classic group feed: TipTap comment box in a form under Alan Turing's post",
    url: 'https://www.linkedin.com/groups/4242/', markup: 'linkedin--group-feed', open: async () => {},
    editorLocator: (page) => classicPost(page, ALAN_POST).locator('.comments-comment-box .ProseMirror'), replyTo: { name: 'Alan Turing' },
    button: (page) => classicPost(page, ALAN_POST).locator('.comments-comment-box__submit-button--cr'),
    posted: classicCommentPosted(ALAN_POST), afterPost: 'cleared', fixtureComposer: 'comment:urn:li:activity:7190000000000000002',
  }),
];
