// Facebook. Lexical editors; class names are hashed and labels localized, so
// roles, ids and data attributes carry the structure. Comments happen in the
// feed (posts are role=article or aria-posinset wrappers), in the post modal
// (div[role=dialog][aria-modal=true]) and beside the photo and video viewers.
// Comment and reply boxes post with Enter (Shift+Enter is a line break) or the
// #focused-state-composer-submit button; the create-post dialog with its Post button.
import { anyOf, closestOf, firstText, nameAfter, nearestHolding, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const TH = 'knamnguyen/trusthuman.io';
const SCRAPER = `${TH} apps/trustahuman-ext/entrypoints/facebook.content/PostScraper.ts @0047d06`;
const EXT_FB = `${TH} apps/trustahuman-ext/entrypoints/facebook.content/index.tsx @0047d06`;
const SUBMIT_PLAN = `${TH} process/plans/completed/facebook-submit-detection_PLAN_24-02-26.md @0047d06`;
const POSINSET = 'BenoitAnastay/bookmarlets save-post.js (POST_ARTICLE = [aria-posinset][role="article"])';
const MODAL = `${EXT_FB} (scanForSubmitContainers finds #focused-state-composer-submit in any root, the post dialog included); ${SUBMIT_PLAN}`;

const FEED = ['facebook--feed', 'facebook--reply', 'facebook--post-dialog'];
const VIEWERS = ['facebook--photo-viewer', 'facebook--video-viewer', 'facebook--photo-viewer-fr'];
const ALL = [...FEED, 'facebook--post-modal', ...VIEWERS];
const on = (pages: readonly string[], n: number) => Object.fromEntries(pages.map((p) => [p, n]));

export const FACEBOOK_EDITORS: readonly Selector[] = [
  // Lexical root of the create-post dialog and of every comment and reply box.
  { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', note: 'Lexical composer', seen: '2026-02', evidence: SCRAPER, matches: { 'facebook--feed': 3, 'facebook--reply': 4, 'facebook--post-dialog': 4, 'facebook--post-modal': 4, ...on(VIEWERS, 1) } },
];
const ARTICLE: readonly Selector[] = [
  // An older feed post, and every comment ("Comment by <Name>").
  { css: '[role="article"]', note: 'post (older feed) or comment', seen: '2026-02', evidence: SCRAPER, matches: { 'facebook--feed': 3, 'facebook--reply': 3, 'facebook--post-modal': 4, ...on(VIEWERS, 1) } },
];
const POST_SCOPE: readonly Selector[] = [
  // Feed posts that are not role=article: aria-posinset wrappers.
  { css: '[aria-posinset]', note: 'feed post wrapper', seen: '2026-03', evidence: POSINSET, matches: { 'facebook--feed': 2, 'facebook--post-modal': 3, ...on(VIEWERS, 0) } },
  // The post modal opened by a post's Comment button or timestamp.
  { css: 'div[role="dialog"][aria-modal="true"]', note: 'post modal', seen: '2026-03', evidence: MODAL, matches: { 'facebook--feed': 0, 'facebook--post-modal': 1, 'facebook--post-dialog': 1, ...on(VIEWERS, 0) } },
];
const PROFILE_NAME: readonly Selector[] = [
  // A post's author; the smallest box holding one and the editor is the post being commented on.
  { css: '[data-ad-rendering-role="profile_name"]', note: 'post author block', seen: '2026-02', evidence: SCRAPER, matches: { 'facebook--feed': 1, 'facebook--post-modal': 2, 'facebook--post-dialog': 1, ...on(VIEWERS, 1) } },
];
const POST_AUTHOR: readonly Selector[] = [
  // Post header: the author name inside the profile_name block, or in a heading's strong (older markup).
  { css: '[data-ad-rendering-role="profile_name"] a', note: 'post author link', seen: '2026-02', evidence: SCRAPER, matches: { 'facebook--feed': 1, 'facebook--post-modal': 2, ...on(VIEWERS, 1) } },
  { css: 'h3 strong', note: 'post author (h3, older markup)', seen: '2025-11', evidence: SCRAPER, matches: { 'facebook--feed': 1, ...on(VIEWERS, 0) } },
  { css: 'h2 strong, h4 strong', note: 'post author (h2/h4)', seen: '2025-11', evidence: SCRAPER, matches: { 'facebook--feed': 1, ...on(VIEWERS, 1) } },
];
const COMMENT_AUTHOR: readonly Selector[] = [
  // Comment header: the first profile link in the comment.
  { css: 'a[role="link"]', note: 'comment author link', seen: '2026-02', evidence: SCRAPER, matches: { 'facebook--reply': 7, 'facebook--photo-viewer': 4 } },
  { css: 'a[href]', note: 'any link, older markup', seen: '2025-06', evidence: SCRAPER, matches: { 'facebook--reply': 7, 'facebook--photo-viewer': 4 } },
];
const DIALOG: readonly Selector[] = [
  // Any dialog: the create-post dialog when it holds no post author.
  { css: '[role="dialog"]', note: 'dialog (create post or post modal)', seen: '2026-02', evidence: MODAL, matches: { 'facebook--feed': 0, 'facebook--post-dialog': 1, 'facebook--post-modal': 1 } },
];
const POST_BUTTON: readonly Selector[] = [
  // Create-post dialog's post button (the label is localized; English here).
  { css: '[role="button"][aria-label="Post"]', note: 'post button (English)', seen: '2025-11', evidence: 'vader-pepe/snorkel engine/src/constants/facebook/index.ts (postBtn div[aria-label=\'Post\'][role=\'button\'] of the create-post dialog)', matches: { 'facebook--post-dialog': 1, 'facebook--feed': 0 } },
];
const COMMENT_SUBMIT: readonly Selector[] = [
  // The focused comment/reply box's submit button, inside its form[role=presentation].
  { css: '#focused-state-composer-submit', note: 'comment/reply submit', seen: '2026-02', evidence: EXT_FB, matches: { 'facebook--feed': 2, 'facebook--reply': 3, 'facebook--post-modal': 3, ...on(VIEWERS, 1) } },
];
const FORM: readonly Selector[] = [
  { css: 'form[role="presentation"]', note: 'comment/reply form', seen: '2026-02', evidence: MODAL, matches: { 'facebook--feed': 2, 'facebook--reply': 3, ...on(VIEWERS, 1) } },
];
const EXCLUDED: readonly Selector[] = [
  // Messenger chat boxes (also Lexical) and the search field: never coached.
  { css: '[aria-label^="Message"], [aria-label^="Thread composer"], [role="search"], [aria-label="Messenger"]', note: 'Messenger composer and search', seen: '2026-02', evidence: `${TH} process/plans/completed/facebook-submit-detection_PLAN_24-02-26.md @0047d06 (generic Lexical selectors matched Messenger chat boxes)`, matches: { ...on(FEED, 1), 'facebook--post-modal': 1, ...on(VIEWERS, 0) } },
];

/** Localized label prefixes of reply boxes ("Reply to <Name>") and comment boxes ("Comment as <you>"). */
const REPLY_TO = ['Reply to ', 'Répondre à ', 'Antworten an ', 'Responder a '];
const COMMENT_AS = ['Comment as ', 'Commenter en tant que ', 'Kommentieren als ', 'Comentar como '];
/** Pages that show one photo or video with its comments beside it. */
const VIEWER_PATH = /^\/(photo|photos|watch|reel|videos)(\/|$)|\/(photos|videos)\//;

/** The smallest box holding the editor and a post author: the post, modal or viewer commented on. */
function postOf(editor: Element): Element | null {
  const scoped = closestOf(editor, POST_SCOPE);
  // A modal counts only when it shows a post (the create-post dialog may be aria-modal too).
  if (scoped && (!scoped.matches(anyOf(DIALOG)) || scoped.querySelector(anyOf(PROFILE_NAME)))) return scoped;
  // Climb no higher than a dialog: a create-post dialog holds no post author.
  return nearestHolding(editor, PROFILE_NAME, DIALOG);
}

/** The comment whose reply box holds `editor`: a role=article inside the post. */
function commentOf(editor: Element, post: Element | null): Element | null {
  const article = closestOf(editor, ARTICLE);
  if (!article) return null;
  // An article that is itself the post (older feed) is not a comment.
  if (post ? post === article || article.contains(post) : !(article.parentElement && closestOf(article.parentElement, ARTICLE))) return null;
  return article;
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  editors: FACEBOOK_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/messages(\/|$)/, /^\/search(\/|$)/],
  selectors: {
    editors: FACEBOOK_EDITORS, article: ARTICLE, postScope: POST_SCOPE, profileName: PROFILE_NAME, postAuthor: POST_AUTHOR,
    commentAuthor: COMMENT_AUTHOR, dialog: DIALOG, postButton: POST_BUTTON, commentSubmit: COMMENT_SUBMIT, form: FORM, excluded: EXCLUDED,
  },
  kindOf(editor, loc) {
    const label = editor.getAttribute('aria-label');
    if (nameAfter(label, REPLY_TO)) return 'reply';
    const post = postOf(editor) ?? (VIEWER_PATH.test(loc.pathname) ? editor.ownerDocument.body : null);
    if (commentOf(editor, post)) return 'reply';
    if (post || nameAfter(label, COMMENT_AS)) return 'comment';
    return 'post';
  },
  replyTo(editor, loc) {
    // "Reply to <Name>" names the person answered; "Comment as <Name>" names you, never used.
    const named = nameAfter(editor.getAttribute('aria-label'), REPLY_TO);
    if (named) return named;
    const post = postOf(editor) ?? (VIEWER_PATH.test(loc.pathname) ? editor.ownerDocument.body : null);
    const comment = commentOf(editor, post);
    if (comment) return firstText(comment, COMMENT_AUTHOR, editor);
    return post ? firstText(post, POST_AUTHOR, editor) : undefined;
  },
  anchorOf(editor) {
    return editor.parentElement ?? editor;
  },
  // Comment and reply boxes post on Enter; the create-post dialog only with its button.
  submitKey(editor, loc) {
    return this.kindOf(editor, loc) === 'post' ? null : 'Enter';
  },
  submitButtonOf(editor) {
    const own = closestOf(editor, FORM)?.querySelector(anyOf(COMMENT_SUBMIT));
    if (own) return own;
    return closestOf(editor, DIALOG)?.querySelector(anyOf(POST_BUTTON)) ?? null;
  },
};
