// Threads (www.threads.com; www.threads.net redirects there). Composers are
// Lexical editors (Meta's, like Facebook) in a dialog: "What's new?" opens the
// post composer; a post's Reply button opens a dialog that shows the post
// being answered above the editor. Posting: the dialog's "Post" button (a div
// with role=button); no keyboard shortcut is documented.
import { closestOf, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const DOC = 'tang-vu/social-posting-skills DOM_SELECTORS.md §2 Threads (captured 2026-02-27)';
const AUTO_COMMENT = 'official5ETa/ThreadsAutoComment src/share/threadsQs.ts (threadContainer [data-pressable-container][data-interactive-id], commentPopup div[role="dialog"], commentInput div[role="textbox"][contenteditable="true"])';
const PROBE = 'public Threads/Bluesky posting probe: the Threads submit is [role="dialog"] [role="button"] whose text is "Post" (find_string hit 57006851815)';
const PROFILE_URLS = 'Threads profile and post URLs are /@<username>[/post/<code>] (public links such as www.threads.com/@testingcatalog/post/…, find_string hit 57815779702)';

const PAGES = ['threads--compose', 'threads--reply', 'threads--intent'];
const on = (n: number) => Object.fromEntries(PAGES.map((p) => [p, n]));

export const THREADS_EDITORS: readonly Selector[] = [
  // Lexical editable in the composer dialog (post and reply).
  { css: '[role="dialog"] div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', note: 'Lexical composer in the post / reply dialog', seen: '2026-02', evidence: `${DOC} §2.1, §2.4; ${AUTO_COMMENT}`, matches: on(1) },
];
const DIALOG: readonly Selector[] = [
  { css: '[role="dialog"]', note: 'composer dialog', seen: '2026-02', evidence: `${DOC} §2.4; ${AUTO_COMMENT}`, matches: on(1) },
];
const POST: readonly Selector[] = [
  // A post card; in the reply dialog, the post being answered.
  { css: '[data-pressable-container="true"]', note: 'post card (feed, and the post answered in the reply dialog)', seen: '2026-02', evidence: `${DOC} §2.2; ${AUTO_COMMENT}`, matches: { 'threads--compose': 2, 'threads--reply': 3, 'threads--intent': 2 } },
];
const AUTHOR: readonly Selector[] = [
  // The author's profile link: /@username.
  { css: '[data-pressable-container="true"] a[href^="/@"]:not([href*="/post/"])', note: "post author's profile link", seen: '2026-02', evidence: PROFILE_URLS, matches: { 'threads--compose': 2, 'threads--reply': 3, 'threads--intent': 2 } },
];
const BUTTON: readonly Selector[] = [
  // The dialog's buttons are divs with role=button; the one reading "Post" posts.
  { css: '[role="dialog"] div[role="button"]', note: 'buttons in the composer dialog (Post is the one whose text is "Post")', seen: '2026-02', evidence: `${DOC} §2.1 ("DIV not BUTTON"); ${PROBE}`, matches: on(3) },
];
const EXCLUDED: readonly Selector[] = [
  { css: 'input[type="search"], [aria-label="Search" i]', note: 'search field', seen: '2026-02', evidence: `${DOC} (svg[aria-label="Search"] navigation)`, matches: on(0) },
];

/** The Post button's text, by UI language (English, Vietnamese as seen in the evidence). */
const POST_LABELS = ['Post', 'Đăng'];
const HANDLE = /^\/@([A-Za-z0-9._]{1,30})\/?$/;

export const threads: SiteAdapter = {
  id: 'threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  editors: THREADS_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/search(\/|$)/],
  selectors: { editors: THREADS_EDITORS, dialog: DIALOG, post: POST, author: AUTHOR, button: BUTTON, excluded: EXCLUDED },
  // The reply dialog holds the post being answered; the new-post dialog holds none.
  kindOf(editor) {
    return closestOf(editor, DIALOG)?.querySelector(POST[0]!.css) ? 'reply' : 'post';
  },
  replyTo(editor) {
    const post = closestOf(editor, DIALOG)?.querySelector(POST[0]!.css);
    const href = post?.querySelector(AUTHOR[0]!.css.replace('[data-pressable-container="true"] ', ''))?.getAttribute('href') ?? '';
    const handle = HANDLE.exec(href)?.[1];
    return handle ? `@${handle}` : undefined;
  },
  anchorOf: (editor) => editor,
  submitKey: () => null,
  submitButtonOf(editor) {
    const dialog = closestOf(editor, DIALOG);
    if (!dialog) return null;
    return Array.from(dialog.querySelectorAll(BUTTON[0]!.css.replace('[role="dialog"] ', ''))).find((b) => POST_LABELS.includes(b.textContent?.trim() ?? '')) ?? null;
  },
};
