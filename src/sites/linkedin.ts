// LinkedIn. Quill share box (in a modal, or in the open shadow root of
// #interop-outlet), Quill or TipTap/ProseMirror comment boxes.
import { anyOf, closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

export const LINKEDIN_EDITORS: readonly Selector[] = [
  // Quill editor of the share box and of older comment boxes.
  { css: '.ql-editor[contenteditable="true"]', note: 'Quill composer', seen: '2025-11' },
  // TipTap/ProseMirror editor of newer comment boxes.
  { css: '.ProseMirror[contenteditable="true"]', note: 'ProseMirror comment box', seen: '2025-11' },
];
const SHADOW_HOSTS: readonly Selector[] = [
  // Newer composers render inside this element's open shadow root.
  { css: '#interop-outlet', note: 'interop outlet shadow host', seen: '2025-11' },
];
const POST: readonly Selector[] = [
  // A feed update (post).
  { css: '.feed-shared-update-v2', note: 'feed update', seen: '2025-11' },
  { css: '[data-urn^="urn:li:activity"]', note: 'activity by URN', seen: '2025-11' },
];
const COMMENT: readonly Selector[] = [
  // A comment under a post (its reply box answers the comment).
  { css: '.comments-comment-entity', note: 'comment (2025 markup)', seen: '2025-11' },
  { css: '.comments-comment-item', note: 'comment (older markup)', seen: '2024-10' },
];
const POST_AUTHOR: readonly Selector[] = [
  // Visible author name of a post (the hidden copy is for screen readers).
  { css: '.update-components-actor__title span[aria-hidden="true"]', note: 'post author', seen: '2025-11' },
  { css: '.update-components-actor__name span[aria-hidden="true"]', note: 'post author (older)', seen: '2024-10' },
];
const COMMENT_AUTHOR: readonly Selector[] = [
  // Comment author name.
  { css: '.comments-comment-meta__description-title', note: 'comment author', seen: '2025-11' },
  { css: '.comments-post-meta__name-text', note: 'comment author (older)', seen: '2024-10' },
];
const CONTAINER: readonly Selector[] = [
  // Quill's container around .ql-editor; the coach goes after it.
  { css: '.ql-container', note: 'Quill container', seen: '2025-11' },
];
const SUBMIT: readonly Selector[] = [
  // Share box post button.
  { css: '.share-actions__primary-action', note: 'share post button', seen: '2025-11' },
  // Comment box submit button.
  { css: '.comments-comment-box__submit-button--cr', note: 'comment submit', seen: '2025-11' },
  { css: '.comments-comment-box__submit-button', note: 'comment submit (older)', seen: '2024-10' },
];
const FORM: readonly Selector[] = [
  // The share modal and the comment form around an editor.
  { css: '[role="dialog"]', note: 'share modal', seen: '2025-11' },
  { css: 'form', note: 'comment form', seen: '2025-11' },
];

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  editors: LINKEDIN_EDITORS,
  shadowHosts: SHADOW_HOSTS,
  kindOf(editor) {
    if (!closestOf(editor, POST)) return 'post';
    return closestOf(editor, COMMENT) ? 'reply' : 'comment';
  },
  replyTo(editor) {
    const comment = closestOf(editor, COMMENT);
    if (comment) return firstText(comment, COMMENT_AUTHOR, editor);
    const post = closestOf(editor, POST);
    return post ? firstText(post, POST_AUTHOR, editor) : undefined;
  },
  anchorOf(editor) {
    return closestOf(editor, CONTAINER) ?? editor;
  },
  submitsOnEnter: () => false,
  submitButtonOf(editor) {
    return closestOf(editor, FORM)?.querySelector(anyOf(SUBMIT)) ?? null;
  },
};
