// One coach per composer: a <communis-coach> host next to the editor (never
// inside it), rendering into its own open shadow root. Scoring runs after a
// pause in typing; a keystroke only restarts a timer. The score itself is
// computed elsewhere (the background, in the extension: src/scoring): the
// coach reads the editor, asks, and shows the answer if the text is still
// the one it asked about.
import { h, render } from 'preact';
import type { DraftScore } from '../engine/types';
import type { Scorer } from '../scoring/request';
import type { PageLocation, SiteAdapter } from '../sites/adapter';
import { isTextField, readEditor } from '../sites/text';
import type { Settings } from '../settings/schema';
import { cssHighlighter, overlayHighlighter, type Highlighter } from './highlights';
import { browser } from 'wxt/browser';
import { OPEN_RULE, type OpenRuleRequest } from '../settings/open-rule';
import { trusted } from './trusted';
import { COACH_CSS, CoachView, type CoachState } from './view';

export const HOST_TAG = 'communis-coach';
/** Pause after the last change before scoring (DESIGN.md: about 150–300 ms). */
export const SCORE_DELAY_MS = 200;
/** Alt+Shift+C (by physical key, so it works on every keyboard layout) focuses the coach. */
export const COACH_SHORTCUT_CODE = 'KeyC';

export interface CoachEnv {
  adapter: SiteAdapter;
  location: PageLocation;
  settings(): Settings;
  /** Scores a draft: at once (tests) or by message to the background (the extension). */
  score: Scorer;
  /** Called when this composer gets focus or a new score, so the popup can ask for "the current draft". */
  onActive(coach: Coach): void;
  /** Called once after a reply or comment from this composer was posted. */
  onPosted(post: PostedReply): void;
}

/** How a box came to be coached: a site selector recognised it, or only the generic fallback did. */
export type Match = 'adapter' | 'fallback';

/** A reply or comment that was just posted: whom it answered, never what it said. */
export interface PostedReply {
  site: SiteAdapter['id'];
  kind: 'reply' | 'comment';
  replyTo: string;
}

/** How long after pressing post we wait for the site to clear or close the composer. */
export const POST_CONFIRM_MS = 5000;

/** What the popup may show of the current draft: no draft text, only the coaching. */
export interface DraftSummary {
  site: string;
  kind: string;
  replyTo?: string;
  state: CoachState;
  score: number | null;
  band: DraftScore['band'];
  nudges: string[];
  /** What is working, from the draft's earning findings. */
  praise: string[];
  match: Match;
}

export class Coach {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly highlighter: Highlighter;
  private readonly observer: MutationObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastText: string | undefined;
  private result: DraftScore | null = null;
  private state: CoachState = 'too-short';
  private expanded = false;
  private paused = false;
  /** Rules the writer chose to ignore in this box, until the page reloads (never stored). */
  private readonly ignored = new Set<string>();
  private replyTo: string | undefined;
  /** Kind and person answered when the text was last scored: a change re-scores. */
  private scoredContext = '';
  /** Kind and person of the latest score asked for (answered or not): a page change to another re-scores. */
  private askedContext = '';
  private armed: { post: PostedReply; timer: ReturnType<typeof setTimeout> } | null = null;
  /**
   * Whether the editor is on screen (the runtime's IntersectionObserver says
   * so; true until it does, and always where there is none). A coach off
   * screen does not score: it remembers that it is behind and catches up
   * when it comes back into view.
   */
  private visible = true;
  private behind = false;
  /** No score yet: the first news that the editor is on screen scores it at once. */
  private firstPending = true;
  /** What the view was last rendered with: no render when it is the same. */
  private renderedKey = '';
  /** Number of the latest score asked for: an answer to an older one is dropped. */
  private asked = 0;

  constructor(
    readonly editor: HTMLElement,
    private readonly env: CoachEnv,
    readonly match: Match = 'adapter',
  ) {
    const doc = editor.ownerDocument;
    this.host = doc.createElement(HOST_TAG);
    this.host.dataset.site = env.adapter.id;
    this.host.dataset.match = match;
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = COACH_CSS;
    this.mount = doc.createElement('div');
    const layer = doc.createElement('div');
    layer.className = 'layer';
    this.shadow.append(style, this.mount, layer);
    this.highlighter = cssHighlighter(editor) ?? overlayHighlighter(editor, layer);
    (match === 'adapter' ? env.adapter.anchorOf(editor) : editor).after(this.host);

    // Any change to the editor's DOM (all editors re-render on input), or a
    // textarea's input event, restarts the timer. Nothing else happens per keystroke.
    this.observer = new MutationObserver(() => {
      this.highlighter.pause();
      this.schedule();
      if (this.armed) this.checkPosted();
    });
    this.observer.observe(editor, { subtree: true, childList: true, characterData: true });
    if (isTextField(editor)) editor.addEventListener('input', this.schedule);
    editor.addEventListener('focusin', this.onFocus);
    editor.addEventListener('keydown', this.onKeyDown);
    this.updateContext();
    this.render();
    // The first score is not run here, in the task that mounts the coach:
    // it waits for the runtime to say whether the editor is on screen (or,
    // where nobody says, for the usual pause).
    this.schedule();
  }

