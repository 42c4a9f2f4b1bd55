// Threads composers on the fixture (test/fixtures/sites/threads): the Lexical
// composer dialog opened by "What's new?" (also at www.threads.net, which
// redirects to www.threads.com) and by a post's Reply button (the post
// answered shown in the dialog). Posting is the dialog's "Post" button. A
// post's page has an inline reply composer under the post (no dialog) that
// sends with its arrow button or Ctrl/Cmd+Enter.
import type { Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

const post = (page: Page, snippet: string) => page.locator('main [data-pressable-container]').filter({ hasText: snippet });
const base = {
  site: 'threads', editor: 'lexical', newlineKey: 'Enter', postWays: ['button'], afterPost: 'removed',
  editorLocator: (page: Page) => page.locator('[role="dialog"] [data-lexical-editor="true"]'),
  button: (page: Page) => page.locator('[role="dialog"] div[role="button"]').filter({ hasText: /^Post$/ }),
  posted: (page: Page, text: string) => exactText(page.locator('main [data-pressable-container] span[dir="auto"]'), text),
} as const;

export const THREADS_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'threads/compose', kind: 'post', url: 'https://www.threads.com/', markup: 'threads--compose', replyTo: null, fixtureComposer: 'post',
    title: 'Threads: new thread dialog (Lexical) opened by "What\'s new?"',
    open: (page) => page.locator('[data-fixture="whats-new"]').click(),
  }),
  composerCase({
    ...base, id: 'threads/reply', kind: 'reply', url: 'https://www.threads.com/', markup: 'threads--reply', replyTo: { name: 'grace', handle: '@grace' }, fixtureComposer: 'reply:grace',
    title: "Threads: reply dialog with grace's post above the editor",
    open: (page) => post(page, 'Hiring two engineers').locator('[data-fixture="reply"]').click(),
  }),
  composerCase({
    ...base, id: 'threads/net-intent', kind: 'post', url: 'https://www.threads.net/intent/post', markup: 'threads--intent', replyTo: null, fixtureComposer: 'post',
    title: 'Threads: www.threads.net/intent/post redirects to www.threads.com and opens the new thread dialog',
    // The old domain answers with a redirect; the composer is open where it lands.
    ready: (page) => page.waitForURL((u) => u.hostname === 'www.threads.com' && u.pathname === '/intent/post'),
    open: async () => {},
  }),
  composerCase({
    ...base, id: 'threads/post-inline', kind: 'reply', url: 'https://www.threads.com/@grace/post/Cfixture1', markup: 'threads--post-inline',
    replyTo: { name: 'grace', handle: '@grace' }, fixtureComposer: 'inline:grace', postWays: ['button', 'Mod+Enter'], afterPost: 'cleared',
    title: "Threads: inline reply composer under grace's post on its own page (Lexical, no dialog; arrow button or Ctrl/Cmd+Enter)",
    editorLocator: (page) => page.locator('main [data-fixture="inline-reply"] [data-lexical-editor="true"]'),
    button: (page) => page.locator('main [data-fixture="inline-send"]'),
    open: async () => {},
  }),
];
