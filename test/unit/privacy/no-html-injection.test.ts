// DESIGN.md, "Privacy and permissions": text from pages is inserted with
// Preact or `textContent`, never as HTML; no network requests of any kind.
//
// Scans every source file under src/ and extension/ (tests and fixtures
// excepted) with two tables of forbidden patterns:
//   1. string HTML and string code: innerHTML, insertAdjacentHTML,
//      document.write, dangerouslySetInnerHTML, eval, new Function, …
//   2. the network: fetch, XMLHttpRequest, sendBeacon, WebSocket, …, and
//      http(s)/ws(s) URLs naming a remote host.
// Comments are ignored (TypeScript's own parser finds them, so "//" inside a
// string or a regex is not mistaken for one); strings are not, since
// `el['innerHTML'] = …` or `'https://tracker…'` are exactly what to catch.
// A failure lists file:line:column, the rule and the line.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED_DIRS = ['src', 'extension'];

interface Rule {
  name: string;
  pattern: RegExp;
  why: string;
}

/** Table 1: HTML built from strings, and strings run as code. */
const HTML_RULES: Rule[] = [
  { name: 'innerHTML', pattern: /\binnerHTML\b/, why: 'parses a string as HTML; use Preact or textContent' },
  { name: 'outerHTML assignment', pattern: /\bouterHTML\s*\+?=(?!=)/, why: 'parses a string as HTML' },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/, why: 'parses a string as HTML' },
  {
    name: 'document.write',
    pattern: /\b(?:document|doc|ownerDocument)\s*\.\s*write(?:ln)?\s*\(/,
    why: 'parses a string as HTML',
  },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/, why: 'Preact innerHTML' },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/, why: 'parses a string as HTML' },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', pattern: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/, why: 'parses a string as HTML' },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/i, why: 'an iframe document from a string' },
  { name: 'eval', pattern: /\beval\s*\(/, why: 'runs a string as code (and the CSP forbids it)' },
  { name: 'new Function', pattern: /\bFunction\s*\(/, why: 'runs a string as code (and the CSP forbids it)' },
  {
    name: 'setTimeout/setInterval with a string',
    pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/,
    why: 'runs a string as code',
  },
];

/** Table 2: anything that talks to the network. */
const NETWORK_RULES: Rule[] = [
  { name: 'fetch(', pattern: /\bfetch\s*\(/, why: 'network request' },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/, why: 'network request' },
  { name: 'sendBeacon', pattern: /\bsendBeacon\b/, why: 'network request (analytics beacons)' },
  { name: 'WebSocket', pattern: /\bWebSocket\b/, why: 'network connection' },
  { name: 'EventSource', pattern: /\bEventSource\b/, why: 'network connection' },
  { name: 'WebTransport', pattern: /\bWebTransport\b/, why: 'network connection' },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/, why: 'network connection (and IP leaks)' },
  { name: 'importScripts', pattern: /\bimportScripts\b/, why: 'loads code, possibly remote' },
  {
    name: '<link rel=preconnect/prefetch/preload>',
    pattern: /\brel\s*[=:]\s*\{?\s*['"`]?\s*(?:preconnect|dns-prefetch|prefetch|prerender|preload|modulepreload)\b/i,
    why: 'hints the browser to contact a host',
  },
  { name: 'CSS @import / url() of a remote host', pattern: /(?:@import|\burl\()\s*['"]?\s*(?:https?:)?\/\/[a-z0-9]/i, why: 'loads from the network' },
  {
    name: 'remote URL',
    // A scheme followed by a host (name, IPv4 or [IPv6]): "https://" alone (a
    // placeholder, an error message about links) and regexes (`https?:\/\/`)
    // do not match.
    pattern: /\b(?:https?|wss?|ftp):\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9-]+(?:\.[a-z0-9-]+)*)/i,
    why: 'a remote host in code; the extension contacts none',
  },
];

interface Allowed {
  /** Path relative to the project root, or '*' for any scanned file. */
  file: string;
  rule: string;
  /** The offending text must match this (checked against the matched line). */
  match: RegExp;
  /** Why this is fine. */
  reason: string;
}

/**
 * Legitimate matches, each with its reason. An entry that no longer matches
 * anything fails the test, so this list cannot rot.
 */
const ALLOWLIST: Allowed[] = [
  {
    // The rule's own example draft (shown in README's "How it decides" and the
    // options page): text to score, never a request. example.com is reserved
    // (RFC 2606) and cannot be anyone's server.
    file: 'src/engine/rules/link-pitch.ts',
    rule: 'remote URL',
    match: /https:\/\/example\.com\b/,
    reason: 'rule example text; reserved example domain',
  },
];

/** Files that are not shipped code: tests and fixtures that happen to live under src/ or extension/. */
function isTestOrFixture(rel: string): boolean {
  return (
    /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(rel) ||
    /(?:^|\/)(?:__tests__|__mocks__|fixtures?|test|tests)\//.test(rel)
  );
}

const CODE_EXT = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const MARKUP_EXT = /\.(?:html|css)$/;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...listFiles(full));
    } else if (CODE_EXT.test(entry.name) || MARKUP_EXT.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/**
 * The source with comments blanked out and everything else (code, strings,
 * regexes, JSX text) in place, so offsets and line numbers are unchanged.
 * Uses TypeScript's parser: what is left is exactly the tokens.
 */
function stripCodeComments(fileName: string, text: string): string {
  const kind = /\.[cm]?tsx$|\.jsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const keep = new Uint8Array(text.length);
  const visit = (node: ts.Node) => {
    if (ts.isJSDoc(node) || (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode)) return;
    const children = node.getChildren(sf);
    if (children.length === 0) {
      keep.fill(1, node.getStart(sf), node.getEnd());
      return;
    }
    children.forEach(visit);
  };
  visit(sf);
  // TypeScript's offsets are UTF-16 code units, as are string indexes.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += keep[i] || c === '\n' || c === '\r' ? c : ' ';
  }
  return out;
}

/** HTML and CSS: blank <!-- --> and /* *\/ comments. */
function stripMarkupComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\r\n]/g, ' '));
}

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  why: string;
  text: string;
}

