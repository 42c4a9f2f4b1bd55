// Finds composers as they come and go in a single-page app and keeps one
// coach per composer. One MutationObserver watches the document and every
// open shadow root that may hold composers; there is no polling.
import type { PageLocation, SiteAdapter } from '../sites/adapter';
import { anyOf } from '../sites/adapter';
import { editableRoot, isExcluded, isFallbackCandidate } from '../sites/fallback';
import type { Settings } from '../settings/schema';
import { coachesHere } from '../settings/site-switch';
import type { Scorer } from '../scoring/request';
import { trusted } from './trusted';
import { Coach, HOST_TAG, SCORE_DELAY_MS, type DraftSummary, type Match, type PostedReply } from './coach';

export interface Runtime {
  /** Coaches currently mounted (for tests and the popup). */
  readonly coaches: ReadonlyMap<Element, Coach>;
  /** Apply new settings: a site switched off (or a Mastodon server removed) loses its coaches, switched on gets them back. */
  setSettings(settings: Settings): void;
  /** The focused (or last focused) composer's coaching, for the popup. */
  current(): DraftSummary | null;
  /** The editable box focused last (coached or not), for the layout report. */
  lastFocused(): HTMLElement | null;
  /** How the last focused box is covered: by a site selector, by the fallback, or not at all. */
  coverage(): Match | null;
  stop(): void;
}

export interface RuntimeHooks {
  /** Scores drafts (src/scoring): the background's engine in the extension, the engine itself in tests. */
  score: Scorer;
  /** Called once after a reply or comment was posted from a coached box. */
  onPosted?: (post: PostedReply) => void;
}

