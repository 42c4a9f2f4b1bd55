// Highlights of the words behind each finding, drawn without touching the
// editor: the CSS Custom Highlight API paints ranges over the editor's own
// text nodes. Where it is missing, boxes are drawn in an overlay inside the
// coach's shadow root instead.
//
// Paint is the cost that matters here (issue 14): every change to a Highlight
// in CSS.highlights makes the browser repaint the highlighted text. So:
// - show() keeps ranges that did not move and only adds or deletes the ones
//   that changed; when nothing changed the registry is not touched at all;
// - pause() takes this editor's ranges out while keys are arriving (the
//   coach calls it on the first change after a score), so typing repaints
//   only what the site itself repaints; the next show(), at the pause in
//   typing, puts them back.
import type { Finding } from '../engine/types';
import { rangeFor, type Segment } from '../sites/text';

/** Highlight names: one for words that cost points, one for words that earned them. */
export const HIGHLIGHT_COST = 'communis-cost';
export const HIGHLIGHT_GAIN = 'communis-gain';

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_COST}) { background-color: rgb(234 88 12 / 0.18); text-decoration: underline wavy rgb(194 65 12); text-decoration-skip-ink: none; }
::highlight(${HIGHLIGHT_GAIN}) { background-color: rgb(13 148 136 / 0.14); text-decoration: underline rgb(15 118 110); }
`;

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
interface Registry {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): unknown;
}

function registry(): { reg: Registry; make: () => HighlightLike } | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  const Ctor = (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
  return css?.highlights && Ctor ? { reg: css.highlights, make: () => new Ctor() } : null;
}

const styled = new WeakSet<Document | ShadowRoot>();
/** ::highlight() rules must live in the tree the editor is in (document or shadow root). */
function ensureStyle(editor: Element): void {
  const root = editor.getRootNode() as Document | ShadowRoot;
  if (styled.has(root)) return;
  styled.add(root);
  const style = editor.ownerDocument.createElement('style');
  style.dataset.communis = 'highlights';
  style.textContent = HIGHLIGHT_CSS;
  // nodeType rather than instanceof: constructors differ between realms (isolated worlds, test DOMs).
  const parent = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
  parent.append(style);
}

export interface Highlighter {
  /** Highlight these findings (ranges that did not move are kept as they are). */
  show(findings: Finding[], segments: Segment[]): void;
  /** Take the highlights off the page until the next show() (the text is changing under them). */
  pause(): void;
  clear(): void;
  /** Clear and let go of any listeners. */
  destroy(): void;
  /** Number of ranges currently highlighted (exposed on the host for tests and debugging). */
  readonly count: number;
}

interface Mark {
  cost: boolean;
  range: Range;
}

const isCost = (f: Finding) => f.weight < 0 || (f.weight === 0 && f.axis === 'promotion');

function marksFor(editor: Element, findings: Finding[], segments: Segment[]): Mark[] {
  const out: Mark[] = [];
  for (const f of findings) {
    const range = rangeFor(editor, segments, f.start, f.end);
    if (range) out.push({ cost: isCost(f), range });
  }
  return out;
}

const sameMark = (a: Mark, b: Mark) =>
  a.cost === b.cost &&
  a.range.startContainer === b.range.startContainer &&
  a.range.startOffset === b.range.startOffset &&
  a.range.endContainer === b.range.endContainer &&
  a.range.endOffset === b.range.endOffset;

/**
 * The marks to keep (the old Range objects, which the registry already
 * holds), to add and to remove, to go from `current` to `next`.
 */
export function diffMarks(current: readonly Mark[], next: readonly Mark[]): { keep: Mark[]; add: Mark[]; remove: Mark[] } {
  const unused = new Set(current);
  const keep: Mark[] = [];
  const add: Mark[] = [];
  for (const m of next) {
    let found: Mark | undefined;
    for (const c of unused) {
      if (sameMark(c, m)) {
        found = c;
        break;
      }
    }
    if (found) {
      unused.delete(found);
      keep.push(found);
    } else add.push(m);
  }
  return { keep, add, remove: [...unused] };
}

/** Highlights through CSS.highlights, shared by all coaches on the page. */
export function cssHighlighter(editor: Element): Highlighter | null {
  const api = registry();
  if (!api) return null;
  ensureStyle(editor);
  const get = (cost: boolean) => {
    const name = cost ? HIGHLIGHT_COST : HIGHLIGHT_GAIN;
    let h = api.reg.get(name);
    if (!h) {
      h = api.make();
      api.reg.set(name, h);
    }
    return h;
  };
  /** Marks of the last show(), and whether they are in the registry now (false while paused). */
  let marks: Mark[] = [];
  let live = false;
  return {
    get count() {
      return marks.length;
    },
    show(findings, segments) {
      const next = marksFor(editor, findings, segments);
      if (!live) {
        for (const m of next) get(m.cost).add(m.range);
        marks = next;
        live = true;
        return;
      }
      const { keep, add, remove } = diffMarks(marks, next);
      for (const m of remove) get(m.cost).delete(m.range);
      for (const m of add) get(m.cost).add(m.range);
      marks = [...keep, ...add];
    },
    pause() {
      if (!live) return;
      live = false;
      for (const m of marks) get(m.cost).delete(m.range);
    },
    clear() {
      this.pause();
      marks = [];
      live = true;
    },
    destroy() {
      this.clear();
    },
  };
}

/** Fallback: absolutely positioned boxes over the words, in the coach's own shadow root. */
export function overlayHighlighter(editor: Element, layer: HTMLElement): Highlighter {
  let marks: Mark[] = [];
  let live = true;
  let frame = 0;
  const win = editor.ownerDocument.defaultView;
  // Layout is read here, in an animation frame after a score or a scroll,
  // never on the keystroke path.
  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    if (!live) return;
    for (const { range, cost } of marks) {
      for (const rect of Array.from(range.getClientRects())) {
        const box = editor.ownerDocument.createElement('div');
        box.className = cost ? 'mark cost' : 'mark gain';
        box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
        layer.append(box);
      }
    }
  };
  const redraw = () => {
    if (!frame && win) frame = win.requestAnimationFrame(draw);
  };
  const onScroll = () => {
    if (live && marks.length) redraw();
  };
  win?.addEventListener('scroll', onScroll, { capture: true, passive: true });
  win?.addEventListener('resize', onScroll, { passive: true });
  return {
    get count() {
      return marks.length;
    },
    show(findings, segments) {
      const next = marksFor(editor, findings, segments);
      const { add, remove } = diffMarks(marks, next);
      const changed = !live || add.length > 0 || remove.length > 0;
      marks = next;
      live = true;
      if (changed) redraw();
    },
    pause() {
      if (!live) return;
      live = false;
      if (marks.length) layer.replaceChildren();
    },
    clear() {
      marks = [];
      layer.replaceChildren();
      if (frame && win) win.cancelAnimationFrame(frame);
      frame = 0;
    },
    destroy() {
      this.clear();
      win?.removeEventListener('scroll', onScroll, { capture: true });
      win?.removeEventListener('resize', onScroll);
    },
  };
}
