// X (Twitter). Draft.js composers on the desktop site, a newer composer that
// nests its editable inside the tweetTextarea_N element (Lexical-like, 2026),
// and a textarea on mobile. Posting: the Post/Reply button or Ctrl/Cmd+Enter.
import { anyOf, closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const TRUSTHUMAN_X = 'knamnguyen/trusthuman.io apps/trustahuman-ext/entrypoints/x.content/index.tsx @0047d06';
const TRUSTHUMAN_X_REPLY = 'knamnguyen/trusthuman.io apps/trustahuman-ext/entrypoints/x.content/XReplyScraper.ts @0047d06';
const NESTED = 'xoFeulB/BlueFoxScript-Examples Workspace/tweet.js (types into [data-testid="tweetTextarea_0RichTextInputContainer"], the wrapper around the nested editable); knamnguyen/trusthuman.io apps/trustahuman-ext/entrypoints/x.content/index.tsx @0047d06 ([data-testid="tweetTextarea_0"])';
const FOCAL = 'downlifted/GPTWeet lib/inject.js (reads the post answered as article[data-testid="tweet"][tabindex="-1"])';

const ALL_X = ['x--home-inline', 'x--home-lexical', 'x--compose-dialog', 'x--reply-dialog', 'x--status-reply-direct', 'x--status-reply-spa', 'x--status-reply-thread'];
const each = (n: number, pages = ALL_X) => Object.fromEntries(pages.map((p) => [p, n]));

export const X_EDITORS: readonly Selector[] = [
  // Draft.js: the contenteditable itself carries tweetTextarea_0, _1… (threads).
  {
    css: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]',
    note: 'Draft.js composer (home, dialogs, status reply)',
    seen: '2026-02',
    evidence: TRUSTHUMAN_X,
    matches: { ...each(1), 'x--home-lexical': 0, 'x--compose-dialog': 2, 'x--reply-dialog': 2, 'x--mobile-textarea': 0 },
  },
  // Newer composer: the editable sits inside the test-id element (a selector
  // needing both on one element stops matching).
  {
    css: '[data-testid^="tweetTextarea_"]:not([contenteditable]) [contenteditable="true"]',
    note: 'editable nested inside tweetTextarea_N (Lexical-like composer)',
    seen: '2026-09',
    evidence: NESTED,
    matches: { ...each(0), 'x--home-lexical': 1, 'x--mobile-textarea': 0 },
  },
  // mobile.x.com composer.
  {
    css: 'textarea[data-testid^="tweetTextarea_"]',
    note: 'mobile textarea composer',
    seen: '2025-11',
    evidence: TRUSTHUMAN_X,
    matches: { ...each(0), 'x--mobile-textarea': 1 },
  },
];
const DIALOG: readonly Selector[] = [
  // Compose and reply dialogs (the reply dialog shows the post being answered).
  {
    css: '[role="dialog"]',
    note: 'modal dialog',
    seen: '2026-02',
    evidence: TRUSTHUMAN_X_REPLY,
    matches: { ...each(0), 'x--compose-dialog': 1, 'x--reply-dialog': 1 },
  },
];
const TWEET: readonly Selector[] = [
  // Any post: timeline, thread, or quoted in the reply dialog.
  {
    css: 'article[data-testid="tweet"]',
    note: 'post article',
    seen: '2026-02',
    evidence: TRUSTHUMAN_X_REPLY,
    matches: { 'x--home-inline': 2, 'x--compose-dialog': 2, 'x--reply-dialog': 3, 'x--status-reply-direct': 1, 'x--status-reply-spa': 2, 'x--status-reply-thread': 2 },
  },
];
const FOCAL_TWEET: readonly Selector[] = [
  // The post a status page is about; the thread above it and replies below have tabindex="0".
  {
    css: 'article[data-testid="tweet"][tabindex="-1"]',
    note: 'focal post of a status page (not the thread root above it)',
    seen: '2026-09',
    evidence: FOCAL,
    matches: { 'x--home-inline': 0, 'x--compose-dialog': 0, 'x--reply-dialog': 1, 'x--status-reply-direct': 1, 'x--status-reply-spa': 1, 'x--status-reply-thread': 1 },
  },
];
const AUTHOR: readonly Selector[] = [
  // Display name and @handle of a post's author.
  {
    css: '[data-testid="User-Name"]',
    note: 'author name and handle',
    seen: '2026-02',
    evidence: TRUSTHUMAN_X_REPLY,
    matches: { 'x--home-inline': 2, 'x--status-reply-thread': 2, 'x--reply-dialog': 3 },
  },
];
const ANCHOR: readonly Selector[] = [
  // Draft.js wrapper around the contenteditable; the coach goes after it.
  { css: '.DraftEditor-root', note: 'Draft.js root', seen: '2025-11', evidence: 'draft-js 0.11 markup (facebookarchive/draft-js src/component/base/DraftEditor.react.js)', matches: { 'x--home-inline': 1, 'x--home-lexical': 0, 'x--compose-dialog': 2 } },
  // The nested composer's test-id element; the coach goes after it, outside the editable.
  { css: '[data-testid^="tweetTextarea_"]:not([contenteditable]):not(textarea)', note: 'wrapper of a nested editable', seen: '2026-09', evidence: NESTED, matches: { 'x--home-inline': 0, 'x--home-lexical': 2 } },
];
const POST_BUTTON: readonly Selector[] = [
  // Inline composer (home, status page) and dialog post buttons.
  { css: '[data-testid="tweetButtonInline"]', note: 'inline post button', seen: '2026-02', evidence: TRUSTHUMAN_X, matches: { 'x--home-inline': 1, 'x--home-lexical': 1, 'x--status-reply-thread': 1, 'x--mobile-textarea': 0 } },
  { css: '[data-testid="tweetButton"]', note: 'dialog and mobile post button', seen: '2026-02', evidence: TRUSTHUMAN_X, matches: { 'x--home-inline': 0, 'x--compose-dialog': 1, 'x--reply-dialog': 1, 'x--mobile-textarea': 1 } },
];
const EXCLUDED: readonly Selector[] = [
  // Direct messages and search: never coached, not even by the fallback.
  { css: '[data-testid="dmComposerTextInput"]', note: 'direct message composer', seen: '2026-02', evidence: 'X web app test id: DzikStar/X-SCRAPER client-web/shared/loader/DMDrawer/bundle/DMRichTextCompose/bundle/DirectMessages-6107ac1a.js (the DM composer bundle of x.com)', matches: each(0) },
  { css: '[data-testid="SearchBox_Search_Input"], [role="search"]', note: 'search box', seen: '2026-01', evidence: 'balajimalathi/auto-commenter .claude/skills/twitter-commenter/resources/playwriter_snippets.md (X selectors, early 2026)', matches: each(0) },
];

