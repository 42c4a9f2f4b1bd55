// npm run bench: speed of the engine next to a plain full compromise parse,
// and the gzipped size of every built entrypoint. Prints figures; asserts nothing.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { spawnSync } from 'node:child_process';
import { scoreDraft } from '../src/engine/index';
import { benchJournal } from './bench-journal';
import { clearParseCache } from '../src/engine/parse';

const SAMPLE = [
  'Thanks @ada for the thread on onboarding, it matches what we saw last quarter.',
  'We ran 12 customer interviews in 3 weeks and the lesson was simple: people buy outcomes, not features.',
  'Excited to announce our new app! Sign up today and use code SAVE20, only 3 spots left.',
  'What would you change first if you joined a team with no tests?',
  "Here's how I plan a week with two kids and a job: start with the fixed things, then the one thing that matters.",
  'Congrats on the new role, Maya! Happy to share my notes from my first month if it helps.',
].join(' ');

function draftOf(length: number): string {
  let s = '';
  while (s.length < length) s += SAMPLE + '\n';
  return s.slice(0, length);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const RUNS = 200;

console.log('Engine: scoreDraft vs a plain full compromise parse (nlp(text).json()), same text');
console.log('size   | case                        | scoreDraft median / p95     | compromise median / p95     | ratio');
// Warm up the JIT on unrelated text so "cold" means a cold cache, not a cold VM.
for (let i = 0; i < 50; i++) scoreDraft(`warm up ${i} ${SAMPLE}`);
for (let i = 0; i < 20; i++) nlp(`warm up ${i} ${SAMPLE}`).json();

for (const len of [280, 1000, 3000]) {
  const text = draftOf(len);
  const rows: Array<[string, number[], number[]]> = [];
  // First call on a new text: every sentence is parsed.
  rows.push([
    'cold (nothing cached)',
    time(() => { clearParseCache(); scoreDraft(text); }, RUNS),
    time(() => nlp(text).json(), RUNS),
  ]);
  // A keystroke: the last sentence changes, the rest comes from the cache.
  let n = 0;
  rows.push([
    'keystroke (one sentence new)',
    time(() => scoreDraft(`${text} ${n++}`), RUNS),
    time(() => nlp(`${text} ${n++}`).json(), RUNS),
  ]);
  // Re-scoring identical text (e.g. focus changes).
  rows.push(['warm (same text again)', time(() => scoreDraft(text), RUNS), time(() => nlp(text).json(), RUNS)]);
  for (const [name, engine, plain] of rows) {
    const e = stats(engine);
    const p = stats(plain);
    console.log(
      `${String(len).padEnd(6)} | ${name.padEnd(27)} | ${`${ms(e.median)} / ${ms(e.p95)}`.padEnd(27)} | ${`${ms(p.median)} / ${ms(p.p95)}`.padEnd(27)} | ${(e.median / p.median).toFixed(2)}`,
    );
  }
}

console.log('\nBuilt entrypoints (.output/chrome-mv3), gzipped');
const root = new URL('../.output/chrome-mv3/', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
try {
  for (const file of walk(root).filter((f) => /\.(js|css|html)$/.test(f)).sort()) {
    const raw = readFileSync(file);
    console.log(`${relative(root, file).padEnd(44)} ${(raw.length / 1024).toFixed(1).padStart(7)} KB  ${(gzipSync(raw).length / 1024).toFixed(1).padStart(6)} KB gz`);
  }
} catch {
  console.log('(no build found: run npm run build first)');
}

console.log('\nJournal (fake-indexeddb in Node, 10,000 entries)');
for (const line of await benchJournal()) console.log(line);

// Browser figures come from a Playwright run against the built extension:
// bench/browser.bench.ts (first score, long tasks while typing) and
// bench/coach-perf.bench.ts (the coach under 4x CPU throttling, with and
// without the extension, on every fixture editor: scores, long tasks, paint
// and worst keystroke ratios, heap with ten composers, content-script
// evaluation at load). BENCH_REPS (default 2) sets its paired sessions per
// editor, BENCH_CASES (comma-separated composer ids) which editors.
console.log('\nBrowser benchmarks (Playwright, built extension; the coach-perf run takes about 6 minutes per repetition)');
const browser = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts'], { stdio: 'inherit' });
process.exitCode = browser.status ?? 1;
