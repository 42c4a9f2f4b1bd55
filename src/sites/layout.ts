// A layout report for when a site changes: an outline of a box's
// surroundings (tags, roles, aria labels, data-testid / data-view-name values,
// class names, depth) for a bug report. It must carry no text content, no
// names, no links and no URL: every word of an attribute that also appears in
// the page's text, its links or its address is replaced by "…", long numbers
// (ids, URNs) by "#",
// and only a short list of interface words is kept in aria labels.
import { anyOf, type SiteAdapter } from './adapter';

/** Interface words kept in aria labels ("Comment as …", "Hide post by …"). */
export const UI_WORDS: ReadonlySet<string> = new Set(
  ('a add an as at by chat comment comments compose content create creating edit editor for hide in leave message messages ' +
    'new of on open post posts public reply replies search send share start text the to tweet what with your write').split(' '),
);
/** Attributes reported, in this order; anything else (ids, hrefs, alt, title, placeholder…) is left out. */
const ATTRS = ['role', 'aria-label', 'data-testid', 'data-view-name', 'contenteditable', 'aria-modal', 'aria-posinset'] as const;
const ANCESTORS = 12;
const CHILDREN = 8;

/** Every word a page shows or links to, lower-cased: none of them may appear in the report. */
function pageWords(doc: Document, path: string): Set<string> {
  const words = new Set<string>();
  const add = (s: string | null | undefined) => {
    for (const w of (s ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  };
  add(doc.body?.textContent);
  add(doc.title);
  add(path);
  for (const el of Array.from(doc.querySelectorAll('[href], [src], [alt], [title], [placeholder], [aria-placeholder], [aria-label], [value]'))) {
    for (const a of ['href', 'src', 'alt', 'title', 'placeholder', 'aria-placeholder', 'value']) add(el.getAttribute(a));
  }
  return words;
}

function redact(value: string, words: Set<string>, keepOnlyUiWords: boolean): string {
  return value
    .replace(/\d{5,}/g, '#')
    .replace(/[\p{L}\p{N}]+/gu, (w) => {
      const lower = w.toLowerCase();
      if (keepOnlyUiWords) return UI_WORDS.has(lower) ? w : '…';
      return words.has(lower) && !UI_WORDS.has(lower) ? '…' : w;
    })
    .replace(/…(?:[\s…]*…)+/g, '…');
}

function describe(el: Element, words: Set<string>): string {
  const parts = [el.localName];
  for (const a of ATTRS) {
    const v = el.getAttribute(a);
    if (v === null) continue;
    parts.push(`${a}="${redact(v, words, a === 'aria-label')}"`);
  }
  const cls = Array.from(el.classList).slice(0, 6).map((c) => redact(c, words, false));
  if (cls.length) parts.push(`class="${cls.join(' ')}"`);
  if (el.shadowRoot) parts.push('(open shadow root)');
  return parts.join(' ');
}

function depthOf(el: Element): number {
  let d = 0;
  for (let a = el.parentElement; a; a = a.parentElement) d++;
  return d;
}

export interface LayoutContext {
  adapter: SiteAdapter;
  /** How the box is coached now: by a site selector, by the fallback, or not at all. */
  match: 'adapter' | 'fallback' | null;
  /** Used only to redact: the report never contains it. */
  pathname: string;
}

/** The report for `box`: plain text, structure only. */
export function layoutReport(box: Element, ctx: LayoutContext): string {
  const doc = box.ownerDocument;
  const words = pageWords(doc, ctx.pathname);
  const lines = [
    'Communis layout report (structure only: no text, names or links)',
    `site: ${ctx.adapter.id}`,
    `coached by: ${ctx.match ?? 'nothing'}`,
    `site selectors matching the box: ${ctx.adapter.editors.filter((s) => box.matches(s.css)).length} of ${ctx.adapter.editors.length}`,
    `box (depth ${depthOf(box)}): ${describe(box, words)}`,
    `box children: ${Array.from(box.children).slice(0, CHILDREN).map((c) => c.localName).join(' ') || '(none)'}`,
    'ancestors, nearest first:',
  ];
  let a = box.parentElement;
  for (let i = 1; a && i <= ANCESTORS; i++, a = a.parentElement) {
    lines.push(`${'  '.repeat(Math.min(i, 6))}${i}. ${describe(a, words)}`);
    if (i <= 3) {
      const siblings = Array.from(a.children).slice(0, CHILDREN);
      for (const c of siblings) lines.push(`${'  '.repeat(Math.min(i, 6) + 1)}- ${describe(c, words)}`);
      if (a.children.length > CHILDREN) lines.push(`${'  '.repeat(Math.min(i, 6) + 1)}- … ${a.children.length - CHILDREN} more`);
    }
  }
  const groups = Object.entries(ctx.adapter.selectors)
    .map(([name, list]) => `${name}:${list.map((s) => doc.querySelectorAll(s.css).length).join('/')}`)
    .join(' ');
  lines.push(`selector matches on the page: ${groups}`);
  lines.push(`editors on the page: ${doc.querySelectorAll(anyOf(ctx.adapter.editors)).length}`);
  return lines.join('\n');
}
