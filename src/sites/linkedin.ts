// LinkedIn. Two generations side by side in 2026:
// - the server-driven (SDUI) feed: post cards are role=listitem holding a
//   data-view-name="feed-full-update"; comment boxes are TipTap editors inside
//   data-view-name="comment-box" with no <form>; authors are data-view-name links;
// - classic markup (Quill, <form>, .comments-comment-box__submit-button--cr)
//   on single-post pages and group feeds, and the artdeco share modal.
// "Start a post" may open /sharing/compose, a native <dialog> without role.
// Posting: the Comment/Reply/Post button or Ctrl/Cmd+Enter.
import { anyOf, closestOf, firstText, nameAfter, nearestHolding, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const TH = 'knamnguyen/trusthuman.io';
const V2_FIND = `${TH} packages/linkedin-automation/src/comment/utils-v2/find-editable-field.ts @bdf3a4d`;
const V2_SUBMIT = `${TH} packages/linkedin-automation/src/comment/utils-v2/submit-comment.ts @a058a6e`;
const V2_CONTAINER = `${TH} packages/linkedin-automation/src/post/utils-v2/find-post-container.ts @04908e4`;
const V2_AUTHOR = `${TH} packages/linkedin-automation/src/post/utils-v2/extract-post-author-info.ts @a6b7adc`;
const V2_COMMENTS = `${TH} packages/linkedin-automation/src/post/utils-v2/extract-post-comments.ts @03b300a`;
const EXT_LI = `${TH} apps/trustahuman-ext/entrypoints/linkedin.content/index.tsx @0047d06`;
// The "LinkedIn Quick Dismiss" userscript (placing its button before button[aria-label^="Hide post by"]
// on [role="listitem"] feed cards) is not named by repository in the code index; the author
// the hide control names is the one V2_AUTHOR reads from the card.
const HIDE_POST = 'userscript "LinkedIn Quick Dismiss" (button[aria-label^="Hide post by"] on [role="listitem"][componentkey*="FeedType_"] cards; repository unknown); ' + V2_AUTHOR;
const CLASSIC_CSS = `${TH} process/new-feed-shadow.css @0047d06 (LinkedIn's own stylesheet as captured)`;
const DOM_PATTERNS = 'xldeveloper/openclaw-skills skills/red777777/inkedin-automation-that-really-works/references/dom-patterns.md';
const COMPOSE = `HarshSoni200706/linkedin-text-formatter-extension tests/editor-detector.test.js @fd9b4a5 (direct-document post editors on /sharing/compose); ${V2_FIND} (TipTap div.tiptap.ProseMirror)`;

const SDUI = ['linkedin--sdui-feed', 'linkedin--sdui-reply'];
const CLASSIC = ['linkedin--classic-post', 'linkedin--group-feed', 'linkedin--share-dialog'];
const ALL = [...SDUI, ...CLASSIC, 'linkedin--sharing-compose'];
const on = (pages: readonly string[], n: number) => Object.fromEntries(pages.map((p) => [p, n]));

export const LINKEDIN_EDITORS: readonly Selector[] = [
  // Quill editor of the classic share box and classic comment boxes.
  { css: '.ql-editor[contenteditable="true"]', note: 'Quill composer', seen: '2026-02', evidence: EXT_LI, matches: { ...on(SDUI, 0), 'linkedin--sharing-compose': 0, 'linkedin--classic-post': 1, 'linkedin--group-feed': 1, 'linkedin--share-dialog': 2 } },
  // TipTap/ProseMirror: SDUI comment and reply boxes, /sharing/compose, newer classic comment boxes.
  { css: '.ProseMirror[contenteditable="true"]', note: 'TipTap/ProseMirror editor', seen: '2026-09', evidence: V2_FIND, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 3, 'linkedin--sharing-compose': 3, 'linkedin--classic-post': 0, 'linkedin--group-feed': 1 } },
  // SDUI comment box, whatever editor it hosts.
  { css: '[data-view-name="comment-box"] [contenteditable="true"]', note: 'editable in an SDUI comment box', seen: '2026-09', evidence: V2_FIND, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 3, ...on(CLASSIC, 0), 'linkedin--sharing-compose': 2 } },
];
const SHADOW_HOSTS: readonly Selector[] = [
  // Newer share boxes render inside this element's open shadow root.
  { css: '#interop-outlet', note: 'interop outlet shadow host', seen: '2026-01', evidence: 'HarshSoni200706/linkedin-text-formatter-extension tests/editor-detector.test.js @fd9b4a5 ("DIV.ql-editor inside DIV#interop-outlet host", open shadow root)', matches: on(ALL, 1) },
];
const SDUI_POST: readonly Selector[] = [
  // SDUI post card: the listitem holds the post and, as a sibling of feed-full-update, its comments.
  { css: 'div[role="listitem"]', note: 'SDUI post card (post + comment section)', seen: '2026-09', evidence: V2_CONTAINER, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 2, ...on(CLASSIC, 0) } },
  { css: '[data-view-name="feed-detail-page"]', note: 'SDUI single-post page', seen: '2026-02', evidence: V2_CONTAINER, matches: on(ALL, 0) },
];
const SDUI_UPDATE: readonly Selector[] = [
  // The post itself inside a card (its comments are outside it).
  { css: '[data-view-name="feed-full-update"]', note: 'SDUI post content', seen: '2026-09', evidence: V2_CONTAINER, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 2, ...on(CLASSIC, 0) } },
];
const SDUI_COMMENT_ACTOR: readonly Selector[] = [
  // Comment and reply author links: the smallest box holding one and the editor is that comment.
  { css: 'a[data-view-name="comment-actor-picture"]', note: 'SDUI comment author picture link', seen: '2026-09', evidence: V2_SUBMIT, matches: { 'linkedin--sdui-feed': 1, 'linkedin--sdui-reply': 1, ...on(CLASSIC, 0) } },
  { css: 'a[data-view-name="reply-actor-picture"]', note: 'SDUI reply author picture link', seen: '2026-09', evidence: V2_SUBMIT, matches: { 'linkedin--sdui-feed': 0, 'linkedin--sdui-reply': 0 } },
];
const SDUI_COMMENT_NAME: readonly Selector[] = [
  // First <p> of the description link is the commenter's name.
  { css: 'a[data-view-name="comment-actor-description"] p', note: 'SDUI comment author name (first p)', seen: '2026-09', evidence: V2_COMMENTS, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 2 } },
  { css: 'a[data-view-name="reply-actor-description"] p', note: 'SDUI reply author name (first p)', seen: '2026-09', evidence: V2_COMMENTS, matches: { 'linkedin--sdui-feed': 0 } },
];
const SDUI_POST_NAME: readonly Selector[] = [
  // The link after the actor image holds <p>name</p><p>headline</p>.
  { css: 'a[data-view-name="feed-actor-image"] + a p', note: 'SDUI post author name (first p)', seen: '2026-02', evidence: V2_AUTHOR, matches: { 'linkedin--sdui-feed': 4, 'linkedin--sdui-reply': 4, ...on(CLASSIC, 0) } },
];
const HIDE_POST_BUTTON: readonly Selector[] = [
  // "Hide post by <Name>" (English); read when the author link is not found.
  { css: 'button[aria-label^="Hide post by "]', note: 'hide-post control naming the author', seen: '2026-09', evidence: HIDE_POST, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 2, ...on(CLASSIC, 0) } },
];
const SDUI_SUBMIT: readonly Selector[] = [
  // Comment and reply submit buttons of SDUI comment boxes.
  { css: 'button[data-view-name="comment-post"]', note: 'SDUI comment submit', seen: '2026-09', evidence: V2_SUBMIT, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 2, ...on(CLASSIC, 0) } },
  { css: 'button[data-view-name="comment-reply-post"]', note: 'SDUI reply submit', seen: '2026-02', evidence: EXT_LI, matches: { 'linkedin--sdui-feed': 0, 'linkedin--sdui-reply': 1 } },
];
const SDUI_BOX: readonly Selector[] = [
  // The coach goes after the comment box, outside the editor.
  { css: '[data-view-name="comment-box"]', note: 'SDUI comment box', seen: '2026-09', evidence: V2_FIND, matches: { 'linkedin--sdui-feed': 2, 'linkedin--sdui-reply': 3, ...on(CLASSIC, 0) } },
];
const POST: readonly Selector[] = [
  // A classic feed update (post).
  { css: '.feed-shared-update-v2', note: 'classic feed update', seen: '2026-02', evidence: `${TH} apps/trustahuman-ext/entrypoints/linkedin.content/PostScraper.ts @0047d06`, matches: { ...on(SDUI, 0), 'linkedin--classic-post': 1, 'linkedin--group-feed': 2 } },
  { css: '[data-urn^="urn:li:activity"]', note: 'classic activity by URN (gone from the SDUI feed)', seen: '2026-02', evidence: `${TH} process/plans LinkedIn DOM Compatibility Plan (dom-v1 data-urn)`, matches: { ...on(SDUI, 0), 'linkedin--classic-post': 1, 'linkedin--group-feed': 2 } },
];
const COMMENT: readonly Selector[] = [
  // A classic comment under a post (its reply box answers the comment).
  { css: '.comments-comment-entity', note: 'classic comment', seen: '2025-11', evidence: 'krystianbajno/techka plugins/linkedin/scripts/get-post-comments.js', matches: on(ALL, 0) },
  { css: '.comments-comment-item', note: 'comment (older markup)', seen: '2024-10', evidence: 'krystianbajno/techka plugins/linkedin/scripts/get-post-comments.js', matches: on(ALL, 0) },
];
const POST_AUTHOR: readonly Selector[] = [
  // Visible author name of a classic post (the hidden copy is for screen readers).
  { css: '.update-components-actor__title span[aria-hidden="true"]', note: 'classic post author', seen: '2025-11', evidence: `${TH} apps/trustahuman-ext/entrypoints/linkedin.content/PostScraper.ts @0047d06 (update-components-actor)`, matches: { 'linkedin--classic-post': 1, 'linkedin--group-feed': 2, ...on(SDUI, 0) } },
  { css: '.update-components-actor__name span[aria-hidden="true"]', note: 'classic post author (older)', seen: '2024-10', evidence: `${TH} apps/trustahuman-ext/entrypoints/linkedin.content/PostScraper.ts @0047d06`, matches: on(ALL, 0) },
];
const COMMENT_AUTHOR: readonly Selector[] = [
  // Classic comment author name.
  { css: '.comments-comment-meta__description-title', note: 'classic comment author', seen: '2025-11', evidence: 'krystianbajno/techka plugins/linkedin/scripts/get-post-comments.js', matches: on(ALL, 0) },
  { css: '.comments-post-meta__name-text', note: 'comment author (older)', seen: '2024-10', evidence: `${CLASSIC_CSS} (.comments-post-meta__name-text)`, matches: on(ALL, 0) },
];
const CONTAINER: readonly Selector[] = [
  // Quill's container around .ql-editor; the coach goes after it.
  { css: '.ql-container', note: 'Quill container', seen: '2025-11', evidence: 'quill 2 markup (slab/quill core/quill.ts)', matches: { ...on(SDUI, 0), 'linkedin--classic-post': 1, 'linkedin--group-feed': 1, 'linkedin--share-dialog': 2 } },
];
const SUBMIT: readonly Selector[] = [
  // Share box post button (classic modal; also looked for in the /sharing/compose dialog).
  { css: '.share-actions__primary-action', note: 'share post button', seen: '2025-11', evidence: `${DOM_PATTERNS} (Post Submit (Modal): button.share-actions__primary-action)`, matches: { 'linkedin--share-dialog': 1, ...on(SDUI, 0) } },
  // Classic comment box submit button.
  { css: '.comments-comment-box__submit-button--cr', note: 'classic comment submit', seen: '2026-01', evidence: V2_SUBMIT.replace('utils-v2', 'utils-v1').replace('@a058a6e', '@8d0bc41'), matches: { 'linkedin--classic-post': 1, 'linkedin--group-feed': 2, ...on(SDUI, 0) } },
  { css: '.comments-comment-box__submit-button', note: 'comment submit (older)', seen: '2024-10', evidence: `${CLASSIC_CSS} (.comments-comment-box__submit-button); ${DOM_PATTERNS}`, matches: on(ALL, 0) },
];
const FORM: readonly Selector[] = [
  // The classic share modal, the /sharing/compose native dialog (no role), and the classic comment form.
  { css: '[role="dialog"]', note: 'classic share modal', seen: '2025-11', evidence: `${CLASSIC_CSS} (.artdeco-modal); HarshSoni200706/linkedin-text-formatter-extension tests/editor-detector.test.js @fd9b4a5 (post editors in role=dialog)`, matches: { 'linkedin--share-dialog': 1, 'linkedin--sharing-compose': 0 } },
  { css: 'dialog', note: '/sharing/compose native dialog', seen: '2026-09', evidence: COMPOSE, matches: { 'linkedin--sharing-compose': 1, ...on(SDUI, 0) } },
  // (The one form on SDUI pages is the messaging overlay's.)
  { css: 'form', note: 'classic comment form (none around SDUI comment boxes)', seen: '2026-01', evidence: `${TH} process/plans LinkedIn DOM Compatibility Plan (dom-v2 has no form)`, matches: { ...on(SDUI, 1), 'linkedin--classic-post': 2, 'linkedin--group-feed': 3 } },
];
const EXCLUDED: readonly Selector[] = [
  // Messaging boxes and the search bar: never coached, not even by the fallback.
  { css: '.msg-form__contenteditable', note: 'messaging composer', seen: '2025-11', evidence: `${CLASSIC_CSS} (.msg-form__contenteditable)`, matches: on(ALL, 1) },
  { css: '.search-global-typeahead, [role="search"], [role="combobox"]', note: 'search bar', seen: '2025-11', evidence: `${CLASSIC_CSS} (.search-global-typeahead); HarshSoni200706/linkedin-text-formatter-extension tests/editor-detector.test.js @fd9b4a5 (editors inside role=search rejected)`, matches: on(ALL, 0) },
];

