// @vitest-environment happy-dom
// The layout report shows structure only: no page text, no names, no handles,
// no links and no URL path survive in it, on every saved fixture page.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anyOf } from '../../../src/sites/adapter';
import { ADAPTERS } from '../../../src/sites/index';
import { UI_WORDS, layoutReport } from '../../../src/sites/layout';
import { loadMarkup } from './markup';

const PAGES = readdirSync(join(process.cwd(), 'test/fixtures/markup')).map((f) => f.replace(/\.html$/, ''));
const PEOPLE = ['Ada', 'Lovelace', 'Grace', 'Hopper', 'Alan', 'Turing', 'Katherine', 'Johnson', 'Margaret', 'Hamilton', 'Fixture', 'fixture_me', 'fixture-me', 'fixture.me'];
const PATHS: Record<string, string> = {
  x: '/alan/status/1003',
  facebook: '/grace.hopper/posts/p1',
  linkedin: '/feed/update/urn:li:activity:7190000000000000001/',
  bluesky: '/profile/grace.bsky.social/post/3kfixture',
  threads: '/@grace/post/Cfixture1',
  mastodon: '/@grace@mastodon.social/110000000000000001',
};

describe.each(PAGES)('%s', (page) => {
  test('the report for each box holds no page text, name, handle, link or URL path', () => {
    const doc = loadMarkup(page);
    const adapter = ADAPTERS.find((a) => page.startsWith(`${a.id}--`))!;
    const path = PATHS[adapter.id]!;
    const boxes = Array.from(doc.querySelectorAll(`${anyOf(adapter.editors)}, [contenteditable="true"], textarea`));
    expect(boxes.length).toBeGreaterThan(0);
    const texts = Array.from(doc.body.querySelectorAll('*'))
      .flatMap((el) => Array.from(el.childNodes))
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent?.trim() ?? '')
      .filter((t) => t.length >= 6)
      // Interface words ("Comment") and the site's own name may appear; anything else may not.
      .filter((t) => t.toLowerCase().split(/[^\p{L}]+/u).some((w) => w && !UI_WORDS.has(w) && w !== adapter.id));
    const hrefs = Array.from(doc.querySelectorAll('[href]')).map((a) => a.getAttribute('href') ?? '').filter((h) => h.length > 1);
    for (const box of boxes) {
      const report = layoutReport(box, { adapter, match: 'fallback', pathname: path });
      expect(report).toContain('ancestors, nearest first:');
      for (const t of texts) expect(report, `page text ${JSON.stringify(t)}`).not.toContain(t);
      for (const h of hrefs) expect(report, `link ${h}`).not.toContain(h);
      for (const p of PEOPLE) expect(report.toLowerCase(), `name ${p}`).not.toContain(p.toLowerCase());
      expect(report).not.toMatch(/@\w/);
      // Segments that are interface words ("post", "profile") identify nobody; the rest may not appear.
      for (const seg of path.split('/').filter((s) => s.length > 2 && !UI_WORDS.has(s))) expect(report, `path ${seg}`).not.toContain(seg);
      // Structure is there: the editor's own hooks.
      expect(report).toMatch(/contenteditable|textarea/);
    }
  });
});

test('aria labels keep their interface words and lose the rest', () => {
  const doc = loadMarkup('facebook--reply');
  const fb = ADAPTERS.find((a) => a.id === 'facebook')!;
  const reply = doc.querySelector('[aria-label^="Reply to"]')!;
  const report = layoutReport(reply, { adapter: fb, match: 'adapter', pathname: '/' });
  expect(report).toContain('aria-label="Reply to …"');
  expect(report).toContain('role="presentation"');
});
