// X (Twitter). Draft.js composers on the desktop site, a textarea on mobile.
import { anyOf, closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

export const X_EDITORS: readonly Selector[] = [
  // Draft.js contenteditable of every desktop composer: home, dialog, reply (tweetTextarea_0, _1… in threads).
  { css: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]', note: 'Draft.js composer', seen: '2025-11' },
  // mobile.x.com composer.
  { css: 'textarea[data-testid^="tweetTextarea_"]', note: 'mobile textarea composer', seen: '2025-11' },
];
const DIALOG: readonly Selector[] = [
  // Compose and reply dialogs.
  { css: '[role="dialog"]', note: 'modal dialog', seen: '2025-11' },
];
const TWEET: readonly Selector[] = [
  // A post in a timeline, on a status page, or quoted in the reply dialog.
  { css: 'article[data-testid="tweet"]', note: 'post article', seen: '2025-11' },
];
const AUTHOR: readonly Selector[] = [
  // Display name and @handle of a post's author.
  { css: '[data-testid="User-Name"]', note: 'author name and handle', seen: '2025-11' },
];
const DRAFT_ROOT: readonly Selector[] = [
  // Draft.js wrapper around the contenteditable; the coach goes after it.
  { css: '.DraftEditor-root', note: 'Draft.js root', seen: '2025-11' },
];
const POST_BUTTON: readonly Selector[] = [
  // Inline composer (home, status page) and dialog post buttons.
  { css: '[data-testid="tweetButtonInline"]', note: 'inline post button', seen: '2025-11' },
  { css: '[data-testid="tweetButton"]', note: 'dialog post button', seen: '2025-11' },
];

/** /<user>/status/<id>: a status page, whose composer replies to that post. */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/\d+/;
const HANDLE = /@[A-Za-z0-9_]{1,15}/;

export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editors: X_EDITORS,
  shadowHosts: [],
  kindOf(editor, loc) {
    const dialog = closestOf(editor, DIALOG);
    if (dialog) return dialog.querySelector(anyOf(TWEET)) ? 'reply' : 'post';
    return STATUS_PATH.test(loc.pathname) ? 'reply' : 'post';
  },
  replyTo(editor, loc) {
    if (this.kindOf(editor, loc) !== 'reply') return undefined;
    const scope = closestOf(editor, DIALOG) ?? editor.ownerDocument;
    const article = scope.querySelector(anyOf(TWEET));
    const handle = article ? firstText(article, AUTHOR)?.match(HANDLE)?.[0] : undefined;
    if (handle) return handle;
    const fromPath = STATUS_PATH.exec(loc.pathname)?.[1];
    return fromPath ? `@${fromPath}` : undefined;
  },
  anchorOf(editor) {
    return closestOf(editor, DRAFT_ROOT) ?? editor;
  },
  submitsOnEnter: () => false,
  submitButtonOf(editor) {
    const scope = closestOf(editor, DIALOG) ?? editor.ownerDocument;
    return scope.querySelector(anyOf(POST_BUTTON));
  },
};