/** /<user>/status/<id>: a status page, whose composer replies to that post. */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/\d+/;
const HANDLE = /@[A-Za-z0-9_]{1,15}/;

function handleOf(article: Element | null): string | undefined {
  return article ? firstText(article, AUTHOR)?.match(HANDLE)?.[0] : undefined;
}

export const x: SiteAdapter = {
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editors: X_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/messages(\/|$)/, /^\/i\/chat(\/|$)/, /^\/search(\/|$)/],
  selectors: { editors: X_EDITORS, dialog: DIALOG, tweet: TWEET, focalTweet: FOCAL_TWEET, author: AUTHOR, anchor: ANCHOR, postButton: POST_BUTTON, excluded: EXCLUDED },
  kindOf(editor, loc) {
    const dialog = closestOf(editor, DIALOG);
    if (dialog) return dialog.querySelector(anyOf(TWEET)) ? 'reply' : 'post';
    return STATUS_PATH.test(loc.pathname) ? 'reply' : 'post';
  },
  replyTo(editor, loc) {
    if (this.kindOf(editor, loc) !== 'reply') return undefined;
    const dialog = closestOf(editor, DIALOG);
    // On a status page the focal post is the one answered; the thread above it
    // (other people's posts) comes first in the page.
    const article = dialog
      ? dialog.querySelector(anyOf(FOCAL_TWEET)) ?? dialog.querySelector(anyOf(TWEET))
      : editor.ownerDocument.querySelector(anyOf(FOCAL_TWEET));
    const handle = handleOf(article);
    if (handle) return handle;
    const fromPath = STATUS_PATH.exec(loc.pathname)?.[1];
    return fromPath ? `@${fromPath}` : undefined;
  },
  anchorOf(editor) {
    return closestOf(editor, ANCHOR) ?? editor;
  },
  // Ctrl+Enter (Cmd+Enter on a Mac) posts from every X composer.
  submitKey: () => 'Mod+Enter',
  submitButtonOf(editor) {
    const scope = closestOf(editor, DIALOG) ?? editor.ownerDocument;
    return scope.querySelector(anyOf(POST_BUTTON));
  },
};