const HIDE_POST_PREFIXES = ['Hide post by '];

// What LinkedIn prints after a name on an actor line (issue: the coach named
// "Priya Raman • 2nd"): the connection degree ("• 1st", "· 2nd", "• 3rd+",
// "2nd degree connection"), pronouns in brackets and badges. Names keep
// everything else (accents, hyphens, initials, credentials).
const DEGREE = /\s*[•·]\s*(?:1st|2nd|3rd\+?)(?:\s+degree(?:\s+connection)?)?\s*$/iu;
const DEGREE_WORDS = /\s+(?:1st|2nd|3rd\+?)\s+degree(?:\s+connection)?\s*$/iu;
const PRONOUNS = /\s*\((?:she|her|hers|he|him|his|they|them|theirs|xe|xem|ze|zir)(?:\s*\/\s*(?:she|her|hers|he|him|his|they|them|theirs|xe|xem|ze|zir))+\)\s*$/iu;
const BADGE = /\s*(?:[•·]\s*)?\b(?:Verified|Premium|Author|Influencer|Creator|Top Voice)\s*$/u;
const TRAILING_DOT = /\s*[•·]\s*$/u;

/** The person's name alone from a LinkedIn actor line, or undefined when nothing is left. */
export function personName(line: string | null | undefined): string | undefined {
  let name = (line ?? '').replace(/\s+/g, ' ').trim();
  // Markers come in any order at the end of the line: peel them until none is left.
  for (let before = ''; before !== name; ) {
    before = name;
    for (const marker of [DEGREE, DEGREE_WORDS, PRONOUNS, BADGE, TRAILING_DOT]) name = name.replace(marker, '').trim();
  }
  return name || undefined;
}

