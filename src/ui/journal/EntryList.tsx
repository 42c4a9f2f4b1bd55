// The entries list: search as you type, filters (site, direction, kind, date
// range), newest first, one page at a time (so 10,000 entries render as
// fast as 50), with the total count announced politely.
//
// Speed: a keystroke asks at once (no fixed pause), one request at a time
// with the newest winning (latest-only.ts), and the request is sent in the
// same task as the keystroke's render rather than after the next paint. A
// new page of results first renders the rows that fit on a screen; the rest
// follow in a task of their own once that frame is painted (a reload of the same page, e.g.
// after an edit, renders every row at once, so no row loses its focus).
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import { ENTRY_KINDS, type Direction, type EntryFilter, type EntryKind } from '../../journal/types';
import type { SiteId } from '../../settings/sites';
import { EntryRow } from './EntryRow';
import { KIND_NAMES, SITE_NAMES, SITE_ORDER, errorMessage, num, plural } from './format';
import { latestOnly } from './latest-only';

export interface EntryListProps {
  api: Pick<JournalApi, 'listEntries' | 'updateEntry'>;
  /** Changes whenever the journal changed; the list reloads. */
  version: number;
  pageSize: number;
  /** A pause after typing before searching; 0 (the page's default) searches on the keystroke. */
  searchDelayMs: number;
  onOpenPerson(personId: string): void;
  onDelete(entry: EntryWithPerson): void;
  onSaved(entry: EntryWithPerson): void;
  now: () => Date;
  headingRef?: { current: HTMLHeadingElement | null };
  /** The first page (no filters), already asked for; used for the first load only. */
  firstPage?: ReturnType<JournalApi['listEntries']>;
}

