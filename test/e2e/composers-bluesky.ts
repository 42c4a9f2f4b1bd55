// Bluesky composers on the fixture (test/fixtures/sites/bluesky): the TipTap
// composer view opened by "New post", by a post's Reply button (the post
// answered shown above the editor) and by Quote post (the quoted post below
// it). Publish with the button or Ctrl/Cmd+Enter; the composer closes.
import type { Page } from '@playwright/test';
import { composerCase, exactText, type ComposerCase } from './composer-kit';

const item = (page: Page, handle: string) => page.locator(`[data-testid="feedItem-by-${handle}"]`);
const editor = (page: Page) => page.locator('[data-testid="composePostView"] .ProseMirror');
const base = {
  site: 'bluesky', editor: 'prosemirror', newlineKey: 'Enter', postWays: ['button', 'Mod+Enter'], afterPost: 'removed',
  url: 'https://bsky.app/', editorLocator: editor,
  button: (page: Page) => page.locator('[data-testid="composerPublishBtn"]'),
  posted: (page: Page, text: string) => exactText(page.locator('main [data-testid="postText"]'), text),
} as const;

export const BSKY_CASES: ComposerCase[] = [
  composerCase({
    ...base, id: 'bluesky/compose', kind: 'post', markup: 'bluesky--compose', replyTo: null, fixtureComposer: 'post',
    title: 'Bluesky: composer view (TipTap) opened by "New post"',
    open: (page) => page.locator('[data-testid="composeFAB"]').click(),
  }),
  composerCase({
    ...base, id: 'bluesky/reply', kind: 'reply', markup: 'bluesky--reply', replyTo: { name: 'Grace Hopper' }, fixtureComposer: 'reply:grace.bsky.social',
    title: "Bluesky: reply composer with Grace Hopper's post shown above the editor (ComposerReplyTo)",
    open: (page) => item(page, 'grace.bsky.social').locator('[data-testid="replyBtn"]').click(),
  }),
  composerCase({
    ...base, id: 'bluesky/quote', kind: 'comment', markup: 'bluesky--quote', replyTo: { name: 'Alan Turing' }, fixtureComposer: 'quote:alan.bsky.social',
    title: "Bluesky: quote post of Alan Turing's post (QuoteEmbed with \"Remove quote\" below the editor)",
    open: (page) => item(page, 'alan.bsky.social').locator('[data-testid="quoteBtn"]').click(),
  }),
];