  /** Restart the pause timer: the score runs SCORE_DELAY_MS after the last change. */
  readonly schedule = (): void => {
    clearTimeout(this.timer);
    if (!this.visible) {
      this.behind = true;
      return;
    }
    this.timer = setTimeout(() => this.scoreNow(), SCORE_DELAY_MS);
  };

  /** Called by the runtime's IntersectionObserver. */
  setVisible(visible: boolean): void {
    if (visible === this.visible && !this.firstPending) return;
    this.visible = visible;
    if (!visible) {
      if (this.timer !== undefined) this.behind = true;
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.behind || this.firstPending) {
      // In view (or back in view after a change): score now, no need to wait for a pause.
      this.behind = false;
      this.firstPending = false;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.scoreNow(), 0);
    }
  }

  /** Settings changed: score again (now if on screen, when it comes into view otherwise). */
  rescore(): void {
    this.lastText = undefined;
    if (!this.visible) {
      this.behind = true;
      return;
    }
    this.scoreNow(true);
  }

  private readonly onFocus = (): void => this.env.onActive(this);

  /**
   * Alt+Shift+C in the editor moves focus to the coach's pill. Some editors
   * (Quill on LinkedIn) keep Tab for themselves, so Tab alone cannot reach it.
   * Only this one combination is taken from the site, and only from the
   * person's own keyboard (a page's dispatched key does not move focus).
   */
  private readonly onKeyDown = trusted((e: KeyboardEvent): void => {
    if (!(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === COACH_SHORTCUT_CODE)) return;
    e.preventDefault();
    e.stopPropagation();
    this.shadow.querySelector<HTMLButtonElement>('button.pill')?.focus();
  });

  /** Reads kind and person answered from the page; returns them as one key. */
  private updateContext(): string {
    const kind = this.env.adapter.kindOf(this.editor, this.env.location);
    this.replyTo = kind === 'post' ? undefined : this.env.adapter.replyTo(this.editor, this.env.location);
    this.attr('kind', kind);
    this.attr('replyTo', this.replyTo);
    return `${kind}\u0000${this.replyTo ?? ''}`;
  }

  /** The page around the editor changed (SPA navigation, a dialog's quoted post): re-score if the context did. */
  refreshContext(): void {
    if (!this.editor.isConnected || this.paused) return;
    if (!this.visible) {
      this.behind = true;
      return;
    }
    if (this.updateContext() !== this.askedContext) this.scoreNow(true);
  }

  /** Score the current text now (also called when settings change). */
  scoreNow(force = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPending = false;
    if (!this.editor.isConnected) return;
    const context = this.updateContext();
    if (this.paused) {
      this.asked++; // an answer still on its way is no longer wanted
      this.setState('paused', null);
      this.highlighter.clear();
      this.render();
      return;
    }
    const { text, segments } = readEditor(this.editor);
    if (!force && text === this.lastText && context === this.scoredContext && this.result) {
      // Same text as last time (typed, then deleted): the highlights paused
      // while typing come back, on the editor's current text nodes.
      this.highlighter.show(this.result.findings, segments);
      return;
    }
    const settings = this.env.settings();
    const asked = ++this.asked;
    this.askedContext = context;
    let answer: ReturnType<Scorer>;
    try {
      answer = this.env.score({
        text,
        site: this.env.adapter.id,
        kind: this.host.dataset.kind as 'post' | 'reply' | 'comment',
        replyTo: this.replyTo,
        rules: this.ignored.size === 0 ? settings.rules : { ...settings.rules, ...Object.fromEntries([...this.ignored].map((id) => [id, 'off' as const])) },
      });
    } catch {
      return; // nothing to show: the last score stays, and the next change asks again
    }
    if (!(answer instanceof Promise)) return this.show(answer, text, context, segments);
    answer.then(
      (result) => {
        // Shown only if it is still the latest question about a live box, and
        // the box still holds that text: a newer score is on its way otherwise.
        if (asked !== this.asked || !this.editor.isConnected) return;
        const now = readEditor(this.editor);
        if (now.text === text) this.show(result, text, context, now.segments);
      },
      // The background could not answer (the extension was updated or
      // reloaded): what is shown stays, and the next change asks again.
      () => undefined,
    );
  }

  /** Shows a score of `text` (in `context`) with highlights over the editor's current text nodes. */
  private show(result: DraftScore, text: string, context: string, segments: ReturnType<typeof readEditor>['segments']): void {
    this.lastText = text;
    this.scoredContext = context;
    this.setState(result.status, result);
    this.highlighter.show(result.findings, segments);
    this.attr('highlights', String(this.highlighter.count));
    this.render();
    if (this.editor.ownerDocument.activeElement === this.editor || this.editor.contains(this.editor.ownerDocument.activeElement)) {
      this.env.onActive(this);
    }
  }

  private setState(state: CoachState, result: DraftScore | null): void {
    this.state = state;
    this.result = result;
    this.attr('state', state);
    this.attr('score', result?.score == null ? '' : String(result.score));
    this.attr('band', result?.band ?? '');
  }

  /**
   * Sets a data attribute on the host only when its value changes: writing
   * the same value still invalidates style for the page's attribute selectors.
   */
  private attr(name: string, value: string | undefined): void {
    const ds = this.host.dataset;
    if (ds[name] === value) return;
    if (value === undefined) delete ds[name];
    else ds[name] = value;
  }

  /** What the view shows, as one string: the panel's content only counts while it is open. */
  private viewKey(): string {
    const r = this.result;
    const head = `${this.state}|${r?.score ?? ''}|${r?.band ?? ''}|${this.expanded}`;
    if (!this.expanded || !r) return head;
    return `${head}|${JSON.stringify([r.axes, r.nudges, r.praise, r.findings.map((f) => [f.weight, f.actual, f.message])])}`;
  }

  /** Re-renders the pill (and the panel, when open) only when what they show changed. */
  private render(): void {
    const key = this.viewKey();
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    render(
      h(CoachView, {
        result: this.result,
        state: this.state,
        expanded: this.expanded,
        onToggle: () => {
          this.expanded = !this.expanded;
          this.render();
        },
        onPause: () => {
          this.paused = !this.paused;
          this.scoreNow(true);
        },
        ignored: this.ignored.size,
        onIgnoreRule: (ruleId: string) => {
          this.ignored.add(ruleId);
          this.scoreNow(true);
        },
        onResetIgnored: () => {
          this.ignored.clear();
          this.scoreNow(true);
        },
        onOpenRule: (ruleId: string) => {
          const request: OpenRuleRequest = { type: OPEN_RULE, ruleId };
          // Nothing to do if the background is unreachable (extension updated): the panel stays as it is.
          void browser.runtime.sendMessage(request).catch(() => undefined);
        },
      }),
      this.mount,
    );
  }

  /**
   * The person pressed post (or Enter where that posts). If this is a reply
   * or comment to someone we know, watch for the site to clear or remove the
   * composer: that is when it was really posted.
   */
  arm(): void {
    const kind = this.host.dataset.kind;
    if ((kind !== 'reply' && kind !== 'comment') || !this.replyTo) return;
    if (readEditor(this.editor).text.trim() === '') return;
    this.disarm();
    const post: PostedReply = { site: this.env.adapter.id, kind, replyTo: this.replyTo };
    // Textareas are cleared without events: look once more when the wait ends.
    const timer = setTimeout(() => {
      this.checkPosted();
      this.disarm();
    }, POST_CONFIRM_MS);
    this.armed = { post, timer };
  }

  private disarm(): void {
    if (this.armed) clearTimeout(this.armed.timer);
    this.armed = null;
  }

  /** Called when the composer changed or went away while armed. */
  checkPosted(): void {
    if (!this.armed) return;
    if (this.editor.isConnected && readEditor(this.editor).text.trim() !== '') return;
    const { post } = this.armed;
    this.disarm();
    this.env.onPosted(post);
  }

  summary(): DraftSummary {
    return {
      site: this.env.adapter.id,
      kind: this.host.dataset.kind ?? 'post',
      replyTo: this.replyTo,
      state: this.state,
      score: this.result?.score ?? null,
      band: this.result?.band ?? null,
      nudges: this.result?.nudges.map((n) => n.message) ?? [],
      praise: this.result?.praise.map((n) => n.message) ?? [],
      match: this.match,
    };
  }

  destroy(): void {
    this.asked++; // an answer on its way finds nothing to update
    clearTimeout(this.timer);
    this.disarm();
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.schedule);
    this.editor.removeEventListener('focusin', this.onFocus);
    this.editor.removeEventListener('keydown', this.onKeyDown);
    this.highlighter.destroy();
    render(null, this.mount);
    this.host.remove();
  }
}
