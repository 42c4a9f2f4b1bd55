// Highlights of the words behind each finding, drawn without touching the
// editor: the CSS Custom Highlight API paints ranges over the editor's own
// text nodes. Where it is missing, boxes are drawn in an overlay inside the
// coach's shadow root instead.
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

export function supportsHighlights(): boolean {
  return registry() !== null;
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
  const parent = root instanceof Document ? (root.head ?? root.documentElement) : root;
  parent.append(style);
}

export interface Highlighter {
  show(findings: Finding[], segments: Segment[]): void;
  clear(): void;
  /** Clear and let go of any listeners. */
  destroy(): void;
  /** Number of ranges currently highlighted (exposed on the host for tests and debugging). */
  readonly count: number;
}

/** Highlights through CSS.highlights, shared by all coaches on the page. */
export function cssHighlighter(editor: Element): Highlighter | null {
  const api = registry();
  if (!api) return null;
  ensureStyle(editor);
  const get = (name: string) => {
    let h = api.reg.get(name);
    if (!h) {
      h = api.make();
      api.reg.set(name, h);
    }
    return h;
  };
  let mine: Array<[HighlightLike, Range]> = [];
  return {
    get count() {
      return mine.length;
    },
    show(findings, segments) {
      this.clear();
      for (const f of findings) {
        const range = rangeFor(editor, segments, f.start, f.end);
        if (!range) continue;
        const h = get(f.weight < 0 || (f.weight === 0 && f.axis === 'promotion') ? HIGHLIGHT_COST : HIGHLIGHT_GAIN);
        h.add(range);
        mine.push([h, range]);
      }
    },
    clear() {
      for (const [h, r] of mine) h.delete(r);
      mine = [];
    },
    destroy() {
      this.clear();
    },
  };
}

/** Fallback: absolutely positioned boxes over the words, in the coach's own shadow root. */
export function overlayHighlighter(editor: Element, layer: HTMLElement): Highlighter {
  let ranges: Array<{ range: Range; cost: boolean }> = [];
  let frame = 0;
  const win = editor.ownerDocument.defaultView;
  const draw = () => {
    frame = 0;
    layer.replaceChildren();
    for (const { range, cost } of ranges) {
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
  win?.addEventListener('scroll', redraw, { capture: true, passive: true });
  win?.addEventListener('resize', redraw, { passive: true });
  return {
    get count() {
      return ranges.length;
    },
    show(findings, segments) {
      ranges = findings.flatMap((f) => {
        const range = rangeFor(editor, segments, f.start, f.end);
        return range ? [{ range, cost: f.weight < 0 || (f.weight === 0 && f.axis === 'promotion') }] : [];
      });
      redraw();
    },
    clear() {
      ranges = [];
      layer.replaceChildren();
      if (frame && win) win.cancelAnimationFrame(frame);
      frame = 0;
    },
    destroy() {
      this.clear();
      win?.removeEventListener('scroll', redraw, { capture: true });
      win?.removeEventListener('resize', redraw);
    },
  };
}
