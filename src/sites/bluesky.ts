// Bluesky (bsky.app). The web composer is TipTap (ProseMirror) inside the
// composer view (testID composePostView); a reply shows the post being
// answered above the editor (ComposerReplyTo), a quote post shows the quoted
// post below it (QuoteEmbed, with a "Remove quote" button).
// Posting: the Publish button (composerPublishBtn) or Ctrl/Cmd+Enter.
import { closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const SA = 'bluesky-social/social-app';
const TEXT_INPUT = `${SA} src/view/com/composer/text-input/TextInput.web.tsx @337b922 (TipTap EditorContent; Mod+Enter emits publish)`;
const COMPOSER = `${SA} src/view/com/composer/Composer.tsx (testID="composePostView", composerPublishBtn labelled "Publish post"/"Publish reply")`;
const REPLY_TO = `${SA} src/view/com/composer/ComposerReplyTo.tsx @6e44e74 (accessibilityLabel "Expand or collapse the full post you are replying to", bold display name first)`;
const POST_META = `${SA} src/view/com/util/PostMeta.tsx @00da368 (display name and handle are links to the profile labelled "View profile")`;
const QUOTE_X = `${SA} src/view/com/util/post-embeds/QuoteEmbed.tsx @c43f885 (QuoteX, accessibilityLabel "Remove quote")`;
const SELECTORS_DOC = 'tang-vu/social-posting-skills DOM_SELECTORS.md @f8529be §3 Bluesky (captured 2026-02-27): div[role="textbox"][aria-label="Rich-Text Editor"], button[data-testid="composerPublishBtn"]';
const USERSCRIPT = `${SELECTORS_DOC}; komm64/tutti scripts/e2e/probe-cdp-submit.mjs @b7a23c7 (clicks [data-testid="composerPublishBtn"] on bsky.app)`;

const PAGES = ['bluesky--compose', 'bluesky--reply', 'bluesky--quote'];
const on = (n: number) => Object.fromEntries(PAGES.map((p) => [p, n]));

export const BLUESKY_EDITORS: readonly Selector[] = [
  // TipTap's editable inside the composer view.
  { css: '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]', note: 'TipTap editor in the composer', seen: '2026-11', evidence: `${TEXT_INPUT}; ${USERSCRIPT}`, matches: on(1) },
  // The same editable by its language-independent label (reached even if the testID moves).
  { css: '.tiptap[contenteditable="true"][aria-label="Rich-Text Editor"]', note: 'TipTap editable labelled "Rich-Text Editor"', seen: '2026-02', evidence: SELECTORS_DOC, matches: on(1) },
];
const COMPOSE_VIEW: readonly Selector[] = [
  // The composer (post, reply or quote); the feed behind it is never read.
  { css: '[data-testid="composePostView"]', note: 'composer view', seen: '2026-11', evidence: `${COMPOSER}; ${USERSCRIPT}`, matches: on(1) },
];
const REPLY_TO_BOX: readonly Selector[] = [
  // The post being answered, shown above the editor of a reply.
  { css: '[aria-label="Expand or collapse the full post you are replying to"]', note: 'post being replied to (reply composer only)', seen: '2026-11', evidence: REPLY_TO, matches: { 'bluesky--compose': 0, 'bluesky--reply': 1, 'bluesky--quote': 0 } },
];
const REPLY_TO_NAME: readonly Selector[] = [
  // React Native Web renders <Text> as div[dir=auto]; the first one is the display name (or handle).
  { css: '[aria-label="Expand or collapse the full post you are replying to"] [dir="auto"]', note: 'display name of the post replied to (first text)', seen: '2026-11', evidence: REPLY_TO, matches: { 'bluesky--compose': 0, 'bluesky--reply': 2, 'bluesky--quote': 0 } },
];
const QUOTE_REMOVE: readonly Selector[] = [
  // A quote post's embed carries a "Remove quote" button.
  { css: '[data-testid="composePostView"] [aria-label="Remove quote"]', note: 'remove-quote button (quote composer only)', seen: '2026-11', evidence: QUOTE_X, matches: { 'bluesky--compose': 0, 'bluesky--reply': 0, 'bluesky--quote': 1 } },
];
const QUOTE_AUTHOR: readonly Selector[] = [
  // PostMeta of the quoted post: first "View profile" link is the display name, the second the @handle.
  { css: '[data-testid="composePostView"] a[href^="/profile/"][aria-label="View profile"]', note: 'quoted post author links (name, then handle)', seen: '2026-11', evidence: POST_META, matches: { 'bluesky--compose': 0, 'bluesky--reply': 0, 'bluesky--quote': 2 } },
];
const PUBLISH: readonly Selector[] = [
  { css: '[data-testid="composerPublishBtn"]', note: 'Publish post / Publish reply button', seen: '2026-11', evidence: `${COMPOSER}; ${USERSCRIPT}`, matches: on(1) },
];
const EXCLUDED: readonly Selector[] = [
  // Chat (DMs) and search: never coached, not even by the fallback.
  { css: 'textarea[placeholder="Write a message"], [data-testid="searchScreenInput"], input[aria-label="Search"]', note: 'chat message box (English placeholder) and search inputs', seen: '2026-02', evidence: `${SA} src/screens/Messages/components/MessageInput.web.tsx @6ecc568 (TextareaAutosize, placeholder "Write a message"); search: ${SA} src/screens/Search/Shell.tsx @02ccdba (the search screen's SearchInput; the searchScreenInput test id is not pinned to a file here)`, matches: on(0) },
];

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  hosts: ['bsky.app'],
  editors: BLUESKY_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/messages(\/|$)/, /^\/search(\/|$)/],
  selectors: { editors: BLUESKY_EDITORS, composeView: COMPOSE_VIEW, replyTo: REPLY_TO_BOX, replyToName: REPLY_TO_NAME, quoteRemove: QUOTE_REMOVE, quoteAuthor: QUOTE_AUTHOR, publish: PUBLISH, excluded: EXCLUDED },
  // A reply answers the post shown above the editor; a quote post comments on the quoted post.
  kindOf(editor) {
    const view = closestOf(editor, COMPOSE_VIEW);
    if (!view) return 'post';
    if (view.querySelector(REPLY_TO_BOX[0]!.css)) return 'reply';
    return view.querySelector(QUOTE_REMOVE[0]!.css) && view.querySelector(QUOTE_AUTHOR[0]!.css) ? 'comment' : 'post';
  },
  replyTo(editor) {
    const view = closestOf(editor, COMPOSE_VIEW);
    if (!view) return undefined;
    const box = view.querySelector(REPLY_TO_BOX[0]!.css);
    if (box) return firstText(box, [{ ...REPLY_TO_NAME[0]!, css: '[dir="auto"]' }], editor);
    return firstText(view, QUOTE_AUTHOR, editor);
  },
  // The coach goes right after the editable (inside TipTap's EditorContent wrapper, outside the editor).
  anchorOf: (editor) => editor,
  submitKey: () => 'Mod+Enter',
  submitButtonOf(editor) {
    return closestOf(editor, COMPOSE_VIEW)?.querySelector(PUBLISH[0]!.css) ?? null;
  },
};
