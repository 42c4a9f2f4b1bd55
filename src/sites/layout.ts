// A layout report for when a site changes: an outline of a box's
// surroundings for a bug report. It is built from an allow-list, so that it
// leaks nothing by construction: what the page wrote is never copied, only
// recognised. Kept: known tag names, known attribute NAMES, attribute values
// only when they are in a fixed list of safe values (ARIA roles,
// contenteditable, booleans, dir, type…) or are the very facts the adapter's
// own selectors test (data-testid="tweetTextarea_0", aria-label^="Hide post
// by ", class ql-editor, id interop-outlet); everything else is reported as
// present ("aria-label=…") or counted. No text node, title, URL or page-chosen
// name is ever read into the report.
import { anyOf, type SiteAdapter } from './adapter';

const ANCESTORS = 12;
const CHILDREN = 8;

/** HTML and SVG elements, by name; other tag names are reported as custom or unknown. */
const TAGS: ReadonlySet<string> = new Set(
  ('a abbr address article aside audio b bdi bdo blockquote body br button canvas caption cite code col colgroup data ' +
    'datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head ' +
    'header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript ' +
    'object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot small ' +
    'source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul ' +
    'var video wbr communis-coach communis-offer svg path g circle rect line polyline polygon ellipse use defs symbol clippath mask image text tspan').split(' '),
);

/** Attribute names reported (their values only as the safe lists below allow). */
const ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(
  ('role contenteditable tabindex dir type hidden disabled spellcheck lang id class href src alt title placeholder name ' +
    'value style action method for aria-label aria-labelledby aria-describedby aria-placeholder aria-modal aria-multiline ' +
    'aria-hidden aria-expanded aria-haspopup aria-posinset aria-setsize aria-disabled aria-controls aria-live ' +
    'aria-autocomplete aria-pressed aria-selected aria-checked aria-readonly aria-required aria-level ' +
    'data-testid data-view-name data-lexical-editor data-pressable-container data-interactive-id data-urn').split(' '),
);

const ARIA_ROLES =
  'alert alertdialog application article banner blockquote button caption cell checkbox code columnheader combobox ' +
  'complementary contentinfo definition deletion dialog directory document emphasis feed figure form generic grid ' +
  'gridcell group heading img insertion link list listbox listitem log main mark marquee math menu menubar menuitem ' +
  'menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation progressbar radio ' +
  'radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status strong ' +
  'subscript superscript switch tab table tablist tabpanel term textbox time timer toolbar tooltip tree treegrid treeitem';
const BOOLEAN = ['true', 'false'];

/** Values that identify nobody, by attribute. */
const SAFE_VALUES: Readonly<Record<string, ReadonlySet<string>>> = {
  role: new Set(ARIA_ROLES.split(' ')),
  contenteditable: new Set(['', 'true', 'false', 'plaintext-only']),
  tabindex: new Set(['-1', '0']),
  dir: new Set(['ltr', 'rtl', 'auto']),
  type: new Set(['text', 'search', 'button', 'submit', 'reset', 'checkbox', 'radio', 'file', 'hidden', 'email', 'url', 'number']),
  spellcheck: new Set(BOOLEAN),
  method: new Set(['get', 'post', 'dialog']),
  'aria-live': new Set(['off', 'polite', 'assertive']),
  'aria-autocomplete': new Set(['none', 'inline', 'list', 'both']),
  'aria-haspopup': new Set([...BOOLEAN, 'menu', 'listbox', 'tree', 'grid', 'dialog']),
  ...Object.fromEntries(
    ['aria-modal', 'aria-multiline', 'aria-hidden', 'aria-expanded', 'aria-disabled', 'aria-pressed', 'aria-selected', 'aria-checked', 'aria-readonly', 'aria-required', 'data-lexical-editor', 'data-pressable-container'].map(
      (a) => [a, new Set(BOOLEAN)],
    ),
  ),
};
/** Small positions ("3rd item of 10") identify nobody. */
const SMALL_NUMBER = /^\d{1,3}$/;
const NUMBER_ATTRS = new Set(['aria-posinset', 'aria-setsize', 'aria-level']);

/** One attribute test of a selector: [name op "value" i]. */
interface AttributeFact {
  name: string;
  op: '=' | '^=' | '$=' | '*=' | '~=' | '|=';
  value: string;
  caseless: boolean;
}

/** What the adapter's own selectors test: attribute facts, class names, ids and tag names. */
interface SelectorFacts {
  attributes: readonly AttributeFact[];
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  tags: ReadonlySet<string>;
}