interface Filters {
  site: SiteId | '';
  direction: Direction | '';
  kind: EntryKind | '';
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { site: '', direction: '', kind: '', from: '', to: '' };

/** A page of entries with what it answered: the count line describes the rows shown, not a request still under way. */
interface Shown {
  entries: EntryWithPerson[];
  total: number;
  page: number;
  filtered: boolean;
  /** Which search, filters and page it answers. */
  key: string;
}

/** Rows rendered in the first frame of a new page of results (about a screenful). */
export const FIRST_ROWS = 12;

export function EntryList({ api, version, pageSize, searchDelayMs, onOpenPerson, onDelete, onSaved, now, headingRef, firstPage }: EntryListProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<Shown | null>(null);
  const [rowLimit, setRowLimit] = useState(FIRST_ROWS);
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(0);
  const shownKey = useRef<string | null>(null);
  // Every load goes through one latest-only runner: its answer becomes the rows shown, or a step back when the last page emptied.
  const loader = useMemo(() => latestOnly<{ shown: Shown; stepBack: number | null }>(
    ({ shown, stepBack }) => {
      if (stepBack !== null) {
        setPage(stepBack);
        return;
      }
      setRowLimit(shown.key === shownKey.current ? Infinity : FIRST_ROWS);
      shownKey.current = shown.key;
      setResult(shown);
      setError(null);
    },
    (e: unknown) => setError(`Could not load entries: ${errorMessage(e)}`),
  ), []);
  useEffect(() => () => loader.dispose(), [loader]);

  // With a pause set, the query follows the search box after it; without, onInput sets both at once.
  useEffect(() => {
    if (text === query || searchDelayMs <= 0) return;
    const t = setTimeout(() => {
      setQuery(text);
      setPage(0);
    }, searchDelayMs);
    return () => clearTimeout(t);
  }, [text]);

  // A layout effect: the request leaves right after this render, not after the browser has painted it.
  useLayoutEffect(() => {
    const first = ++asked.current === 1;
    const filter: EntryFilter = { offset: page * pageSize, limit: pageSize };
    if (query.trim()) filter.text = query.trim();
    if (filters.site) filter.site = filters.site;
    if (filters.direction) filter.direction = filters.direction;
    if (filters.kind) filter.kind = filters.kind;
    if (filters.from) filter.from = filters.from;
    if (filters.to) filter.to = filters.to;
    const filtered = query.trim() !== '' || Object.values(filters).some(Boolean);
    const prefetched = first && version === 0 && firstPage && page === 0 && Object.keys(filter).length === 2 ? firstPage : null;
    const at = page;
    const key = JSON.stringify(filter);
    loader.request(async () => {
      const r = await (prefetched ?? api.listEntries(filter));
      // The last page emptied (e.g. its only entry was deleted): step back.
      const stepBack = r.entries.length === 0 && r.total > 0 && at > 0 ? Math.max(0, Math.ceil(r.total / pageSize) - 1) : null;
      return { shown: { entries: r.entries, total: r.total, page: at, filtered, key }, stepBack };
    });
  }, [query, filters, page, version, pageSize]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(0);
  };
  const filtered = query.trim() !== '' || Object.values(filters).some(Boolean);
  const clearAll = () => {
    setText('');
    setQuery('');
    setFilters(NO_FILTERS);
    setPage(0);
  };

  // The rest of the rows once the first screenful has been painted: effects run after the paint, and the rows then
  // wait for a task of their own, so anything already queued behind that frame (a keystroke, the page's own next
  // steps) goes first rather than after some 40 more rows.
  useEffect(() => {
    if (!result || rowLimit >= result.entries.length) return;
    const t = setTimeout(() => setRowLimit(Infinity), 0);
    return () => clearTimeout(t);
  }, [result, rowLimit]);

  // The rows only change with the result: when the page re-renders for something else (the summary
  // arriving, a toast), Preact sees the same row elements and skips them.
  const rows = useMemo(
    () => result?.entries.slice(0, rowLimit).map((e) => <EntryRow key={e.id} entry={e} api={api} onOpenPerson={onOpenPerson} onDelete={onDelete} onSaved={onSaved} now={now} />),
    [result, rowLimit],
  );

  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  let countText = 'Loading entries…';
  if (result) {
    const first = result.page * pageSize + 1;
    const last = Math.min(total, (result.page + 1) * pageSize);
    const matching = result.filtered;
    if (total === 0) countText = matching ? 'No entries match your search and filters.' : 'No entries yet.';
    else if (total <= pageSize) countText = matching ? `${plural(total, 'entry', 'entries')} match.` : `${plural(total, 'entry', 'entries')}.`;
    else
      countText = `Showing ${num(first)}–${num(last)} of ${plural(total, 'entry', 'entries')}${matching ? ' that match' : ''}.`;
  }

  return (
    <section aria-labelledby="entries-heading" class="card entries-section">
      <h2 id="entries-heading" tabIndex={-1} ref={headingRef}>
        Entries
      </h2>
      <form role="search" aria-label="Filter entries" class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field search">
          <label for="entry-search">Search</label>
          <input
            id="entry-search"
            type="search"
            value={text}
            aria-describedby="entry-search-hint"
            onInput={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              if (searchDelayMs <= 0) {
                setQuery(value);
                setPage(0);
              }
            }}
            onKeyDown={(e) => {
              // Enter searches at once instead of waiting for a pause.
              if (e.key === 'Enter') {
                setQuery(text);
                setPage(0);
              }
            }}
          />
          <span class="hint" id="entry-search-hint">
            Names, handles and notes
          </span>
        </div>
        <div class="field">
          <label for="filter-site">Filter by site</label>
          <select id="filter-site" value={filters.site} onChange={(e) => set('site', e.currentTarget.value as SiteId | '')}>
            <option value="">All sites</option>
            {SITE_ORDER.map((s) => (
              <option key={s} value={s}>
                {SITE_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-direction">Filter by direction</label>
          <select
            id="filter-direction"
            value={filters.direction}
            onChange={(e) => set('direction', e.currentTarget.value as Direction | '')}
          >
            <option value="">Both ways</option>
            <option value="gave">Help I gave</option>
            <option value="received">Help I received</option>
          </select>
        </div>
        <div class="field">
          <label for="filter-kind">Filter by kind</label>
          <select id="filter-kind" value={filters.kind} onChange={(e) => set('kind', e.currentTarget.value as EntryKind | '')}>
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-from">From date</label>
          <input id="filter-from" type="date" value={filters.from} max={filters.to || undefined} onInput={(e) => set('from', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="filter-to">To date</label>
          <input id="filter-to" type="date" value={filters.to} min={filters.from || undefined} onInput={(e) => set('to', e.currentTarget.value)} />
        </div>
        {filtered && (
          <div class="field actions">
            <button type="button" onClick={clearAll}>
              Clear search and filters
            </button>
          </div>
        )}
      </form>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status" aria-live="polite" class="count">
        {countText}
      </p>
      {result && result.entries.length > 0 && (
        <ol class="entries" aria-labelledby="entries-heading">
          {rows}
        </ol>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Entry pages">
          <button type="button" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>
            Previous page
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage((p) => Math.min(pages - 1, p + 1))}>
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
