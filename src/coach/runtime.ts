// Finds composers as they come and go in a single-page app and keeps one
// coach per composer. One MutationObserver watches the document and every
// open shadow root that may hold composers; there is no polling.
import type { PageLocation, SiteAdapter } from '../sites/adapter';
import { anyOf } from '../sites/adapter';
import type { Settings } from '../settings/schema';
import { Coach, HOST_TAG, type DraftSummary, type PostedReply } from './coach';

export interface Runtime {
  /** Coaches currently mounted (for tests and the popup). */
  readonly coaches: ReadonlyMap<Element, Coach>;
  /** Apply new settings: a site switched off loses its coaches, switched on gets them back. */
  setSettings(settings: Settings): void;
  /** The focused (or last focused) composer's coaching, for the popup. */
  current(): DraftSummary | null;
  stop(): void;
}

export function startRuntime(
  doc: Document,
  adapter: SiteAdapter,
  location: PageLocation,
  initial: Settings,
  onPosted: (post: PostedReply) => void = () => {},
): Runtime {
  let settings = initial;
  const coaches = new Map<Element, Coach>();
  let watchedRoots = new WeakSet<Node>();
  let active: Coach | null = null;
  let running = false;
  const editorSelector = anyOf(adapter.editors);
  const shadowSelector = adapter.shadowHosts.length ? anyOf(adapter.shadowHosts) : '';

  // Typing re-renders nodes inside editors on every keystroke; those records
  // are skipped with one contains() check, so a keystroke costs next to nothing.
  const observer = new MutationObserver((records) => {
    let removed = false;
    const added: Element[] = [];
    for (const r of records) {
      if (r.removedNodes.length) removed = true;
      for (const n of Array.from(r.addedNodes)) if (n instanceof Element) added.push(n);
    }
    if (removed) sweep();
    for (const el of added) {
      if (!el.isConnected || insideEditor(el)) continue;
      if (el.matches(editorSelector)) mountOn(el as HTMLElement);
      for (const e of Array.from(el.querySelectorAll<HTMLElement>(editorSelector))) mountOn(e);
      if (shadowSelector && (el.matches(shadowSelector) || el.querySelector(shadowSelector))) scan();
    }
  });

  function insideEditor(node: Node): boolean {
    for (const el of coaches.keys()) if (el.contains(node)) return true;
    return false;
  }

  function mountOn(el: HTMLElement): void {
    if (!coaches.has(el) && !el.closest(HOST_TAG)) coaches.set(el, new Coach(el, env));
  }

  function watch(root: Document | ShadowRoot): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  /** Mount coaches on composers that have none, in the document and known shadow roots. */
  function scan(): void {
    const roots: Array<Document | ShadowRoot> = [doc];
    if (shadowSelector) {
      for (const hostEl of Array.from(doc.querySelectorAll(shadowSelector))) {
        if (hostEl.shadowRoot) {
          watch(hostEl.shadowRoot);
          roots.push(hostEl.shadowRoot);
        }
      }
    }
    for (const root of roots) scanIn(root);
  }

  function scanIn(root: Document | ShadowRoot): void {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(editorSelector))) mountOn(el);
  }

  /** Drop coaches whose composer left the page. */
  function sweep(): void {
    for (const [el, coach] of coaches) {
      if (!el.isConnected) {
        coach.checkPosted(); // a dialog that closes after posting takes its composer with it
        coach.destroy();
        coaches.delete(el);
        if (active === coach) active = null;
      }
    }
  }

  const env = {
    adapter,
    location,
    settings: () => settings,
    onActive: (c: Coach) => {
      active = c;
    },
    onPosted,
  };

  // Posting: a click on a composer's post button, or Enter where Enter posts.
  // Listened for once, on the document, in the capture phase (before the site).
  const onClick = (e: Event) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    for (const coach of coaches.values()) {
      if (adapter.submitButtonOf(coach.editor)?.contains(target)) coach.arm();
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    for (const coach of coaches.values()) {
      if (coach.editor.contains(target) && adapter.submitsOnEnter(coach.editor, location)) coach.arm();
    }
  };

  // A composer may appear in a shadow root attached after load: focus events
  // are retargeted, but composedPath() still shows where they came from.
  const onFocusIn = (e: Event) => {
    const target = e.composedPath()[0];
    if (target instanceof Element && target.getRootNode() !== doc) {
      const root = target.getRootNode();
      if (root instanceof ShadowRoot) {
        watch(root);
        scanIn(root);
      }
    }
  };

  function start(): void {
    if (running) return;
    running = true;
    watch(doc);
    doc.addEventListener('focusin', onFocusIn, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKeyDown, true);
    scan();
  }

  function stopAll(): void {
    running = false;
    observer.disconnect();
    // disconnect() forgets every observed root; start() observes them again.
    watchedRoots = new WeakSet<Node>();
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    for (const coach of coaches.values()) coach.destroy();
    coaches.clear();
    active = null;
  }

  function apply(): void {
    if (settings.sites[adapter.id]) {
      start();
      for (const c of coaches.values()) c.scoreNow(true);
    } else stopAll();
  }

  apply();
  return {
    coaches,
    setSettings(next) {
      settings = next;
      apply();
    },
    current: () => (active && coaches.has(active.editor) ? active.summary() : null),
    stop: stopAll,
  };
}
