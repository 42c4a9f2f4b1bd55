// X composers on the fixture (test/fixtures/sites/x): Draft.js everywhere,
// the nested Lexical-like composer with ?composer=lexical, a textarea on
// mobile. X posts with the button or Ctrl/Cmd+Enter (Enter is a line break).
import type { Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

const primary = (page: Page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
const dialogEditor = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
const inlineButton = (page: Page) => page.locator('[data-testid="tweetButtonInline"]');
const dialogButton = (page: Page) => page.locator('[role="dialog"] [data-testid="tweetButton"]');
const posted = (page: Page, text: string) => exactText(page.locator('article[data-testid="tweet"] [data-testid="tweetText"]'), text);
const base = { site: 'x', editor: 'draft-js', newlineKey: 'Enter', postWays: ['button', 'Mod+Enter'], posted } as const;

export const X_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'x/home-inline', kind: 'post', title: 'X home timeline inline composer (Draft.js)',
    url: 'https://x.com/home', markup: 'x--home-inline', open: async () => {}, editorLocator: primary, replyTo: null,
    button: inlineButton, afterPost: 'cleared', fixtureComposer: 'home-inline',
  }),
  composerCase({
    ...base, id: 'x/home-lexical', kind: 'post', editor: 'lexical',
    title: 'X home composer whose editable is nested inside tweetTextarea_0 (Lexical-like, 2026)',
    url: 'https://x.com/home?composer=lexical', markup: 'x--home-lexical', open: async () => {},
    editorLocator: (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"] [contenteditable="true"]'),
    replyTo: null, button: inlineButton, afterPost: 'cleared', fixtureComposer: 'home-inline',
  }),
  composerCase({
    ...base, id: 'x/compose-dialog', kind: 'post', title: 'X compose dialog opened from the sidebar Post button (pushState to /compose/post)',
    url: 'https://x.com/home', markup: 'x--compose-dialog', open: (page) => page.locator('[data-testid="SideNav_NewTweet_Button"]').click(),
    editorLocator: dialogEditor, replyTo: null, button: dialogButton, afterPost: 'removed', fixtureComposer: 'compose-dialog',
  }),
  composerCase({
    ...base, id: 'x/status-reply-spa', kind: 'reply', title: "X reply composer on a status page reached by pushState from home (Ada's post)",
    url: 'https://x.com/home', markup: 'x--status-reply-spa',
    open: async (page) => {
      await page.locator('a[href="/ada/status/1001"]').click();
      await page.waitForURL('https://x.com/ada/status/1001');
    },
    editorLocator: primary, replyTo: { name: 'Ada Lovelace', handle: '@ada' }, button: inlineButton, afterPost: 'cleared', fixtureComposer: 'status-reply',
  }),
  composerCase({
    ...base, id: 'x/status-reply-direct', kind: 'reply', title: "X reply composer on a status page loaded directly, on twitter.com (Grace's post)",
    url: 'https://twitter.com/grace/status/1002', markup: 'x--status-reply-direct', open: async () => {},
    editorLocator: primary, replyTo: { name: 'Grace Hopper', handle: '@grace' }, button: inlineButton, afterPost: 'cleared', fixtureComposer: 'status-reply',
  }),
  composerCase({
    ...base, id: 'x/status-reply-thread', kind: 'reply',
    title: "X status page of a reply (Alan answering Ada): the thread is above the focal article[tabindex=-1]",
    url: 'https://x.com/alan/status/1003', markup: 'x--status-reply-thread', open: async () => {},
    editorLocator: primary, replyTo: { name: 'Alan Turing', handle: '@alan' }, button: inlineButton, afterPost: 'cleared', fixtureComposer: 'status-reply',
  }),
  composerCase({
    ...base, id: 'x/reply-dialog', kind: 'reply', title: "X reply dialog opened from the Reply button of Grace's post on home",
    url: 'https://x.com/home', markup: 'x--reply-dialog',
    open: (page) => page.locator('article[data-testid="tweet"]').filter({ hasText: '@grace' }).locator('[data-testid="reply"]').click(),
    editorLocator: dialogEditor, replyTo: { name: 'Grace Hopper', handle: '@grace' }, button: dialogButton, afterPost: 'removed', fixtureComposer: 'reply-dialog',
  }),
  composerCase({
    ...base, id: 'x/mobile-textarea', kind: 'post', editor: 'textarea', title: 'mobile.x.com composer: a plain textarea',
    url: 'https://mobile.x.com/compose/post', markup: 'x--mobile-textarea', open: async () => {},
    editorLocator: (page) => page.locator('textarea[data-testid="tweetTextarea_0"]'), replyTo: null, postWays: ['button'],
    button: (page) => page.locator('[data-testid="tweetButton"]'), afterPost: 'cleared', fixtureComposer: 'mobile',
  }),
];
