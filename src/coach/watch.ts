// The only coach code that runs on every page load of a covered site. It
// does not score, render or highlight anything: it waits until a composer
// appears (a site selector matches) or an editable box worth coaching gets
// focus, then calls back once and stops. The content script loads the coach
// and the engine at that moment, so a page nobody writes on pays for one
// MutationObserver and one focus listener, not for the tokenizer.
//
// Imports are kept to the adapters and the fallback's tests of a box: no
// Preact, no engine, no browser APIs (so it runs under happy-dom in tests).
import { anyOf, type PageLocation, type SiteAdapter } from '../sites/adapter';
import { editableRoot, isExcluded, isFallbackCandidate } from '../sites/fallback';

export interface ComposerWatch {
  /** Stop watching without calling back (site switched off, page unloading). */
  stop(): void;
}

/**
 * Calls `onComposer` once, with the focused box when focus triggered it (so
 * the coach can treat that focus as if it had seen it), and stops watching.
 */
export function watchForComposers(
  doc: Document,
  adapter: SiteAdapter,
  location: PageLocation,
  onComposer: (focused: HTMLElement | null) => void,
): ComposerWatch {
  const editorSelector = anyOf(adapter.editors);
  const shadowSelector = adapter.shadowHosts.length ? anyOf(adapter.shadowHosts) : '';
  let done = false;
  const roots = new WeakSet<Node>();

  // A composer in an excluded place (a Messenger chat uses the same editor
  // markup as comment boxes) does not count: the coach would not mount there.
  const coachable = (root: ParentNode): boolean => {
    if (root instanceof Element && root.matches(editorSelector) && !isExcluded(root, adapter, location)) return true;
    for (const el of Array.from(root.querySelectorAll(editorSelector))) if (!isExcluded(el, adapter, location)) return true;
    return false;
  };

  const fire = (focused: HTMLElement | null): void => {
    if (done) return;
    stop();
    onComposer(focused);
  };

  /** Looks inside shadow hosts under `el` (sites that render composers in open shadow roots). */
  const checkShadowHosts = (el: Element): boolean => {
    if (!shadowSelector) return false;
    const hosts = el.matches(shadowSelector) ? [el] : [];
    hosts.push(...Array.from(el.querySelectorAll(shadowSelector)));
    for (const h of hosts) {
      if (!h.shadowRoot) continue;
      observe(h.shadowRoot);
      if (coachable(h.shadowRoot)) return true;
    }
    return false;
  };

  // Only added elements are looked at, and only until the first composer:
  // after that this observer is gone and the coach's own runtime takes over.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (coachable(el) || checkShadowHosts(el)) return fire(null);
      }
    }
  });

  function observe(root: Document | ShadowRoot): void {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  // Focus is the fallback's trigger: a box no selector knows still gets a
  // coach once the person starts writing in it.
  const onFocusIn = (e: Event): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot && coachable(root)) return fire(null);
    const box = editableRoot(target);
    if (!box) return;
    if (coachable(box) || isFallbackCandidate(box, adapter, location)) fire(box);
  };

  function stop(): void {
    done = true;
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn, true);
  }

  doc.addEventListener('focusin', onFocusIn, true);
  observe(doc);
  if (coachable(doc) || (doc.documentElement && checkShadowHosts(doc.documentElement))) fire(null);
  return { stop };
}