/** The SDUI submit button that belongs to `editor`: the nearest one above it within the card. */
function sduiSubmit(editor: Element): Element | null {
  return nearestHolding(editor, SDUI_SUBMIT, SDUI_POST)?.querySelector(anyOf(SDUI_SUBMIT)) ?? null;
}
const REPLY_SUBMIT = SDUI_SUBMIT[1]!;

/** A reply box (its own button is comment-reply-post) answers the comment around it. */
function sduiReplyTarget(editor: Element): Element | null {
  if (!sduiSubmit(editor)?.matches(REPLY_SUBMIT.css)) return null;
  return nearestHolding(editor, SDUI_COMMENT_ACTOR, SDUI_POST);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  editors: LINKEDIN_EDITORS,
  shadowHosts: SHADOW_HOSTS,
  excluded: EXCLUDED,
  excludedPaths: [/^\/messaging(\/|$)/, /^\/search(\/|$)/],
  selectors: {
    editors: LINKEDIN_EDITORS, shadowHosts: SHADOW_HOSTS, sduiPost: SDUI_POST, sduiUpdate: SDUI_UPDATE,
    sduiCommentActor: SDUI_COMMENT_ACTOR, sduiCommentName: SDUI_COMMENT_NAME, sduiPostName: SDUI_POST_NAME,
    hidePost: HIDE_POST_BUTTON, sduiSubmit: SDUI_SUBMIT, sduiBox: SDUI_BOX, post: POST, comment: COMMENT,
    postAuthor: POST_AUTHOR, commentAuthor: COMMENT_AUTHOR, container: CONTAINER, submit: SUBMIT, form: FORM, excluded: EXCLUDED,
  },
  kindOf(editor) {
    const card = closestOf(editor, SDUI_POST);
    if (card) return sduiSubmit(editor)?.matches(REPLY_SUBMIT.css) ? 'reply' : 'comment';
    if (!closestOf(editor, POST)) return 'post';
    return closestOf(editor, COMMENT) ? 'reply' : 'comment';
  },
  replyTo(editor) {
    const card = closestOf(editor, SDUI_POST);
    if (card) {
      const comment = sduiReplyTarget(editor);
      if (comment) return personName(firstText(comment, SDUI_COMMENT_NAME, editor));
      return (
        personName(firstText(card, SDUI_POST_NAME, editor)) ??
        personName(nameAfter(card.querySelector(anyOf(HIDE_POST_BUTTON))?.getAttribute('aria-label'), HIDE_POST_PREFIXES))
      );
    }
    const comment = closestOf(editor, COMMENT);
    if (comment) return personName(firstText(comment, COMMENT_AUTHOR, editor));
    const post = closestOf(editor, POST);
    return post ? personName(firstText(post, POST_AUTHOR, editor)) : undefined;
  },
  anchorOf(editor) {
    return closestOf(editor, CONTAINER) ?? closestOf(editor, SDUI_BOX) ?? editor;
  },
  // Ctrl+Enter (Cmd+Enter on a Mac) posts comments and replies.
  submitKey: () => 'Mod+Enter',
  submitButtonOf(editor) {
    const card = closestOf(editor, SDUI_POST);
    // The nearest comment-post / comment-reply-post button above the editor is its own.
    if (card) return sduiSubmit(editor);
    return closestOf(editor, FORM)?.querySelector(anyOf(SUBMIT)) ?? null;
  },
};
