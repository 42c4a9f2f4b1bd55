// Mastodon web app, on the servers the user adds in options (no fixed host:
// see src/settings/mastodon-servers.ts). The compose form is a React-controlled
// <textarea> (AutosuggestTextarea); replying puts a reply indicator with the
// account answered at the top of the same form. The character counter is
// computed by the page from the textarea's value: the coach only reads it.
// Posting: the submit button or Ctrl/Cmd+Enter (compose_form.jsx handleKeyDown).
import { closestOf, firstText, type Selector, type SiteAdapter } from './adapter';

// Evidence, read 2026-11 (see README "Where the selectors come from"):
const MA = 'mastodon/mastodon app/javascript/mastodon/features/compose/components';
const FORM = `${MA}/compose_form.jsx @d2e9124 (form.compose-form > ReplyIndicator, AutosuggestTextarea, CharacterCounter, .compose-form__submit Button type=submit; Ctrl/Cmd+Enter submits)`;
const REPLY = `${MA}/reply_indicator.jsx (.reply-indicator > .reply-indicator__main > .detailed-status__display-name > DisplayName)`;
const DISPLAY_NAME = 'mastodon/mastodon app/javascript/mastodon/components/display_name (span.display-name > bdi > strong.display-name__html + span.display-name__account "@acct")';
const USERSCRIPTS = 'KanFuBing/TootDrafter foreground.js (textarea.autosuggest-textarea__textarea); hidao80/UserScript src/Others/SnsTextAreaEnlargement/SnsTextAreaEnlargement.user.js (.compose-form .autosuggest-textarea__textarea)';

const PAGES = ['mastodon--compose', 'mastodon--reply', 'mastodon--publish'];
const on = (n: number) => Object.fromEntries(PAGES.map((p) => [p, n]));

export const MASTODON_EDITORS: readonly Selector[] = [
  { css: 'form.compose-form textarea.autosuggest-textarea__textarea', note: 'compose form textarea (compose column and replies)', seen: '2026-11', evidence: `${FORM}; ${USERSCRIPTS}`, matches: on(1) },
];
const COMPOSE_FORM: readonly Selector[] = [
  { css: 'form.compose-form', note: 'compose form', seen: '2026-11', evidence: FORM, matches: on(1) },
];
const REPLY_INDICATOR: readonly Selector[] = [
  // Present only while replying: the post answered, with its author.
  { css: '.reply-indicator', note: 'reply indicator (reply only)', seen: '2026-11', evidence: REPLY, matches: { 'mastodon--compose': 0, 'mastodon--reply': 1, 'mastodon--publish': 0 } },
];
const REPLY_ACCOUNT: readonly Selector[] = [
  // "@user" (local) or "@user@server" (remote) of the account answered.
  { css: '.reply-indicator .display-name__account', note: '@acct of the account replied to', seen: '2026-11', evidence: `${REPLY}; ${DISPLAY_NAME}`, matches: { 'mastodon--compose': 0, 'mastodon--reply': 1, 'mastodon--publish': 0 } },
  { css: '.reply-indicator .display-name__html', note: 'display name of the account replied to (when no @acct)', seen: '2026-11', evidence: DISPLAY_NAME, matches: { 'mastodon--compose': 0, 'mastodon--reply': 1, 'mastodon--publish': 0 } },
];
const SUBMIT: readonly Selector[] = [
  { css: '.compose-form__submit button[type="submit"]', note: 'Post / Reply button (4.2+)', seen: '2026-11', evidence: FORM, matches: on(1) },
  { css: '.compose-form__publish button', note: 'Publish button (before 4.2)', seen: '2023-06', evidence: `${MA}/compose_form.jsx @002065f`, matches: on(0) },
];
const COUNTER: readonly Selector[] = [
  // Read by the page from the textarea's value; must keep counting with the coach present.
  { css: '.character-counter', note: 'character counter (never touched; checked in e2e)', seen: '2026-11', evidence: `${MA}/character_counter.tsx`, matches: on(1) },
];
const EXCLUDED: readonly Selector[] = [
  { css: '.search__input, input[type="search"]', note: 'search field', seen: '2026-11', evidence: `${MA}/search.tsx (input.search__input)`, matches: on(0) },
];

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  // No fixed host: the servers the user added (settings.mastodonServers).
  hosts: [],
  editors: MASTODON_EDITORS,
  shadowHosts: [],
  excluded: EXCLUDED,
  excludedPaths: [/^\/search(\/|$)/, /^\/settings(\/|$)/],
  selectors: { editors: MASTODON_EDITORS, composeForm: COMPOSE_FORM, replyIndicator: REPLY_INDICATOR, replyAccount: REPLY_ACCOUNT, submit: SUBMIT, counter: COUNTER, excluded: EXCLUDED },
  kindOf(editor) {
    return closestOf(editor, COMPOSE_FORM)?.querySelector(REPLY_INDICATOR[0]!.css) ? 'reply' : 'post';
  },
  replyTo(editor) {
    const form = closestOf(editor, COMPOSE_FORM);
    return form ? firstText(form, REPLY_ACCOUNT, editor) : undefined;
  },
  // The coach goes after the AutosuggestTextarea wrapper, outside the textarea.
  anchorOf: (editor) => editor.closest('.autosuggest-textarea') ?? editor,
  submitKey: () => 'Mod+Enter',
  submitButtonOf(editor) {
    return closestOf(editor, COMPOSE_FORM)?.querySelector(SUBMIT.map((s) => s.css.replace('form.compose-form ', '')).join(', ')) ?? null;
  },
};
