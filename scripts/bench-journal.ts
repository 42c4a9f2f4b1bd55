// Journal speed with 10,000 entries over ~500 people, in Node on
// fake-indexeddb (a pure-JS IndexedDB; the browser's own is usually faster).
// benchJournal() returns the lines to print (scripts/bench.ts prints them);
// run alone with `npx tsx scripts/bench-journal.ts`. The journal's bars (a
// search answered, the page open next to the options page) are measured in
// the real browser by bench/journal.bench.ts, which npm run bench runs after.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { pathToFileURL } from 'node:url';
import type { SiteId } from '../src/settings/schema';
import { openJournal, type Journal } from '../src/journal/store';
import { ENTRY_KINDS, type Entry, type JournalExport, type Person } from '../src/journal/types';
import { personIdOf } from '../src/journal/validate';

const ENTRIES = 10_000;
const PEOPLE = 500;
const RUNS = 7;
const NOW = '2025-06-18T12:00:00.000Z';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same journal. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('thanks for the intro to the hiring manager, great advice on pricing, shared the thread on onboarding, '
  + 'reviewed the deck, answered the question about tests, congratulated on the new role, sent notes from the '
  + 'workshop, recommended a book on writing, helped debug the build, introduced to an investor').split(/[ ,]+/);
const FIRST = ['Ada', 'Grace', 'Alan', 'Maya', 'Linus', 'Sofia', 'Omar', 'Yuki', 'Priya', 'Jonas', 'Chen', 'Amara', 'Lea', 'Tomás'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Patel', 'Okafor', 'Nakamura', 'Silva', 'Novak', 'Haddad', 'Kim', 'Berg'];
const SITES: SiteId[] = ['x', 'facebook', 'linkedin'];

/** A valid export: PEOPLE people, ENTRIES entries over the two years before NOW. */
export function generateExport(entries = ENTRIES, people = PEOPLE, seed = 42): JournalExport {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const end = Date.parse(NOW), span = 2 * 365 * 86_400_000;
  const persons: Person[] = [];
  const ids = new Set<string>();
  while (persons.length < people) {
    const site = pick(SITES);
    const name = `${pick(FIRST)} ${pick(LAST)} ${persons.length}`;
    const handle = site === 'x' ? `@${name.replace(/\s+/g, '_').toLowerCase()}` : name;
    const id = personIdOf(site, handle);
    if (ids.has(id)) continue;
    ids.add(id);
    persons.push({ id, site, handle, displayName: name, firstSeen: '', lastInteraction: '' });
  }
  const list: Entry[] = [];
  for (let i = 0; i < entries; i++) {
    const p = persons[Math.floor(r() ** 2 * persons.length)] as Person; // some people far more often than others
    const date = new Date(end - Math.floor(r() * span)).toISOString();
    const words = Array.from({ length: 4 + Math.floor(r() * 12) }, () => pick(WORDS)).join(' ');
    const e: Entry = {
      id: `e-${i.toString(36)}-${Math.floor(r() * 1e9).toString(36)}`,
      personId: p.id, site: p.site, direction: r() < 0.55 ? 'gave' : 'received', kind: pick(ENTRY_KINDS), note: words, date,
    };
    if (r() < 0.3) e.link = `https://example.com/post/${i}`;
    list.push(e);
    if (!p.firstSeen || date < p.firstSeen) p.firstSeen = date;
    if (!p.lastInteraction || date > p.lastInteraction) p.lastInteraction = date;
  }
  const used = persons.filter((p) => p.firstSeen !== '');
  return { format: 'communis-journal', version: 1, exportedAt: NOW, people: used, entries: list };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function timeIt(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const ms = (n: number) => `${n.toFixed(1).padStart(8)} ms`;

export async function benchJournal(): Promise<string[]> {
  const lines: string[] = [];
  const file = generateExport();
  const text = JSON.stringify(file);
  lines.push(`Journal: ${file.entries.length.toLocaleString('en-US')} entries, ${file.people.length} people, `
    + `fake-indexeddb in Node ${process.version}; median of ${RUNS} runs`);
  lines.push('"cold": first call on a freshly opened journal (e.g. a woken service worker) or after an import;');
  lines.push('"warm": after an earlier call (the search index and the summary\'s inputs kept in memory until the next write).');
  lines.push(`${'operation'.padEnd(46)} ${'cold'.padStart(11)} ${'warm'.padStart(11)}`);
  const row = (label: string, cold: number | undefined, warm: number | undefined, note = '') =>
    lines.push(`${label.padEnd(46)} ${cold === undefined ? ''.padStart(11) : ms(cold)} ${warm === undefined ? ''.padStart(11) : ms(warm)}${note ? `  ${note}` : ''}`);

  // Seeding: one import transaction into a fresh database, a few times.
  const factory = new IDBFactory();
  const seeds: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = await openJournal(`bench-seed-${i}`, new IDBFactory());
    const t = performance.now();
    await fresh.importJson(text);
    seeds.push(performance.now() - t);
    fresh.close();
  }
  const j = await openJournal('bench', factory);
  await j.importJson(text);
  row('seed: importJson of the generated file', median(seeds), undefined, `(${(text.length / 1024 / 1024).toFixed(1)} MB of JSON, one transaction)`);

  /** Each run on a journal opened just before (untimed), so nothing is cached. */
  const cold = async (fn: (journal: Journal) => Promise<unknown>, runs = RUNS) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const fresh = await openJournal('bench', factory);
      const t = performance.now();
      await fn(fresh);
      samples.push(performance.now() - t);
      fresh.close();
    }
    return median(samples);
  };
  const both = async (label: string, fn: (journal: Journal) => Promise<unknown>, note = '') =>
    row(label, await cold(fn), await timeIt(() => fn(j)), note);

  const scratch = await openJournal('bench', factory);
  await scratch.listEntries({ text: 'x' }); // warm its cache: adds then patch it
  let n = 0;
  const added: string[] = [];
  row('addEntry (one entry, own transaction)', undefined, await timeIt(async () => {
    added.push((await scratch.addEntry({ site: 'x', person: `@p${n++ % 50}`, direction: 'gave', kind: 'reply', note: 'bench', date: NOW })).id);
  }, 30));
  for (const id of added) await scratch.deleteEntry(id);
  scratch.close();

  const firstPage = await j.listEntries({ limit: 50 });
  const search = await j.listEntries({ text: 'pricing', limit: 50 });
  const siteDir = await j.listEntries({ site: 'linkedin', direction: 'received', limit: 50 });
  await both('listEntries first page (50), no filter', (x) => x.listEntries({ limit: 50 }), `(total ${firstPage.total})`);
  await both('listEntries page 100 (offset 4,950), no filter', (x) => x.listEntries({ offset: 4950, limit: 50 }));
  await both('listEntries first page, text search "pricing"', (x) => x.listEntries({ text: 'pricing', limit: 50 }), `(${search.total} matches in notes)`);
  await both('listEntries first page, text search "grace"', (x) => x.listEntries({ text: 'grace', limit: 50 }), '(names)');
  await both('listEntries first page, site + direction', (x) => x.listEntries({ site: 'linkedin', direction: 'received', limit: 50 }), `(${siteDir.total} matches)`);
  await both('listEntries first page, last 30 days', (x) => x.listEntries({ from: '2025-05-19', to: '2025-06-18', limit: 50 }));
  await both('overview (the journal page\'s summary)', (x) => x.overview({ now: NOW, weeks: 12, limit: 5, reachOutLimit: 5 }));
  await both('weekly(12)', (x) => x.weekly(12, NOW));
  await both('weekly(52)', (x) => x.weekly(52, NOW));
  await both('balance() overall', (x) => x.balance());
  await both('owed(3)', (x) => x.owed(3));
  await both('reminders (the badge and the digest)', (x) => x.reminders(NOW, 5));
  const someone = firstPage.entries[0]?.personId ?? '';
  await both('personDetail', (x) => x.personDetail(someone));
  row('exportJson', undefined, await timeIt(() => j.exportJson(), 3));
  row('exportCsv', undefined, await timeIt(() => j.exportCsv(), 3));
  const exported = JSON.stringify(await j.exportJson());
  const imports: number[] = [];
  for (let i = 0; i < 3; i++) {
    const empty = await openJournal(`bench-import-${i}`, new IDBFactory());
    const t = performance.now();
    await empty.importJson(exported);
    imports.push(performance.now() - t);
    empty.close();
  }
  row('importJson of the export into an empty journal', median(imports), undefined);
  row('importJson of the export again (all unchanged)', undefined, await timeIt(() => j.importJson(exported), 3));
  j.close();
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchJournal()) console.log(line);
}
