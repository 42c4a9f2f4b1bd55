// @vitest-environment happy-dom
// The layout report shows structure only, by construction: names and handles
// planted anywhere in a saved fixture page (every attribute value, class, id,
// text node, attribute name, custom tag name, the title, and open shadow roots)
// never reach it; what it keeps is the adapter's own structure.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anyOf, type SiteAdapter } from '../../../src/sites/adapter';
import { ADAPTERS } from '../../../src/sites/index';
import { layoutReport } from '../../../src/sites/layout';
import { loadMarkup } from './markup';

const PAGES = readdirSync(join(process.cwd(), 'test/fixtures/markup')).map((f) => f.replace(/\.html$/, ''));
const adapterOf = (page: string): SiteAdapter => ADAPTERS.find((a) => page.startsWith(`${a.id}--`))!;
/** The boxes a report may be asked about: every editor the adapter or the fallback would coach. */
const boxesOf = (doc: Document, adapter: SiteAdapter) =>
  Array.from(doc.querySelectorAll(`${anyOf(adapter.editors)}, [contenteditable="true"], textarea`));

// Names no report word can contain by chance: letters then two digits.
const NAME = fc.stringMatching(/^[A-Z][a-z]{5,9}[0-9]{2}$/);
const PLANT = fc.record({
  names: fc.array(NAME, { minLength: 3, maxLength: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});
/** Elements that may host a shadow root. */
const SHADOW_HOSTS = new Set('article aside blockquote body div footer header main nav p section span h1 h2 h3 h4 h5 h6'.split(' '));

/** Puts names and handles everywhere a page can hold them; returns every planted string. */
function plant(doc: Document, names: readonly string[], seed: number): string[] {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const pick = () => names[rnd(names.length)]!;
  // Display names, handles and profile paths, as pages show them.
  const forms = () => [pick(), `@${pick().toLowerCase()}`, `${pick()} ${pick()}`, `/${pick().toLowerCase()}/`][rnd(4)]!;
  doc.title = forms();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(el.attributes)) {
      const v = forms();
      // Replace, append or prefix: appended names keep prefix-style facts ("Hide post by …") matching.
      el.setAttribute(name, [v, `${value} ${v}`, `${v} ${value}`, `${value}${v}`][rnd(4)]!);
    }
    el.classList.add(pick(), `x-${pick().toLowerCase()}`);
    if (!el.id) el.id = pick();
    el.setAttribute(`data-${pick().toLowerCase()}`, forms());
    if (el.localName !== 'html' && el.localName !== 'head') el.append(doc.createTextNode(` ${forms()} `));
    if (rnd(5) === 0 && el.parentElement && el.localName !== 'head') el.after(doc.createElement(`${pick().toLowerCase()}-card`));
    if (rnd(4) === 0 && SHADOW_HOSTS.has(el.localName) && !el.shadowRoot) {
      const root = el.attachShadow({ mode: 'open' });
      const inner = doc.createElement('div');
      inner.setAttribute('aria-label', forms());
      inner.setAttribute('data-testid', pick());
      inner.className = pick();
      inner.textContent = forms();
      root.append(inner);
    }
  }
  return names.flatMap((n) => [n, n.toLowerCase()]);
}

// Property tests parse and plant whole pages: give them room on a busy machine.
const SLOW = { timeout: 120_000 };

test('names and handles planted anywhere in a saved page never reach the report', SLOW, () => {
  fc.assert(
    fc.property(fc.constantFrom(...PAGES), PLANT, (page, { names, seed }) => {
      const doc = loadMarkup(page);
      const adapter = adapterOf(page);
      const boxes = boxesOf(doc, adapter);
      const planted = plant(doc, names, seed);
      for (const box of boxes) {
        const report = layoutReport(box, { adapter, match: 'fallback' }).toLowerCase();
        for (const p of planted) expect(report, `${page}: ${p}`).not.toContain(p.toLowerCase());
      }
    }),
    { numRuns: 60 },
  );
});