const ATTRIBUTE_TEST = /\[\s*([\w-]+)\s*([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*([iIsS])?\s*\]/g;

export function selectorFacts(adapter: SiteAdapter): SelectorFacts {
  const attributes: AttributeFact[] = [];
  const classes = new Set<string>();
  const ids = new Set<string>();
  const tags = new Set<string>();
  for (const list of Object.values(adapter.selectors)) {
    for (const { css } of list) {
      for (const m of css.matchAll(ATTRIBUTE_TEST)) {
        attributes.push({ name: m[1]!.toLowerCase(), op: m[2] as AttributeFact['op'], value: m[3] ?? m[4] ?? m[5] ?? '', caseless: m[6]?.toLowerCase() === 'i' });
      }
      // Outside attribute tests: .class, #id and tag names the selector names.
      const bare = css.replace(ATTRIBUTE_TEST, ' ').replace(/"[^"]*"|'[^']*'/g, ' ');
      for (const m of bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1]!);
      for (const m of bare.matchAll(/#(-?[_a-zA-Z][\w-]*)/g)) ids.add(m[1]!);
      for (const m of bare.matchAll(/(?:^|[\s>+~,(])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)/g)) tags.add(m[1]!);
    }
  }
  return { attributes, classes, ids, tags };
}

function holds(fact: AttributeFact, actual: string): boolean {
  const a = fact.caseless ? actual.toLowerCase() : actual;
  const v = fact.caseless ? fact.value.toLowerCase() : fact.value;
  switch (fact.op) {
    case '=': return a === v;
    case '^=': return v !== '' && a.startsWith(v);
    case '$=': return v !== '' && a.endsWith(v);
    case '*=': return v !== '' && a.includes(v);
    case '~=': return a.split(/\s+/).includes(v);
    case '|=': return a === v || a.startsWith(`${v}-`);
  }
}

/** One attribute as the report may show it: a safe value, the facts our selectors test, or only that it is there. */
function attribute(name: string, actual: string, facts: SelectorFacts): string {
  if (SAFE_VALUES[name]?.has(actual.trim().toLowerCase())) return `${name}="${actual.trim().toLowerCase()}"`;
  if (NUMBER_ATTRS.has(name) && SMALL_NUMBER.test(actual)) return `${name}="${actual}"`;
  const known = facts.attributes.filter((f) => f.name === name && holds(f, actual)).map((f) => `${name}${f.op}"${f.value}"`);
  return known.length ? [...new Set(known)].join(' ') : `${name}=…`;
}

function tagOf(el: Element, facts: SelectorFacts): string {
  const tag = el.localName;
  if (TAGS.has(tag) || facts.tags.has(tag)) return tag;
  return tag.includes('-') ? '(custom element)' : '(unknown element)';
}

function describe(el: Element, facts: SelectorFacts): string {
  const parts = [tagOf(el, facts)];
  let others = 0;
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'class' || name === 'id') continue;
    if (ATTRIBUTE_NAMES.has(name)) parts.push(attribute(name, value, facts));
    else others++;
  }
  const id = el.getAttribute('id');
  if (id !== null) parts.push(facts.ids.has(id) ? `id="${id}"` : 'id=…');
  const classes = Array.from(el.classList);
  if (classes.length) {
    const known = classes.filter((c) => facts.classes.has(c));
    const rest = classes.length - known.length;
    parts.push(`class: ${[...known, ...(rest ? [`${rest} other${rest === 1 ? '' : 's'}`] : [])].join(' + ')}`);
  }
  if (others) parts.push(`+${others} other attribute${others === 1 ? '' : 's'}`);
  if (el.shadowRoot) parts.push('(open shadow root)');
  return parts.join(' ');
}

/** The parent element, crossing out of a shadow root to its host. */
function parentOf(el: Element): { parent: Element | null; crossed: boolean } {
  if (el.parentElement) return { parent: el.parentElement, crossed: false };
  const root = el.parentNode;
  const host = root && root.nodeType === 11 ? (root as ShadowRoot).host ?? null : null;
  return { parent: host, crossed: host !== null };
}

function depthOf(el: Element): number {
  let d = 0;
  for (let a = parentOf(el).parent; a; a = parentOf(a).parent) d++;
  return d;
}

export interface LayoutContext {
  adapter: SiteAdapter;
  /** How the box is coached now: by a site selector, by the fallback, or not at all. */
  match: 'adapter' | 'fallback' | null;
}

/** The report for `box`: plain text, structure only. */
export function layoutReport(box: Element, ctx: LayoutContext): string {
  const doc = box.ownerDocument;
  const facts = selectorFacts(ctx.adapter);
  const tags = (els: Element[]) => els.slice(0, CHILDREN).map((c) => tagOf(c, facts)).join(' ');
  const lines = [
    'Communis layout report (structure only: no text, names or links)',
    `site: ${ctx.adapter.id}`,
    `coached by: ${ctx.match ?? 'nothing'}`,
    `site selectors matching the box: ${ctx.adapter.editors.filter((s) => box.matches(s.css)).length} of ${ctx.adapter.editors.length}`,
    `box (depth ${depthOf(box)}): ${describe(box, facts)}`,
    `box children: ${tags(Array.from(box.children)) || '(none)'}${box.children.length > CHILDREN ? ` … ${box.children.length - CHILDREN} more` : ''}`,
    'ancestors, nearest first:',
  ];
  let { parent: a, crossed } = parentOf(box);
  for (let i = 1; a && i <= ANCESTORS; i++) {
    const indent = '  '.repeat(Math.min(i, 6));
    if (crossed) lines.push(`${indent}(shadow root boundary)`);
    lines.push(`${indent}${i}. ${describe(a, facts)}`);
    if (i <= 3) {
      for (const c of Array.from(a.children).slice(0, CHILDREN)) lines.push(`${indent}  - ${describe(c, facts)}`);
      if (a.children.length > CHILDREN) lines.push(`${indent}  - … ${a.children.length - CHILDREN} more`);
    }
    ({ parent: a, crossed } = parentOf(a));
  }
  const root = box.getRootNode() as Document | ShadowRoot;
  const scopes: ParentNode[] = root === doc ? [doc] : [doc, root];
  const count = (css: string) => scopes.reduce((n, s) => n + s.querySelectorAll(css).length, 0);
  const groups = Object.entries(ctx.adapter.selectors)
    .map(([name, list]) => `${name}:${list.map((s) => count(s.css)).join('/')}`)
    .join(' ');
  lines.push(`selector matches on the page${scopes.length > 1 ? ' and in the box\'s shadow root' : ''}: ${groups}`);
  lines.push(`editors on the page: ${count(anyOf(ctx.adapter.editors))}`);
  return lines.join('\n');
}
