// The full journal page: balance at a glance, the people to reach out to
// (due by their rhythm, or you owe them; done, snooze, set a rhythm), likely
// merges, the 12-week chart with the running balance, quick add, the
// searchable entries list with edit and delete (with undo), a per-person
// view (merge and split), and export / import / delete all. Everything goes
// through the JournalApi it is given, so tests pass an in-memory fake and the
// extension page passes the message client.
//
// Speed: the summary is one message answered from kept counts, and the list
// asks for its first page at the same time; nothing waits for settings.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import type { Entry, Overview, Person, Rhythm } from '../../journal/types';
import { AtAGlance } from './AtAGlance';
import { DataTools, type Importer } from './DataTools';
import { EmptyState } from './EmptyState';
import { EntryList } from './EntryList';
import { CHART_WEEKS, LIST_LIMIT, PAGE_SIZE, type FirstLoad } from './first-load';
import { errorMessage, personFullName, RHYTHM_NAMES } from './format';
import { MergeSuggestions } from './MergeSuggestions';
import { PersonView } from './PersonView';
import { QuickAdd } from './QuickAdd';
import { UndoToast } from './UndoToast';
import { WeeklyChart } from './WeeklyChart';

export interface JournalAppProps {
  api: JournalApi;
  /** How many people "Reach out" shows at most; without it the journal uses the user's setting. */
  reachOutLimit?: number;
  /** Entries per page. Default 50. */
  pageSize?: number;
  /** Pause after typing before searching. Default 0: search on the keystroke, one request at a time, the newest winning. */
  searchDelayMs?: number;
  /** Import with progress and cancel (the extension's import port); without it, api.importJson. */
  importer?: Importer;
  /** The summary and the first page, already asked for before the first render (the extension page starts them at once). */
  prefetched?: FirstLoad;
  /** How long "Entry deleted. Undo" stays (paused while focused or hovered). Default 10 s. */
  undoMs?: number;
  /** How many merge suggestions to show. Default 5. */
  listLimit?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

type Summary = Overview;

type View = { kind: 'overview' } | { kind: 'person'; personId: string };

export function JournalApp({
  api,
  reachOutLimit,
  pageSize = PAGE_SIZE,
  searchDelayMs = 0,
  importer,
  prefetched,
  undoMs = 10_000,
  listLimit = LIST_LIMIT,
  now = () => new Date(),
}: JournalAppProps) {
  const [version, setVersion] = useState(0);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ kind: 'overview' });
  const [toast, setToast] = useState<{ key: number; message: string; undoable: boolean; entry?: Entry } | null>(null);
  const [announcement, setAnnouncement] = useState({ n: 0, text: '' });
  const returnFocus = useRef<HTMLElement | null>(null);
  const entriesHeading = useRef<HTMLHeadingElement | null>(null);
  const backRequested = useRef(false);
  const seq = useRef(0);
  const reachOutAsked = useRef(typeof location !== 'undefined' && location.hash === '#reach-out');

  const changed = () => setVersion((v) => v + 1);
  const announce = (text: string) => setAnnouncement((a) => ({ n: a.n + 1, text }));

  // A layout effect, as the entry list's: the first answer is awaited from right after the first render (not after
  // its paint), so the summary and the first page land in the same frame.
  useLayoutEffect(() => {
    const mine = ++seq.current;
    const opts: Parameters<JournalApi['overview']>[0] = { now: now().toISOString(), weeks: CHART_WEEKS, limit: listLimit };
    if (reachOutLimit !== undefined) opts.reachOutLimit = reachOutLimit;
    const first = mine === 1 && prefetched ? prefetched.overview : null;
    (first ?? api.overview(opts)).then(
      (o) => {
        if (mine !== seq.current) return;
        setSummary(o);
        setLoadError(null);
      },
      (e: unknown) => {
        if (mine === seq.current) setLoadError(`Could not load your journal: ${errorMessage(e)}`);
      },
    );
  }, [version, reachOutLimit, listLimit]);

  // Once the page shows: build the search index in the background, and honour #reach-out (the digest opens it).
  useEffect(() => {
    if (!summary) return;
    void api.prepareSearch().catch(() => undefined);
    if (reachOutAsked.current) {
      reachOutAsked.current = false;
      document.getElementById('reach-out-heading')?.focus();
    }
  }, [summary !== null]);

  // The journal also changes elsewhere (the popup, the coach in a tab): reload when the page comes back into view.
  useEffect(() => {
    const reload = () => {
      if (document.visibilityState === 'visible') changed();
    };
    document.addEventListener('visibilitychange', reload);
    window.addEventListener('focus', reload);
    return () => {
      document.removeEventListener('visibilitychange', reload);
      window.removeEventListener('focus', reload);
    };
  }, []);

  // Back from a person: focus returns to what opened them (still in the page, only hidden).
  useEffect(() => {
    if (view.kind !== 'overview' || !backRequested.current) return;
    backRequested.current = false;
    const target = returnFocus.current;
    if (target?.isConnected) target.focus();
    else entriesHeading.current?.focus();
  }, [view]);

  const openPerson = (personId: string) => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setView({ kind: 'person', personId });
  };
  const back = () => {
    backRequested.current = true;
    setView({ kind: 'overview' });
  };

  const remove = async (entry: EntryWithPerson) => {
    try {
      const removed = await api.deleteEntry(entry.id);
      changed();
      if (!removed) {
        announce('That entry was already gone.');
        return;
      }
      const who = personFullName(entry.person);
      setToast((t) => ({ key: (t?.key ?? 0) + 1, message: `Entry deleted (${who}).`, undoable: true, entry: removed }));
    } catch (e) {
      setToast((t) => ({ key: (t?.key ?? 0) + 1, message: `Could not delete: ${errorMessage(e)}`, undoable: false }));
    }
  };

  const undo = async () => {
    const entry = toast?.entry;
    if (!entry) return;
    try {
      await api.restoreEntry(entry);
      setToast(null);
      changed();
      announce('Entry restored.');
      (view.kind === 'overview' ? entriesHeading.current : document.getElementById('person-heading'))?.focus();
    } catch (e) {
      setToast((t) => ({ key: (t?.key ?? 0) + 1, message: `Could not undo: ${errorMessage(e)}`, undoable: false }));
    }
  };

  const dismissToast = () => {
    const box = document.querySelector('.toast');
    const hadFocus = Boolean(box && box.contains(document.activeElement));
    setToast(null);
    if (hadFocus) (view.kind === 'overview' ? entriesHeading.current : document.getElementById('person-heading'))?.focus();
  };

  const snooze = async (p: { person: { id: string }; name: string }) => {
    try {
      await api.snoozePerson(p.person.id, 30, now().toISOString());
      changed();
      announce(`${p.name} snoozed for 30 days.`);
      document.getElementById('reach-out-heading')?.focus();
    } catch (e) {
      announce(`Could not snooze: ${errorMessage(e)}`);
    }
  };

  // "Done": one entry (you reached out to them) resets their rhythm and settles what you owed.
  const done = async (p: { person: Person; name: string }) => {
    try {
      await api.addEntry({ site: p.person.site, person: p.person.handle, direction: 'gave', kind: 'other', note: 'Reached out', date: now().toISOString() });
      changed();
      announce(`Logged: you reached out to ${p.name}.`);
      document.getElementById('reach-out-heading')?.focus();
    } catch (e) {
      announce(`Could not log it: ${errorMessage(e)}`);
    }
  };

  const setRhythm = async (p: { person: Person; name: string }, rhythm: Rhythm | null) => {
    try {
      await api.setRhythm(p.person.id, rhythm, now().toISOString());
      changed();
      announce(rhythm === null ? `No rhythm set for ${p.name}.` : `Rhythm for ${p.name}: ${RHYTHM_NAMES[rhythm].toLowerCase()}.`);
    } catch (e) {
      announce(`Could not set the rhythm: ${errorMessage(e)}`);
    }
  };

  const saved = (entry: EntryWithPerson) => {
    changed();
    announce(`Entry saved (${personFullName(entry.person)}).`);
  };

  const empty = summary !== null && summary.overall.gave + summary.overall.received === 0;
  const n = now();

  return (
    <main class="journal">
      <header class="journal-header">
        <h1>Journal</h1>
        <p class="lead">Whom you helped, who helped you, and how the give and take is going. Private to this browser.</p>
      </header>
      <div class="sr-only" role="status" aria-live="polite">
        {announcement.text && <span key={announcement.n}>{announcement.text}</span>}
      </div>
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {view.kind === 'person' && (
        <PersonView
          api={api}
          personId={view.personId}
          version={version}
          onBack={back}
          onChanged={(message) => {
            changed();
            announce(message);
          }}
          onOpenPerson={openPerson}
          onDelete={(e) => void remove(e)}
          onSaved={saved}
          now={now}
        />
      )}
      <div class="overview" hidden={view.kind !== 'overview'}>
        {summary === null && !loadError && <p role="status">Loading your journal…</p>}
        {empty && <EmptyState />}
        {summary && !empty && (
          <AtAGlance
            overall={summary.overall}
            week={summary.week}
            reachOut={summary.reachOut}
            reachOutLimit={summary.reachOutLimit}
            onOpenPerson={openPerson}
            onSnooze={(p) => void snooze(p)}
            onDone={(p) => void done(p)}
            onSetRhythm={(p, r) => void setRhythm(p, r)}
            now={n}
          />
        )}
        {summary && !empty && summary.suggestions.length > 0 && (
          <MergeSuggestions api={api} suggestions={summary.suggestions} onChanged={changed} onAnnounce={announce} onOpenPerson={openPerson} />
        )}
        <div class="card">
          <QuickAdd api={api} now={now} onAdded={changed} />
        </div>
        {summary && !empty && <WeeklyChart weeks={summary.weekly} />}
        {/* Mounted at once (not after the summary) so its first page loads in parallel. */}
        {!empty && (
          <EntryList
            api={api}
            version={version}
            pageSize={pageSize}
            searchDelayMs={searchDelayMs}
            onOpenPerson={openPerson}
            onDelete={(e) => void remove(e)}
            onSaved={saved}
            now={now}
            headingRef={entriesHeading}
            firstPage={prefetched?.firstPage}
          />
        )}
        <DataTools api={api} importer={importer} onChanged={changed} now={now} />
      </div>
      <UndoToast toast={toast} ms={undoMs} onUndo={() => void undo()} onDismiss={dismissToast} />
    </main>
  );
}
