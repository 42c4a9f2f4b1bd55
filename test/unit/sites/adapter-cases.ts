// Saved-markup cases per adapter: the page, the composer, what the adapter must say about it.

export interface Case {
  file: string;
  url: string;
  /** The composer under test (the one the page opened), by selector. */
  editor: string;
  kind: 'post' | 'reply' | 'comment';
  replyTo?: string;
  /** All composers the adapter should find on the page. */
  composers: number;
}

export const ADAPTER_CASES: Record<string, Case[]> = {
  x: [
    { file: 'x--home-inline', url: 'https://x.com/home', editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', kind: 'post', composers: 1 },
    { file: 'x--compose-dialog', url: 'https://x.com/compose/post', editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', kind: 'post', composers: 2 },
    { file: 'x--reply-dialog', url: 'https://x.com/compose/post', editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@grace', composers: 2 },
    { file: 'x--status-reply-direct', url: 'https://twitter.com/grace/status/1002', editor: '[data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@grace', composers: 1 },
    { file: 'x--status-reply-spa', url: 'https://x.com/ada/status/1001', editor: '[data-testid="tweetTextarea_0"]', kind: 'reply', replyTo: '@ada', composers: 1 },
    { file: 'x--mobile-textarea', url: 'https://mobile.x.com/compose/post', editor: 'textarea', kind: 'post', composers: 1 },
  ],
  facebook: [
    { file: 'facebook--post-dialog', url: 'https://www.facebook.com/', editor: '[role="dialog"] [data-lexical-editor="true"]', kind: 'post', composers: 3 },
    { file: 'facebook--comment', url: 'https://www.facebook.com/', editor: '[data-fixture-post="p1"] > form [data-lexical-editor="true"]', kind: 'comment', replyTo: 'Grace Hopper', composers: 2 },
    { file: 'facebook--reply', url: 'https://www.facebook.com/', editor: '[data-fixture="comments"] form [data-lexical-editor="true"]', kind: 'reply', replyTo: 'Alan Turing', composers: 3 },
  ],
  linkedin: [
    { file: 'linkedin--share-dialog', url: 'https://www.linkedin.com/feed/', editor: '[role="dialog"] .ql-editor', kind: 'post', composers: 3 },
    { file: 'linkedin--comment-quill', url: 'https://www.linkedin.com/feed/', editor: '.feed-shared-update-v2 .ql-editor', kind: 'comment', replyTo: 'Grace Hopper', composers: 2 },
    { file: 'linkedin--comment-prosemirror', url: 'https://www.linkedin.com/feed/', editor: '.ProseMirror', kind: 'comment', replyTo: 'Alan Turing', composers: 2 },
  ],
};

