// What a site adapter is. An adapter is data (selectors, each with what it
// matches and when it was last seen working) plus a few small functions, so
// that when a site changes its DOM the fix is one line in one file.
import type { Kind } from '../engine/types';
import type { SiteId } from '../settings/schema';

export interface Selector {
  css: string;
  /** What it matches, in words. */
  note: string;
  /** When it was last seen to work on the live site (YYYY-MM). */
  seen: string;
}

/** The bits of `location` adapters look at; a plain object in unit tests. */
export interface PageLocation {
  hostname: string;
  pathname: string;
}

export interface SiteAdapter {
  id: SiteId;
  /** Host names this adapter handles (exact match). */
  hosts: readonly string[];
  /** Editable elements people write posts, replies and comments in. */
  editors: readonly Selector[];
  /** Elements with an open shadow root that may hold composers. */
  shadowHosts: readonly Selector[];
  /** Post, reply or comment. */
  kindOf(editor: Element, loc: PageLocation): Kind;
  /** The @handle (X) or name (Facebook, LinkedIn) being answered; undefined for posts or when unknown. */
  replyTo(editor: Element, loc: PageLocation): string | undefined;
  /** The coach host is inserted right after this element, which must not be inside the editable subtree. */
  anchorOf(editor: Element): Element;
  /** The button that posts this composer's draft, if it can be found. */
  submitButtonOf(editor: Element): Element | null;
  /** Whether pressing Enter (without Shift) posts this composer's draft. */
  submitsOnEnter(editor: Element, loc: PageLocation): boolean;
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
