// What a site adapter is. An adapter is data (selectors, each with what it
// matches, when it was last seen working, where the outside evidence for it
// comes from, and how many times it must match each saved fixture page) plus
// a few small functions, so that when a site changes its DOM the fix is one
// line in one file.
import type { Kind } from '../engine/types';
import type { SiteId } from '../settings/schema';

export interface Selector {
  css: string;
  /** What it matches, in words. */
  note: string;
  /** When it was last seen to work on the live site (YYYY-MM). */
  seen: string;
  /** Outside evidence: another maintained project's file (repo/path@commit) or thread that relies on it. */
  evidence: string;
  /**
   * Saved fixture pages (test/fixtures/markup/<page>.html) and how many
   * elements it must match there; 0 where it must not match (refined-github
   * style). Checked by test/unit/sites/selectors.test.ts.
   */
  matches: Readonly<Record<string, number>>;
}

/** The bits of `location` adapters look at; a plain object in unit tests. */
export interface PageLocation {
  hostname: string;
  pathname: string;
}

/** How the site posts from the keyboard: Enter, Ctrl/Cmd+Enter, or not at all. */
export type SubmitKey = 'Enter' | 'Mod+Enter' | null;

export interface SiteAdapter {
  id: SiteId;
  /** Host names this adapter handles (exact match). */
  hosts: readonly string[];
  /** Editable elements people write posts, replies and comments in. */
  editors: readonly Selector[];
  /** Elements with an open shadow root that may hold composers. */
  shadowHosts: readonly Selector[];
  /** Places where the fallback coach never mounts: search fields, direct messages. */
  excluded: readonly Selector[];
  /** Paths (as regular expressions over pathname) where the fallback never mounts. */
  excludedPaths: readonly RegExp[];
  /** Every selector the adapter uses, by group name, for the selector tests. */
  selectors: Readonly<Record<string, readonly Selector[]>>;
  /** Post, reply or comment. */
  kindOf(editor: Element, loc: PageLocation): Kind;
  /** The @handle (X) or name (Facebook, LinkedIn) being answered; undefined for posts or when unknown. */
  replyTo(editor: Element, loc: PageLocation): string | undefined;
  /** The coach host is inserted right after this element, which must not be inside the editable subtree. */
  anchorOf(editor: Element): Element;
  /** The button that posts this composer's draft, if it can be found. */
  submitButtonOf(editor: Element): Element | null;
  /** The key that posts this composer's draft (Shift+Enter is always a line break). */
  submitKey(editor: Element, loc: PageLocation): SubmitKey;
}

export const anyOf = (selectors: readonly Selector[]) => selectors.map((s) => s.css).join(', ');

/** First non-empty, trimmed text of the first element matching any selector, skipping the composer itself. */
export function firstText(scope: ParentNode, selectors: readonly Selector[], skip?: Element): string | undefined {
  for (const s of selectors) {
    for (const el of Array.from(scope.querySelectorAll(s.css))) {
      if (skip && (skip.contains(el) || el.contains(skip))) continue;
      const text = el.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** The closest ancestor matching a selector, crossing no shadow boundary. */
export function closestOf(el: Element, selectors: readonly Selector[]): Element | null {
  return el.closest(anyOf(selectors));
}

/**
 * The nearest ancestor of `el` (itself excluded) that contains an element
 * matching `selectors` outside `el`, climbing no higher than `stop` (an
 * ancestor matching it is checked, then the climb ends). Sites that hash their
 * class names still nest a post's or comment's parts under one element, so
 * "the smallest box holding both the editor and an author link" finds it.
 */
export function nearestHolding(el: Element, selectors: readonly Selector[], stop?: readonly Selector[]): Element | null {
  const css = anyOf(selectors);
  const stopCss = stop?.length ? anyOf(stop) : null;
  for (let a = el.parentElement; a; a = a.parentElement) {
    for (const found of Array.from(a.querySelectorAll(css))) {
      if (!el.contains(found)) return a;
    }
    if (stopCss && a.matches(stopCss)) return null;
  }
  return null;
}

/** A label such as "Reply to Grace Hopper": the name after one of the known (localized) prefixes. */
export function nameAfter(label: string | null | undefined, prefixes: readonly string[]): string | undefined {
  if (!label) return undefined;
  for (const p of prefixes) {
    if (label.startsWith(p)) {
      const name = label.slice(p.length).replace(/[.…]+$/, '').trim();
      if (name) return name;
    }
  }
  return undefined;
}
