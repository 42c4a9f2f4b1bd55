// Facebook composers on the fixture (test/fixtures/sites/facebook): Lexical
// everywhere. Comment and reply boxes post with Enter (Shift+Enter is a line
// break) or #focused-state-composer-submit; the create-post dialog with Post.
import type { Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

const post = (page: Page, id: string) => page.locator(`[data-fixture-post="${id}"]`);
const lexical = '[data-lexical-editor="true"]';
const inForm = (scope: ReturnType<Page['locator']>, form: string) => scope.locator(`form[data-fixture="${form}"] ${lexical}`).first();
const submitIn = (scope: ReturnType<Page['locator']>, form: string) => scope.locator(`form[data-fixture="${form}"] #focused-state-composer-submit [role="button"]`).first();
const commentText = (scope: (page: Page) => ReturnType<Page['locator']>) => (page: Page, text: string) => exactText(scope(page).locator('[data-fixture="comment-text"]'), text);
const base = { site: 'facebook', editor: 'lexical', newlineKey: 'Shift+Enter', postWays: ['Enter', 'button'], afterPost: 'cleared' } as const;
const viewer = (page: Page) => page.locator('[data-fixture="viewer-panel"]');
const modal = (page: Page) => page.locator('[data-fixture="post-modal"]');
const replyScope = (page: Page) => post(page, 'p1').locator('[data-fixture="comments"] > li').first();

export const FB_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'facebook/post-dialog', kind: 'post', newlineKey: 'Enter', postWays: ['button'],
    title: 'Facebook create-post dialog opened from "What\'s on your mind?" (aria-modal, no post in it)',
    url: 'https://www.facebook.com/', markup: 'facebook--post-dialog',
    open: (page) => page.locator('[data-fixture="create-post-entry"] [role="button"]').click(),
    editorLocator: (page) => page.locator(`[role="dialog"] ${lexical}`), replyTo: null,
    button: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]'),
    posted: (page, text) => exactText(page.locator('[role="feed"] [data-fixture="post-text"]'), text),
    afterPost: 'removed', fixtureComposer: 'post-dialog',
  }),
  composerCase({
    ...base, id: 'facebook/comment', kind: 'comment', title: "Facebook comment box under Grace Hopper's post (role=article, \"Write a comment…\")",
    url: 'https://www.facebook.com/', markup: 'facebook--feed', open: async () => {},
    editorLocator: (page) => inForm(post(page, 'p1'), 'comment-form'), replyTo: { name: 'Grace Hopper' },
    button: (page) => submitIn(post(page, 'p1'), 'comment-form'),
    posted: commentText((page) => post(page, 'p1')), fixtureComposer: 'comment:p1',
  }),
  composerCase({
    ...base, id: 'facebook/comment-posinset', kind: 'comment',
    title: "Facebook comment box under Margaret Hamilton's post: an aria-posinset wrapper, not role=article (\"Comment as <you>\")",
    url: 'https://www.facebook.com/', markup: 'facebook--feed', open: async () => {},
    editorLocator: (page) => inForm(post(page, 'p2'), 'comment-form'), replyTo: { name: 'Margaret Hamilton' },
    button: (page) => submitIn(post(page, 'p2'), 'comment-form'),
    posted: commentText((page) => post(page, 'p2')), fixtureComposer: 'comment:p2',
  }),
  composerCase({
    ...base, id: 'facebook/reply', kind: 'reply', title: "Facebook reply box (\"Reply to Alan Turing\") opened by Reply under Alan Turing's comment",
    url: 'https://www.facebook.com/', markup: 'facebook--reply',
    open: (page) => replyScope(page).getByRole('button', { name: 'Reply', exact: true }).click(),
    editorLocator: (page) => inForm(replyScope(page), 'reply-form'), replyTo: { name: 'Alan Turing' },
    button: (page) => submitIn(replyScope(page), 'reply-form'),
    posted: (page, text) => exactText(post(page, 'p1').locator('[data-fixture="replies"] [data-fixture="comment-text"]'), text),
    fixtureComposer: 'reply:p1-c0',
  }),
  composerCase({
    ...base, id: 'facebook/post-modal', kind: 'comment',
    title: "Facebook post modal (div[role=dialog][aria-modal=true]) opened by Comment on Margaret Hamilton's post",
    url: 'https://www.facebook.com/', markup: 'facebook--post-modal',
    open: (page) => post(page, 'p2').locator('[data-fixture="comment-button"]').click(),
    editorLocator: (page) => inForm(modal(page), 'modal-comment-form'), replyTo: { name: 'Margaret Hamilton' },
    button: (page) => submitIn(modal(page), 'modal-comment-form'),
    posted: commentText(modal), fixtureComposer: 'comment:modal-p2',
  }),
  composerCase({
    ...base, id: 'facebook/photo-viewer', kind: 'comment', title: "Facebook photo viewer (/photo/): comment box beside Katherine Johnson's photo",
    url: 'https://www.facebook.com/photo/?fbid=10', markup: 'facebook--photo-viewer', open: async () => {},
    editorLocator: (page) => inForm(viewer(page), 'comment-form'), replyTo: { name: 'Katherine Johnson' },
    button: (page) => submitIn(viewer(page), 'comment-form'), posted: commentText(viewer), fixtureComposer: 'comment:photo-10',
  }),
  composerCase({
    ...base, id: 'facebook/video-viewer', kind: 'comment', title: "Facebook video viewer (/watch/): comment box beside Katherine Johnson's video",
    url: 'https://www.facebook.com/watch/?v=20', markup: 'facebook--video-viewer', open: async () => {},
    editorLocator: (page) => inForm(viewer(page), 'comment-form'), replyTo: { name: 'Katherine Johnson' },
    button: (page) => submitIn(viewer(page), 'comment-form'), posted: commentText(viewer), fixtureComposer: 'comment:video-20',
  }),
  composerCase({
    ...base, id: 'facebook/photo-viewer-fr', kind: 'comment', title: 'Facebook photo viewer in French ("Commenter en tant que …")',
    url: 'https://www.facebook.com/photo/?fbid=10&locale=fr_FR', markup: 'facebook--photo-viewer-fr', open: async () => {},
    editorLocator: (page) => inForm(viewer(page), 'comment-form'), replyTo: { name: 'Katherine Johnson' },
    button: (page) => submitIn(viewer(page), 'comment-form'), posted: commentText(viewer), fixtureComposer: 'comment:photo-10',
  }),
];
