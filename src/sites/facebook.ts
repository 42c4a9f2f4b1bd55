// Facebook. Lexical editors; class names are hashed and aria-labels are
// localized, so only roles and data attributes are used.
import { anyOf, closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

export const FACEBOOK_EDITORS: readonly Selector[] = [
  // Lexical root of the create-post dialog and of comment and reply boxes.
  { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', note: 'Lexical composer', seen: '2025-11' },
];
const ARTICLE: readonly Selector[] = [
  // A feed post, and (nested inside it) each comment.
  { css: '[role="article"]', note: 'post or comment', seen: '2025-11' },
];
const POST_AUTHOR: readonly Selector[] = [
  // Post header: author name in a heading's strong link.
  { css: 'h2 strong', note: 'post author (h2)', seen: '2025-11' },
  { css: 'h3 strong', note: 'post author (h3)', seen: '2025-11' },
  { css: 'h4 strong', note: 'post author (h4)', seen: '2025-11' },
];
const COMMENT_AUTHOR: readonly Selector[] = [
  // Comment header: the first profile link in the comment.
  { css: 'a[role="link"]', note: 'comment author link', seen: '2025-11' },
  { css: 'a[href]', note: 'any link, older markup', seen: '2025-06' },
];
const DIALOG: readonly Selector[] = [
  // Create-post dialog.
  { css: '[role="dialog"]', note: 'create-post dialog', seen: '2025-11' },
];
const POST_BUTTON: readonly Selector[] = [
  // Create-post dialog's post button (the label is localized; English here).
  { css: '[role="button"][aria-label="Post"]', note: 'post button (English)', seen: '2025-11' },
];

export const facebook: SiteAdapter = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com'],
  editors: FACEBOOK_EDITORS,
  shadowHosts: [],
  kindOf(editor) {
    const article = closestOf(editor, ARTICLE);
    if (!article) return 'post';
    // A box inside a comment (an article inside the post's article) answers that comment.
    return article.parentElement && closestOf(article.parentElement, ARTICLE) ? 'reply' : 'comment';
  },
  replyTo(editor) {
    const article = closestOf(editor, ARTICLE);
    if (!article) return undefined;
    const isComment = !!(article.parentElement && closestOf(article.parentElement, ARTICLE));
    return firstText(article, isComment ? COMMENT_AUTHOR : POST_AUTHOR, editor);
  },
  anchorOf(editor) {
    return editor.parentElement ?? editor;
  },
  // Comment and reply boxes post on Enter (Shift+Enter is a line break).
  submitsOnEnter(editor, loc) {
    return this.kindOf(editor, loc) !== 'post';
  },
  submitButtonOf(editor) {
    // Comment boxes submit on Enter and have no reliable button; the dialog has one.
    return closestOf(editor, DIALOG)?.querySelector(anyOf(POST_BUTTON)) ?? null;
  },
};
