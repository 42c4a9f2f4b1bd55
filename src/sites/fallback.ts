// The fallback that never leaves a box uncoached: an editable box the site's
// selectors do not recognise still gets a generic coach when the user focuses
// it, unless it sits in a place listed as excluded (search, direct messages).
// A site redesign then degrades the coach instead of removing it.
import { anyOf, type PageLocation, type Selector, type SiteAdapter } from './adapter';

/** Excluded on every site, whatever the adapter lists. */
export const GENERIC_EXCLUDED: readonly Selector[] = [
  { css: '[role="search"], [role="searchbox"], [role="combobox"]', note: 'search landmarks, search boxes and autocompletes', seen: '2026-11', evidence: 'WAI-ARIA 1.2 roles (w3.org/TR/wai-aria-1.2)', matches: {} },
  { css: 'form[action*="search" i], [aria-label*="search" i], [placeholder*="search" i]', note: 'anything labelled as search (English)', seen: '2026-11', evidence: 'common markup of site search fields', matches: {} },
  { css: '[aria-label^="Message" i], [aria-label*="direct message" i]', note: 'chat and direct-message boxes (English)', seen: '2026-11', evidence: 'Messenger and X DM composers are labelled "Message…"', matches: {} },
];

/** Smallest box worth coaching, in CSS pixels: one-line inputs in toolbars are not drafts. */
export const MIN_WIDTH = 120;
export const MIN_HEIGHT = 16;

/** The editable box an element belongs to: a textarea, or the outermost contenteditable element around it. */
export function editableRoot(el: Element): HTMLElement | null {
  if (el.tagName === 'TEXTAREA') return el as HTMLElement;
  if (!(el instanceof el.ownerDocument.defaultView!.HTMLElement) || !el.isContentEditable) return null;
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** Whether `el` (an editable root) sits somewhere the coach must never go. */
export function isExcluded(el: Element, adapter: SiteAdapter, loc: PageLocation): boolean {
  if (adapter.excludedPaths.some((re) => re.test(loc.pathname))) return true;
  const css = anyOf([...GENERIC_EXCLUDED, ...adapter.excluded]);
  return el.matches(css) || el.closest(css) !== null;
}

/** Whether a focused editable root deserves the generic coach. */
export function isFallbackCandidate(el: HTMLElement, adapter: SiteAdapter, loc: PageLocation): boolean {
  if (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).readOnly || (el as HTMLTextAreaElement).disabled : !el.isContentEditable) return false;
  if (isExcluded(el, adapter, loc)) return false;
  const rect = el.getBoundingClientRect();
  return rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT;
}
