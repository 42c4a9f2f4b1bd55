// Types and helpers for the composer tables (composers-*.ts).
import type { Locator, Page } from '@playwright/test';

export type Site = 'x' | 'facebook' | 'linkedin' | 'bluesky' | 'mastodon' | 'threads';
export type Kind = 'post' | 'reply' | 'comment';
export type EditorLibrary = 'draft-js' | 'textarea' | 'lexical' | 'quill' | 'prosemirror';
/** How the site lets a person post: the composer's button, Enter, or Ctrl/Cmd+Enter. */
export type PostWay = 'button' | 'Enter' | 'Mod+Enter';

export interface ComposerCase {
  /** Unique id, used as the test title, e.g. "x/home-inline". */
  id: string;
  site: Site;
  /** Kind the coach should report in data-kind. */
  kind: Kind;
  /** The editor library on the fixture page. */
  editor: EditorLibrary;
  /** What the row covers, in words. */
  title: string;
  /** Page to load first (served from the fixture at this real URL). */
  url: string;
  /** Saved markup of the page once opened (test/fixtures/markup/<markup>.html), read by the adapter unit tests. */
  markup: string;
  /** After `page.goto(url)`: the clicks that make the composer appear (no-op when it is there on load).
   *  Runs `ready` first. */
  open(page: Page): Promise<void>;
  /** After `page.goto(url)`, before anything else: waits for the page the URL
   *  lands on (a redirect) or sets up what it needs (the Mastodon server added
   *  in options, which reloads the page once). Idempotent. */
  ready?(page: Page): Promise<void>;
  /** The editable element (contenteditable root or textarea) of this composer, once open. */
  editorLocator(page: Page): Locator;
  /** Who is being answered, as the page shows it; null for new posts. The X
   *  handle is given with its "@"; Facebook and LinkedIn only show names.
   *  Where a handle is given (X, Threads, Mastodon) the coach names the
   *  person by it, otherwise by name (see `personOf`). */
  replyTo: { name: string; handle?: string } | null;
  /** Key that inserts a line break (Facebook comment boxes submit on Enter). */
  newlineKey: 'Enter' | 'Shift+Enter';
  /** True when pressing Enter posts the draft. */
  enterSubmits: boolean;
  /** Every way the site posts this draft; the first is the one `submit` uses. */
  postWays: readonly PostWay[];
  /** The composer's post button. */
  button(page: Page): Locator;
  /** Posts the draft the way a person would (the first of `postWays`). */
  submit(page: Page): Promise<void>;
  /** The posted item's text element, once `text` has been posted. */
  posted(page: Page, text: string): Locator;
  /** After posting the composer is emptied in place or goes away (dialogs close). */
  afterPost: 'cleared' | 'removed';
  /** Composer name in `window.__fixture.posts` on the fixture page. */
  fixtureComposer: string;
}

/** Posts the case's draft in one of the ways the site allows. */
export async function submitBy(page: Page, c: ComposerCase, way: PostWay): Promise<void> {
  if (way === 'button') return c.button(page).click();
  await c.editorLocator(page).press(way === 'Enter' ? 'Enter' : 'Control+Enter');
}

type CaseSpec = Omit<ComposerCase, 'submit' | 'enterSubmits'>;
/** Fills in `submit` and `enterSubmits` from `postWays`. */
export const composerCase = (c: CaseSpec): ComposerCase => ({
  ...c,
  open: async (page) => {
    await c.ready?.(page);
    await c.open(page);
  },
  enterSubmits: c.postWays.includes('Enter'),
  submit: (page) => submitBy(page, c as ComposerCase, c.postWays[0] ?? 'button'),
});

export const exactText = (scope: Locator, text: string) => scope.getByText(text, { exact: true });

/** How the coach names the person answered: the handle where the site shows one, else the name. */
export const personOf = (c: Pick<ComposerCase, 'replyTo'>): string | null => (c.replyTo ? c.replyTo.handle ?? c.replyTo.name : null);
