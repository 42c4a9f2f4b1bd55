// Saved-markup cases per adapter: the page (saved from the evidence-based
// fixture pages by test/e2e/markup.spec.ts), the composer, and what the
// adapter must say about it. One row per composer in test/e2e/composers-*.ts.

import type { SubmitKey } from '../../../src/sites/adapter';

export interface Case {
  /** Composer id in the e2e table. */
  id: string;
  file: string;
  url: string;
  /** The composer under test (the one the page opened), by selector. */
  editor: string;
  kind: 'post' | 'reply' | 'comment';
  replyTo?: string;
  /** All composers the adapter should find on the page. */
  composers: number;
  /** The key that posts it. */
  key: SubmitKey;
  /** Whether the adapter finds this composer's own post button. */
  button: boolean;
}

const X = 'x.com';
const FB = 'https://www.facebook.com';
const LI = 'https://www.linkedin.com';

export const ADAPTER_CASES: Record<string, Case[]> = {
  x: [
    { id: 'x/home-inline', file: 'x--home-inline', url: `https://${X}/home`, editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'x/home-lexical', file: 'x--home-lexical', url: `https://${X}/home?composer=lexical`, editor: '[data-testid="tweetTextarea_0"] [contenteditable="true"]', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'x/compose-dialog', file: 'x--compose-dialog', url: `https://${X}/compose/post`, editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', kind: 'post', composers: 2, key: 'Mod+Enter', button: true },
    { id: 'x/reply-dialog', file: 'x--reply-dialog', url: `https://${X}/home`, editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@grace', composers: 2, key: 'Mod+Enter', button: true },
    { id: 'x/status-reply-direct', file: 'x--status-reply-direct', url: 'https://twitter.com/grace/status/1002', editor: '[data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@grace', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'x/status-reply-spa', file: 'x--status-reply-spa', url: `https://${X}/ada/status/1001`, editor: '[data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@ada', composers: 1, key: 'Mod+Enter', button: true },
    // The thread's root (@ada) comes first in the page; the focal post (@alan) is the one answered.
    { id: 'x/status-reply-thread', file: 'x--status-reply-thread', url: `https://${X}/alan/status/1003`, editor: '[data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@alan', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'x/mobile-textarea', file: 'x--mobile-textarea', url: 'https://mobile.x.com/compose/post', editor: 'textarea', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
  ],
  facebook: [
    { id: 'facebook/post-dialog', file: 'facebook--post-dialog', url: `${FB}/`, editor: '[role="dialog"] [data-lexical-editor="true"]', kind: 'post', composers: 3, key: null, button: true },
    { id: 'facebook/comment', file: 'facebook--feed', url: `${FB}/`, editor: '[data-fixture-post="p1"] form [data-lexical-editor="true"]', kind: 'comment', replyTo: 'Grace Hopper', composers: 2, key: 'Enter', button: true },
    { id: 'facebook/comment-posinset', file: 'facebook--feed', url: `${FB}/`, editor: '[data-fixture-post="p2"] > form [data-lexical-editor="true"]', kind: 'comment', replyTo: 'Margaret Hamilton', composers: 2, key: 'Enter', button: true },
    { id: 'facebook/reply', file: 'facebook--reply', url: `${FB}/`, editor: '[data-fixture="comments"] form [data-lexical-editor="true"]', kind: 'reply', replyTo: 'Alan Turing', composers: 3, key: 'Enter', button: true },
    { id: 'facebook/post-modal', file: 'facebook--post-modal', url: `${FB}/`, editor: '[role="dialog"] form [data-lexical-editor="true"]', kind: 'comment', replyTo: 'Margaret Hamilton', composers: 3, key: 'Enter', button: true },
    { id: 'facebook/photo-viewer', file: 'facebook--photo-viewer', url: `${FB}/photo/?fbid=10`, editor: '[data-lexical-editor="true"]', kind: 'comment', replyTo: 'Katherine Johnson', composers: 1, key: 'Enter', button: true },
    { id: 'facebook/video-viewer', file: 'facebook--video-viewer', url: `${FB}/watch/?v=20`, editor: '[data-lexical-editor="true"]', kind: 'comment', replyTo: 'Katherine Johnson', composers: 1, key: 'Enter', button: true },
    { id: 'facebook/photo-viewer-fr', file: 'facebook--photo-viewer-fr', url: `${FB}/photo/?fbid=10&locale=fr_FR`, editor: '[data-lexical-editor="true"]', kind: 'comment', replyTo: 'Katherine Johnson', composers: 1, key: 'Enter', button: true },
  ],
  linkedin: [
    { id: 'linkedin/sdui-comment', file: 'linkedin--sdui-feed', url: `${LI}/feed/`, editor: '[role="listitem"] > div > [aria-label="Text editor for creating comment"] .ProseMirror', kind: 'comment', replyTo: 'Grace Hopper', composers: 2, key: 'Mod+Enter', button: true },
    { id: 'linkedin/sdui-reply', file: 'linkedin--sdui-reply', url: `${LI}/feed/`, editor: '[aria-label="Text editor for creating reply"] .ProseMirror', kind: 'reply', replyTo: 'Alan Turing', composers: 3, key: 'Mod+Enter', button: true },
    { id: 'linkedin/sharing-compose', file: 'linkedin--sharing-compose', url: `${LI}/sharing/compose/`, editor: 'dialog .ProseMirror', kind: 'post', composers: 3, key: 'Mod+Enter', button: true },
    { id: 'linkedin/share-dialog', file: 'linkedin--share-dialog', url: `${LI}/groups/4242/`, editor: '[role="dialog"] .ql-editor', kind: 'post', composers: 3, key: 'Mod+Enter', button: true },
    { id: 'linkedin/comment-quill', file: 'linkedin--classic-post', url: `${LI}/feed/update/urn:li:activity:7190000000000000001/`, editor: '.feed-shared-update-v2 .ql-editor', kind: 'comment', replyTo: 'Grace Hopper', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'linkedin/comment-prosemirror', file: 'linkedin--group-feed', url: `${LI}/groups/4242/`, editor: '.feed-shared-update-v2 .ProseMirror', kind: 'comment', replyTo: 'Alan Turing', composers: 2, key: 'Mod+Enter', button: true },
  ],
  bluesky: [
    { id: 'bluesky/compose', file: 'bluesky--compose', url: 'https://bsky.app/', editor: '[data-testid="composePostView"] .ProseMirror', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'bluesky/reply', file: 'bluesky--reply', url: 'https://bsky.app/', editor: '[data-testid="composePostView"] .ProseMirror', kind: 'reply', replyTo: 'Grace Hopper', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'bluesky/quote', file: 'bluesky--quote', url: 'https://bsky.app/', editor: '[data-testid="composePostView"] .ProseMirror', kind: 'comment', replyTo: 'Alan Turing', composers: 1, key: 'Mod+Enter', button: true },
  ],
  threads: [
    { id: 'threads/compose', file: 'threads--compose', url: 'https://www.threads.com/', editor: '[role="dialog"] [data-lexical-editor="true"]', kind: 'post', composers: 1, key: null, button: true },
    { id: 'threads/reply', file: 'threads--reply', url: 'https://www.threads.com/', editor: '[role="dialog"] [data-lexical-editor="true"]', kind: 'reply', replyTo: '@grace', composers: 1, key: null, button: true },
    { id: 'threads/net-intent', file: 'threads--intent', url: 'https://www.threads.net/intent/post', editor: '[role="dialog"] [data-lexical-editor="true"]', kind: 'post', composers: 1, key: null, button: true },
    { id: 'threads/post-inline', file: 'threads--post-inline', url: 'https://www.threads.com/@grace/post/Cfixture1', editor: 'main [data-lexical-editor="true"]', kind: 'reply', replyTo: '@grace', composers: 1, key: 'Mod+Enter', button: true },
  ],
  // Served at a server the user added (settings.mastodonServers: see MASTODON_SERVERS in adapters.test.ts).
  mastodon: [
    { id: 'mastodon/compose', file: 'mastodon--compose', url: 'https://hachyderm.io/home', editor: 'textarea.autosuggest-textarea__textarea', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'mastodon/publish', file: 'mastodon--publish', url: 'https://hachyderm.io/publish', editor: 'textarea.autosuggest-textarea__textarea', kind: 'post', composers: 1, key: 'Mod+Enter', button: true },
    { id: 'mastodon/reply', file: 'mastodon--reply', url: 'https://hachyderm.io/home', editor: 'textarea.autosuggest-textarea__textarea', kind: 'reply', replyTo: '@grace@mastodon.social', composers: 1, key: 'Mod+Enter', button: true },
  ],
};