test('a box inside a shadow root: the report crosses the boundary and leaks nothing from either side', SLOW, () => {
  fc.assert(
    fc.property(fc.constantFrom(...PAGES), PLANT, (page, { names, seed }) => {
      const doc = loadMarkup(page);
      const adapter = adapterOf(page);
      const host = doc.createElement('div');
      doc.body.append(host);
      const box = doc.createElement('div');
      box.setAttribute('contenteditable', 'true');
      box.setAttribute('role', 'textbox');
      host.attachShadow({ mode: 'open' }).append(doc.createElement('section'));
      host.shadowRoot!.firstElementChild!.append(box);
      const planted = plant(doc, names, seed);
      for (const el of [box, box.parentElement!]) {
        el.setAttribute('aria-label', `Message ${names[0]}`);
        el.classList.add(names[1]!);
        el.append(doc.createTextNode(names[2]!));
      }
      const report = layoutReport(box, { adapter, match: 'fallback' });
      expect(report).toContain('(shadow root boundary)');
      for (const p of planted) expect(report.toLowerCase(), p).not.toContain(p.toLowerCase());
    }),
    { numRuns: 20 },
  );
});

/** Words the report may print of its own: its headings, the adapter's id, group names and selectors. */
function vocabulary(adapter: SiteAdapter): Set<string> {
  const own = 'communis layout report structure only no text names or links site coached by nothing fallback adapter';
  const css = Object.values(adapter.selectors).flat().map((s) => s.css).join(' ');
  return new Set(`${own} ${adapter.id} ${Object.keys(adapter.selectors).join(' ')} ${css}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
}

describe.each(PAGES)('%s', (page) => {
  test('the report keeps the structure the adapter knows, and no page text, link or title', () => {
    const doc = loadMarkup(page);
    const adapter = adapterOf(page);
    const boxes = boxesOf(doc, adapter);
    expect(boxes.length).toBeGreaterThan(0);
    const vocab = vocabulary(adapter);
    const texts = Array.from(doc.body.querySelectorAll('*'))
      .flatMap((el) => Array.from(el.childNodes))
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent?.trim() ?? '')
      .filter((t) => t.length >= 6)
      // A text made only of the report's own words ("Comment") says nothing the report did not already say.
      .filter((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w && !vocab.has(w)));
    const hrefs = Array.from(doc.querySelectorAll('[href]')).map((a) => a.getAttribute('href') ?? '').filter((h) => h.length > 2);
    for (const box of boxes) {
      const report = layoutReport(box, { adapter, match: 'fallback' });
      expect(report).toContain('ancestors, nearest first:');
      for (const t of texts) expect(report, `page text ${JSON.stringify(t)}`).not.toContain(t);
      for (const h of hrefs) expect(report, `link ${h}`).not.toContain(h);
      if (doc.title.length > 2) expect(report).not.toContain(doc.title);
      expect(report).toMatch(/contenteditable="true"|textarea/);
    }
  });
});

test("attribute values show only as the adapter's selectors test them", () => {
  const fb = ADAPTERS.find((a) => a.id === 'facebook')!;
  const doc = loadMarkup('facebook--reply');
  const reply = doc.querySelector('[aria-label^="Reply to"]')!;
  const report = layoutReport(reply, { adapter: fb, match: 'adapter' });
  expect(report).toContain('aria-label=…');
  expect(report).not.toContain('Reply to');
  expect(report).toContain('role="presentation"');
  expect(report).toContain('data-lexical-editor="true"');

  const li = ADAPTERS.find((a) => a.id === 'linkedin')!;
  const sdui = loadMarkup('linkedin--sdui-feed');
  const box = sdui.querySelector('[data-view-name="comment-box"] [contenteditable="true"]')!;
  const liReport = layoutReport(box, { adapter: li, match: 'adapter' });
  expect(liReport).toContain('data-view-name="comment-box"');
  expect(liReport).toContain('class: ProseMirror');
  expect(liReport).toContain('sduiPost:');
  // A prefix our selector tests is kept; the name after it is not.
  const hide = layoutReport(sdui.querySelector('[aria-label^="Hide post by "]')!, { adapter: li, match: null });
  expect(hide).toContain('box (depth');
  expect(hide).toMatch(/box \(depth \d+\): button type="button" aria-label\^="Hide post by " data-view-name=…/);
  expect(hide).not.toContain('Grace');
});
