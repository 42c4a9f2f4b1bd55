// Saved fixture pages (test/fixtures/markup), parsed once per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string>();

// Paths from the project root: under happy-dom, import.meta.url is not a file URL.
export function loadMarkup(name: string): Document {
  let html = cache.get(name);
  if (html === undefined) {
    html = readFileSync(join(process.cwd(), 'test/fixtures/markup', `${name}.html`), 'utf8');
    cache.set(name, html);
  }
  return new DOMParser().parseFromString(html, 'text/html');
}
