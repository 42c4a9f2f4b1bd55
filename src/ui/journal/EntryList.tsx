// The entries list: debounced search, filters (site, direction, kind, date
// range), newest first, one page at a time (so 10,000 entries render as
// fast as 50), with the total count announced politely.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import { ENTRY_KINDS, type Direction, type EntryFilter, type EntryKind } from '../../journal/types';
import type { SiteId } from '../../settings/sites';
import { EntryRow } from './EntryRow';
import { KIND_NAMES, SITE_NAMES, SITE_ORDER, errorMessage, num, plural } from './format';

export interface EntryListProps {
  api: Pick<JournalApi, 'listEntries' | 'updateEntry'>;
  /** Changes whenever the journal changed; the list reloads. */
  version: number;
  pageSize: number;
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

export function EntryList({ api, version, pageSize, searchDelayMs, onOpenPerson, onDelete, onSaved, now, headingRef, firstPage }: EntryListProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<{ entries: EntryWithPerson[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  // Debounce typing: the query follows the search box after a pause.
  useEffect(() => {
    if (text === query) return;
    const t = setTimeout(() => {
      setQuery(text);
      setPage(0);
    }, searchDelayMs);
    return () => clearTimeout(t);
  }, [text]);

  useEffect(() => {
    const mine = ++seq.current;
    const filter: EntryFilter = { offset: page * pageSize, limit: pageSize };
    if (query.trim()) filter.text = query.trim();
    if (filters.site) filter.site = filters.site;
    if (filters.direction) filter.direction = filters.direction;
    if (filters.kind) filter.kind = filters.kind;
    if (filters.from) filter.from = filters.from;
    if (filters.to) filter.to = filters.to;
    const prefetched = mine === 1 && version === 0 && firstPage && page === 0 && Object.keys(filter).length === 2 ? firstPage : null;
    (prefetched ?? api.listEntries(filter)).then(
      (r) => {
        if (mine !== seq.current) return; // a newer request is under way
        // The last page emptied (e.g. its only entry was deleted): step back.
        if (r.entries.length === 0 && r.total > 0 && page > 0) {
          setPage(Math.max(0, Math.ceil(r.total / pageSize) - 1));
          return;
        }
        setResult(r);
        setError(null);
      },
      (e: unknown) => {
        if (mine === seq.current) setError(`Could not load entries: ${errorMessage(e)}`);
      },
    );
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

  // The rows only change with the result: when the page re-renders for something else (the summary
  // arriving, a toast), Preact sees the same row elements and skips them.
  const rows = useMemo(
    () => result?.entries.map((e) => <EntryRow key={e.id} entry={e} api={api} onOpenPerson={onOpenPerson} onDelete={onDelete} onSaved={onSaved} now={now} />),
    [result],
  );

  const total = result?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  let countText = 'Loading entries…';
  if (result) {
    if (total === 0) countText = filtered ? 'No entries match your search and filters.' : 'No entries yet.';
    else if (total <= pageSize) countText = filtered ? `${plural(total, 'entry', 'entries')} match.` : `${plural(total, 'entry', 'entries')}.`;
    else
      countText = `Showing ${num(first)}–${num(last)} of ${plural(total, 'entry', 'entries')}${filtered ? ' that match' : ''}.`;
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
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter searches at once instead of waiting for the pause.
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
