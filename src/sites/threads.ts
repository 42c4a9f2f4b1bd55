// Threads (www.threads.com; www.threads.net redirects there). Composers are
// Lexical editors (Meta's, like Facebook) in a dialog: "What's new?" opens the
// post composer; a post's Reply button opens a dialog that shows the post
// being answered above the editor. Posting: the dialog's "Post" button (a div
// with role=button); no keyboard shortcut is documented for the dialog.
// A post's own page (/@user/post/<code>) has an inline reply composer under
// the post, outside any dialog: Lexical with aria-placeholder "Reply to
// <user>...", sent by a div[role=button] holding a rotated svg[aria-label=
// "Reply"] arrow, or by Ctrl/Cmd+Enter.
import { anyOf, closestOf, nearestHolding, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const DOC = 'tang-vu/social-posting-skills DOM_SELECTORS.md @f8529be §2 Threads (captured 2026-02-27)';
const AUTO_COMMENT = 'official5ETa/ThreadsAutoComment src/share/threadsQs.ts (threadContainer [data-pressable-container][data-interactive-id], commentPopup div[role="dialog"], commentInput div[role="textbox"][contenteditable="true"])';
const PROBE = 'komm64/tutti scripts/e2e/probe-cdp-submit.mjs @b7a23c7 (the Threads submit is [role="dialog"] [role="button"] whose text is "Post")';
const PROFILE_URLS = 'Threads profile and post URLs are /@<username>[/post/<code>], e.g. www.threads.com/@testingcatalog/post/Dc1d2SYgMzI (a public post page)';
const TH_THREADS = 'knamnguyen/trusthuman.io apps/trustahuman-ext/entrypoints/threads.content';
const INLINE = `${TH_THREADS}/ThreadsReplyScraper.ts @0047d06 (replyInput [contenteditable="true"][role="textbox"][aria-placeholder^="Reply to"]; inline submit: role=button with span[style*="rotate(90deg)"] svg[aria-label="Reply"]; "Reply to {username}..." placeholder)`;
const INLINE_KEY = `${TH_THREADS}/index.tsx @0047d06 (Ctrl+Enter or Cmd+Enter submits a reply box)`;

const PAGES = ['threads--compose', 'threads--reply', 'threads--intent'];
const on = (n: number) => Object.fromEntries(PAGES.map((p) => [p, n]));
const INLINE_PAGE = 'threads--post-inline';

export const THREADS_EDITORS: readonly Selector[] = [
  // Lexical editable in the composer dialog (post and reply).
  { css: '[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', note: 'Lexical composer in the post / reply dialog', seen: '2026-02', evidence: `${DOC} §2.1, §2.4; ${AUTO_COMMENT}`, matches: { ...on(1), [INLINE_PAGE]: 0 } },
  // A reply box by its (English) placeholder: the dialog's reply box and the post page's inline one.
  { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-placeholder^="Reply to "]', note: 'Lexical reply box ("Reply to <user>..."), in the reply dialog or inline under a post', seen: '2026-02', evidence: INLINE, matches: { 'threads--compose': 0, 'threads--reply': 1, 'threads--intent': 0, [INLINE_PAGE]: 1 } },
];
const DIALOG: readonly Selector[] = [
  { css: '[role="dialog"]', note: 'composer dialog', seen: '2026-02', evidence: `${DOC} §2.4; ${AUTO_COMMENT}`, matches: { ...on(1), [INLINE_PAGE]: 0 } },
];
const INLINE_SEND: readonly Selector[] = [
  // The inline reply box's send button: a rotated Reply arrow (the post's own Reply bubble is not rotated).
  { css: 'div[role="button"] span[style*="rotate(90deg)"] svg[aria-label="Reply"]', note: 'send arrow of the inline reply box (rotated Reply icon in a div[role=button])', seen: '2026-02', evidence: `${INLINE}; ${INLINE_KEY}`, matches: { ...on(0), [INLINE_PAGE]: 1 } },
];
const POST: readonly Selector[] = [
  // A post card; in the reply dialog, the post being answered.
  { css: '[data-pressable-container="true"]', note: 'post card (feed, and the post answered in the reply dialog)', seen: '2026-02', evidence: `${DOC} §2.2; ${AUTO_COMMENT}`, matches: { 'threads--compose': 2, 'threads--reply': 3, 'threads--intent': 2, [INLINE_PAGE]: 2 } },
];
const AUTHOR: readonly Selector[] = [
  // The author's profile link: /@username.
  { css: '[data-pressable-container="true"] a[href^="/@"]:not([href*="/post/"])', note: "post author's profile link", seen: '2026-02', evidence: `${PROFILE_URLS}; ${INLINE} (parent post from the /@user/post/ link around the editor)`, matches: { 'threads--compose': 2, 'threads--reply': 3, 'threads--intent': 2, [INLINE_PAGE]: 2 } },
];
const BUTTON: readonly Selector[] = [
  // The dialog's buttons are divs with role=button; the one reading "Post" posts.
  { css: '[role="dialog"] div[role="button"]', note: 'buttons in the composer dialog (Post is the one whose text is "Post")', seen: '2026-02', evidence: `${DOC} §2.1 ("DIV not BUTTON"); ${PROBE}`, matches: { ...on(3), [INLINE_PAGE]: 0 } },
];
const EXCLUDED: readonly Selector[] = [
  { css: 'input[type="search"], [aria-label="Search" i]', note: 'search field', seen: '2026-02', evidence: `${DOC} (svg[aria-label="Search"] navigation)`, matches: { ...on(0), [INLINE_PAGE]: 0 } },
];

/** The Post button's text, by UI language (English, Vietnamese as seen in the evidence). */
const POST_LABELS = ['Post', 'Đăng'];
const HANDLE = /^\/@([A-Za-z0-9._]{1,30})\/?$/;
/** "Reply to grace..." (the reply box's placeholder, English): the person, when the structure says nothing. */
// (Usernames never end with a period, so the trailing "..." is not part of one.)
const REPLY_PLACEHOLDER = /^Reply to @?([A-Za-z0-9._]{0,29}[A-Za-z0-9_])(?:\.\.\.|…)?$/;
const AUTHOR_IN_POST = AUTHOR[0]!.css.replace('[data-pressable-container="true"] ', '');

/** The handle a reply box's placeholder names, as "@user". */
export function placeholderHandle(placeholder: string | null | undefined): string | undefined {
  const user = REPLY_PLACEHOLDER.exec((placeholder ?? '').trim())?.[1];
  return user ? `@${user}` : undefined;
}

/** The inline reply box's own send arrow: the nearest one around the editor, outside any dialog. */
function inlineSend(editor: Element): Element | null {
  if (closestOf(editor, DIALOG)) return null;
  return nearestHolding(editor, INLINE_SEND)?.querySelector(anyOf(INLINE_SEND))?.closest('[role="button"]') ?? null;
}

/** The post a box answers: the one shown in the reply dialog, or the last post above an inline reply box. */
function answeredPost(editor: Element): Element | null {
  const dialog = closestOf(editor, DIALOG);
  if (dialog) return dialog.querySelector(POST[0]!.css);
  if (!inlineSend(editor)) return null;
  const scope = nearestHolding(editor, POST);
  const above = Array.from(scope?.querySelectorAll(POST[0]!.css) ?? []).filter(
    (p) => !p.contains(editor) && (p.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  return above.at(-1) ?? null;
}

export const threads: SiteAdapter = {
  id: 'threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  editors: THREADS_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/search(\/|$)/],
  selectors: { editors: THREADS_EDITORS, dialog: DIALOG, inlineSend: INLINE_SEND, post: POST, author: AUTHOR, button: BUTTON, excluded: EXCLUDED },
  // A reply box shows the post it answers (in the dialog, or above it inline);
  // when the structure says nothing, its "Reply to <user>..." placeholder does.
  kindOf(editor) {
    return answeredPost(editor) || placeholderHandle(editor.getAttribute('aria-placeholder')) ? 'reply' : 'post';
  },
  replyTo(editor) {
    const href = answeredPost(editor)?.querySelector(AUTHOR_IN_POST)?.getAttribute('href') ?? '';
    const handle = HANDLE.exec(href)?.[1];
    return handle ? `@${handle}` : placeholderHandle(editor.getAttribute('aria-placeholder'));
  },
  anchorOf: (editor) => editor,
  // The inline reply box sends with Ctrl/Cmd+Enter; the dialog documents no shortcut.
  submitKey: (editor) => (closestOf(editor, DIALOG) ? null : 'Mod+Enter'),
  submitButtonOf(editor) {
    const dialog = closestOf(editor, DIALOG);
    if (!dialog) return inlineSend(editor);
    return Array.from(dialog.querySelectorAll(BUTTON[0]!.css.replace('[role="dialog"] ', ''))).find((b) => POST_LABELS.includes(b.textContent?.trim() ?? '')) ?? null;
  },
};