export function startRuntime(
  doc: Document,
  adapter: SiteAdapter,
  location: PageLocation,
  initial: Settings,
  hooks: RuntimeHooks,
): Runtime {
  const { score, onPosted = () => {} } = hooks;
  let settings = initial;
  const coaches = new Map<Element, Coach>();
  let watchedRoots = new WeakSet<Node>();
  let active: Coach | null = null;
  let focused: HTMLElement | null = null;
  let running = false;
  const editorSelector = anyOf(adapter.editors);
  // Coaches of editors off screen skip scoring until they come into view.
  const IO = doc.defaultView?.IntersectionObserver;
  const visibility = IO
    ? new IO((entries) => {
        for (const e of entries) coaches.get(e.target)?.setVisible(e.isIntersecting);
      })
    : null;
  const shadowSelector = adapter.shadowHosts.length ? anyOf(adapter.shadowHosts) : '';

  // Typing re-renders nodes inside editors on every keystroke; those records
  // are skipped with one contains() check, so a keystroke costs next to nothing.
  const observer = new MutationObserver((records) => {
    let removed = false;
    const added: Element[] = [];
    for (const r of records) {
      // A change inside an editor (every keystroke) can neither add nor remove a composer.
      if (insideEditor(r.target)) continue;
      if (r.removedNodes.length) removed = true;
      for (const n of Array.from(r.addedNodes)) if (n instanceof Element) added.push(n);
    }
    if (removed) sweep();
    if (removed || added.some((el) => !insideEditor(el))) scheduleContextCheck();
    for (const el of added) {
      if (!el.isConnected || insideEditor(el)) continue;
      if (el.matches(editorSelector)) mountOn(el as HTMLElement);
      for (const e of Array.from(el.querySelectorAll<HTMLElement>(editorSelector))) mountOn(e);
      if (shadowSelector && (el.matches(shadowSelector) || el.querySelector(shadowSelector))) scan();
    }
  });

  // The page changed outside the editors: after a pause, let each coach check
  // whether its kind or person answered changed (then it re-scores). Reading
  // the context climbs the page around the editor, so each coach does it in
  // a task of its own (a feed with many comment boxes would otherwise make
  // one long task), and coaches off screen skip it (they catch up in view).
  let contextTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleContextCheck(): void {
    clearTimeout(contextTimer);
    contextTimer = setTimeout(() => {
      const queue = [...coaches.values()];
      const step = () => {
        const coach = queue.shift();
        if (!coach) return;
        if (coaches.has(coach.editor)) coach.refreshContext();
        contextTimer = setTimeout(step, 0);
      };
      step();
    }, SCORE_DELAY_MS);
  }

  function insideEditor(node: Node): boolean {
    for (const el of coaches.keys()) if (el.contains(node)) return true;
    return false;
  }

  function mountOn(el: HTMLElement, match: Match = 'adapter'): void {
    if (coaches.has(el) || el.closest(HOST_TAG)) return;
    // Some excluded boxes (Messenger chats) use the same editor markup as comment boxes.
    if (isExcluded(el, adapter, location)) return;
    coaches.set(el, new Coach(el, env, match));
    visibility?.observe(el);
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
        visibility?.unobserve(el);
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
    score,
    onActive: (c: Coach) => {
      active = c;
    },
    onPosted,
  };

  // Posting: a click on a composer's post button, or Enter where Enter posts.
  // Listened for once, on the document, in the capture phase (before the site).
  // Only the person's own click or key counts: a page script that clicks its
  // post button (or dispatches Enter) cannot make the coach offer, or with
  // auto-log "always" write, a journal entry for a name of its choosing.
  const onClick = trusted((e: Event) => {
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    for (const coach of coaches.values()) {
      if (adapter.submitButtonOf(coach.editor)?.contains(target)) coach.arm();
    }
  });
  // Enter where Enter posts (Facebook), Ctrl/Cmd+Enter where that posts (X, LinkedIn).
  const onKeyDown = trusted((e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const target = e.composedPath()[0];
    if (!(target instanceof Node)) return;
    const mod = e.ctrlKey || e.metaKey;
    for (const coach of coaches.values()) {
      if (!coach.editor.contains(target)) continue;
      const key = adapter.submitKey(coach.editor, location);
      if ((key === 'Enter' && !mod && !e.altKey) || (key === 'Mod+Enter' && mod)) coach.arm();
    }
  });

  // A composer may appear in a shadow root attached after load: focus events
  // are retargeted, but composedPath() still shows where they came from.
  // The coach's own shadow root (its pill, its panel) is never watched.
  // An editable box no selector knows gets the generic coach here.
  const onFocusIn = (e: Event) => {
    const target = e.composedPath()[0];
    if (target instanceof Element) noticeFocus(target);
  };
  function noticeFocus(target: Element): void {
    if (target.closest(HOST_TAG)) return;
    const root = target.getRootNode();
    if (root instanceof ShadowRoot) {
      if (root.host.localName === HOST_TAG) return;
      watch(root);
      scanIn(root);
    }
    const box = editableRoot(target);
    if (!box) return;
    focused = box;
    if (!coaches.has(box) && !insideEditor(box) && isFallbackCandidate(box, adapter, location)) mountOn(box, 'fallback');
    const coach = coaches.get(box);
    if (coach) active = coach;
  }

  function start(): void {
    if (running) return;
    running = true;
    watch(doc);
    doc.addEventListener('focusin', onFocusIn, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKeyDown, true);
    scan();
    // The coach is loaded on demand, often because a box was just focused:
    // that focusin event is gone, so the box that has focus now is looked at.
    const focusedNow = deepActiveElement(doc);
    if (focusedNow) noticeFocus(focusedNow);
  }

  function stopAll(): void {
    running = false;
    clearTimeout(contextTimer);
    observer.disconnect();
    // disconnect() forgets every observed root; start() observes them again.
    watchedRoots = new WeakSet<Node>();
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    visibility?.disconnect();
    for (const coach of coaches.values()) coach.destroy();
    coaches.clear();
    active = null;
  }

  function apply(): void {
    if (coachesHere(settings, adapter.id, location.hostname)) {
      // New coaches score themselves; those already there score again under the new rules.
      const already = running;
      start();
      if (already) for (const c of coaches.values()) c.rescore();
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
    lastFocused: () => (focused?.isConnected ? focused : null),
    coverage: () => (focused?.isConnected ? coaches.get(focused)?.match ?? null : null),
    stop: stopAll,
  };
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}