function scanText(file: string, code: string, original: string, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  const codeLines = code.split('\n');
  const originalLines = original.split('\n');
  codeLines.forEach((line, i) => {
    for (const rule of rules) {
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
      for (const m of line.matchAll(re)) {
        findings.push({
          file,
          line: i + 1,
          column: (m.index ?? 0) + 1,
          rule: rule.name,
          why: rule.why,
          text: (originalLines[i] ?? '').trim(),
        });
      }
    }
  });
  return findings;
}

function stripComments(file: string, text: string): string {
  return CODE_EXT.test(file) ? stripCodeComments(file, text) : stripMarkupComments(text);
}

/** Scans one file's text; `file` is its project-relative path. */
function scanSource(file: string, text: string, rules: readonly Rule[], stripped = stripComments(file, text)): Finding[] {
  return scanText(file, stripped, text, rules);
}

function isAllowed(f: Finding, used: Set<Allowed>): boolean {
  const entry = ALLOWLIST.find(
    (a) => (a.file === '*' || a.file === f.file) && a.rule === f.rule && a.match.test(f.text),
  );
  if (entry) used.add(entry);
  return entry !== undefined;
}

function format(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.rule} (${f.why})\n    ${f.text}`).join('\n');
}

const FILES = SCANNED_DIRS.flatMap((d) => listFiles(resolve(ROOT, d)))
  .map((abs) => relative(ROOT, abs).split('\\').join('/'))
  .filter((rel) => !isTestOrFixture(rel))
  .sort();

const SOURCES = new Map(FILES.map((rel) => [rel, readFileSync(resolve(ROOT, rel), 'utf8')]));
/** Each file without its comments; parsing everything takes a few seconds, so once, up front. */
const STRIPPED = new Map<string, string>();
const used = new Set<Allowed>();
const scanFile = (file: string, rules: readonly Rule[]) => scanSource(file, SOURCES.get(file)!, rules, STRIPPED.get(file));

describe('privacy scan of src/ and extension/', () => {
  beforeAll(() => {
    for (const [file, text] of SOURCES) STRIPPED.set(file, stripComments(file, text));
  }, 120_000);

  it('finds the shipped sources', () => {
    expect(FILES).toContain('extension/background.ts');
    expect(FILES).toContain('extension/x.content.ts');
    expect(FILES).toContain('src/coach/watcher-main.ts');
    expect(FILES.some((f) => f.endsWith('.tsx'))).toBe(true);
    expect(FILES.some((f) => f.endsWith('.html'))).toBe(true);
  });

  it('no module builds HTML from strings or runs strings as code', () => {
    const findings = FILES.filter((f) => CODE_EXT.test(f))
      .flatMap((f) => scanFile(f, HTML_RULES))
      .filter((f) => !isAllowed(f, used));
    expect(findings, `String HTML / string code found:\n${format(findings)}\n`).toEqual([]);
  });

  it('no module, page or stylesheet talks to the network', () => {
    const findings = FILES.flatMap((f) => scanFile(f, NETWORK_RULES)).filter(
      (f) => !isAllowed(f, used),
    );
    expect(findings, `Network access found:\n${format(findings)}\n`).toEqual([]);
  });

  it('every allowlist entry is still needed', () => {
    const stale = ALLOWLIST.filter((a) => !used.has(a));
    expect(stale.map((a) => `${a.file}: ${a.rule} ${a.match}`)).toEqual([]);
  });
});

// The scanner must catch what it claims to and ignore comments: each row is a
// snippet and the rules that must fire on it (none = must pass).
describe('the scanner itself', () => {
  const ALL = [...HTML_RULES, ...NETWORK_RULES];
  it.each<[string, string, string[]]>([
    ['x.ts', 'el.innerHTML = text;', ['innerHTML']],
    ['x.ts', "el['innerHTML'] = text;", ['innerHTML']],
    ['x.ts', 'el.outerHTML = text;', ['outerHTML assignment']],
    ['x.ts', 'if (el.outerHTML === s) {}', []],
    ['x.ts', "el.insertAdjacentHTML('beforeend', s);", ['insertAdjacentHTML']],
    ['x.ts', 'document.write(s);', ['document.write']],
    ['x.ts', 'doc.writeln(s);', ['document.write']],
    ['x.ts', 'process.stdout.write(s);', []],
    ['x.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: s }} />;', ['dangerouslySetInnerHTML']],
    ['x.ts', 'const r = document.createRange().createContextualFragment(s);', ['createContextualFragment']],
    ['x.ts', 'eval(s);', ['eval']],
    ['x.ts', 'const f = new Function("a", s);', ['new Function']],
    ['x.ts', 'const ok = isFunction(x);', []],
    ['x.ts', "setTimeout('go()', 10);", ['setTimeout/setInterval with a string']],
    ['x.ts', 'setTimeout(() => go(), 10);', []],
    ['x.ts', 'el.textContent = text;', []],
    ['x.ts', '// never innerHTML, never eval(s), never fetch(url)', []],
    ['x.ts', '/** Uses no innerHTML; see https://developer.mozilla.org/ */ const a = 1;', []],
    ['x.ts', 'const u = "https://example.org/x"; // innerHTML', ['remote URL']],
    ['x.ts', 'await fetch(url);', ['fetch(']],
    ['x.ts', 'window.fetch (url);', ['fetch(']],
    ['x.ts', 'const x = new XMLHttpRequest();', ['XMLHttpRequest']],
    ['x.ts', 'navigator.sendBeacon(u, d);', ['sendBeacon']],
    ['x.ts', 'new WebSocket(u);', ['WebSocket']],
    ['x.ts', 'new EventSource(u);', ['EventSource']],
    ['x.ts', "importScripts('a.js');", ['importScripts']],
    ['x.tsx', 'const l = <link rel="preconnect" href={h} />;', ['<link rel=preconnect/prefetch/preload>']],
    ['x.html', '<link rel="dns-prefetch" href="//cdn.example">', ['<link rel=preconnect/prefetch/preload>']],
    ['x.html', '<!-- <link rel="preconnect" href="https://fonts.example"> -->', []],
    ['x.css', "@import url('https://fonts.example/x.css');", ['CSS @import / url() of a remote host', 'remote URL']],
    ['x.css', 'a { background: url(//cdn.example/x.png) }', ['CSS @import / url() of a remote host']],
    ['x.css', '/* from https://fonts.example */ a { color: red }', []],
    ['x.ts', "const t = 'https://tracker.example/p?x=1';", ['remote URL']],
    ['x.ts', 'const w = `wss://sync.example:8443/`;', ['remote URL']],
    ['x.ts', "const p = 'https://';", []],
    ['x.ts', "const m = 'must be an http:// or https:// link';", []],
    ['x.ts', 'const re = /^https?:\\/\\//i; const c = 1; // https://x.example', []],
    ['x.ts', "const s = 'a // not a comment https://evil.example';", ['remote URL']],
  ])('%s: %s → %j', (file, source, expected) => {
    expect(scanSource(file, source, ALL).map((f) => f.rule).sort()).toEqual([...expected].sort());
  });

  it('reports file:line:column', () => {
    const [f] = scanSource('src/a.ts', 'const a = 1;\n\n  el.innerHTML = s;\n', HTML_RULES);
    expect(format([f!])).toMatch(/^src\/a\.ts:3:6 {2}innerHTML /);
  });
});
