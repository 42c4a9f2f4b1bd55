// Export (JSON, CSV), import (JSON, merged by id; a progress bar and Cancel
// for big files, while the file is checked and while it is written) and "Delete all journal data" with a confirm step. Results
// are announced politely; problems are alerts, and a failed or cancelled
// import changes nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportReport, JournalApi } from '../../journal/api';
import type { ImportProgress } from '../../journal/importer';
import { downloadText, errorMessage, exportFileName, plural } from './format';

/** Imports with progress reports; rejects with an AbortError when the signal fires (nothing written). */
export type Importer = (text: string, onProgress: (p: ImportProgress) => void, signal: AbortSignal) => Promise<ImportReport>;

export interface DataToolsProps {
  api: Pick<JournalApi, 'exportJson' | 'exportCsv' | 'importJson' | 'clear'>;
  importer?: Importer;
  /** Called after an import or a clear changed the journal. */
  onChanged(): void;
  now: () => Date;
}

export function importReportText(r: ImportReport): string {
  const total = r.added + r.updated + r.unchanged;
  if (total === 0 && r.people === 0) return 'Import finished: the file had no entries.';
  return (
    `Import finished: ${plural(r.added, 'new entry', 'new entries')}, ${r.updated.toLocaleString('en')} updated, ` +
    `${r.unchanged.toLocaleString('en')} already in your journal; ${plural(r.people, 'person', 'people')} in the file.`
  );
}

/** The import's progress in words: reading, checking (people and entries), then writing (entries). */
export function importProgressText(p: ImportProgress): string {
  if (p.phase === 'checking') {
    return p.total > 0 ? `Checking the file: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} people and entries` : 'Reading the file…';
  }
  return `Importing: ${p.done.toLocaleString('en')} of ${plural(p.total, 'entry', 'entries')}`;
}

export function DataTools({ api, importer, onChanged, now }: DataToolsProps) {
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const run = async (work: () => Promise<string>, failurePrefix: string) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setStatus('');
    try {
      setStatus(await work());
    } catch (e) {
      setProblem(`${failurePrefix}${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportJson = () =>
    run(async () => {
      const data = await api.exportJson();
      const name = exportFileName('json', now());
      downloadText(name, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      return `Exported ${plural(data.entries.length, 'entry', 'entries')} and ${plural(data.people.length, 'person', 'people')} to ${name}.`;
    }, 'Export failed: ');

  const exportCsv = () =>
    run(async () => {
      const csv = await api.exportCsv();
      const name = exportFileName('csv', now());
      downloadText(name, csv, 'text/csv;charset=utf-8');
      return `Exported CSV to ${name}.`;
    }, 'Export failed: ');

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      const controller = new AbortController();
      abort.current = controller;
      try {
        const text = await file.text();
        setProgress({ phase: 'checking', done: 0, total: 0 });
        const report = importer ? await importer(text, setProgress, controller.signal) : await api.importJson(text);
        onChanged();
        return importReportText(report);
      } catch (e) {
        if (e instanceof Error && e.name === 'AbortError') return 'Import cancelled; nothing was changed.';
        throw e;
      } finally {
        abort.current = null;
        setProgress(null);
        // Let the same file be chosen again (e.g. after fixing it).
        input.value = '';
      }
    }, 'Nothing was imported. ');
  };

  const clear = () =>
    run(async () => {
      await api.clear();
      setConfirming(false);
      onChanged();
      return 'Your journal is now empty.';
    }, 'Could not delete the journal: ');

  return (
    <section aria-labelledby="data-heading" class="card data-tools">
      <h2 id="data-heading">Your data</h2>
      <p class="hint">
        Everything stays in this browser. Export a copy to keep, or to move your journal to another browser; importing merges by
        entry, so nothing is duplicated.
      </p>
      <div class="actions">
        <button type="button" onClick={() => void exportJson()}>
          Export JSON
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      <div class="field import">
        <label for="import-json">Import JSON</label>
        <input
          id="import-json"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => importFile(e.currentTarget)}
        />
        <span class="hint" id="import-hint">
          A communis-journal file exported before. The whole file is checked first; if anything is wrong, nothing changes.
        </span>
      </div>
      {progress && (
        <div class="import-progress">
          <label for="import-progress">{importProgressText(progress)}</label>
          {/* Indeterminate until the file is read (no total yet), then how far the checking, then the writing, is. */}
          <progress id="import-progress" max={progress.total || undefined} value={progress.total > 0 ? progress.done : undefined} />
          {importer && (
            <button type="button" onClick={() => abort.current?.abort()}>
              Cancel import
            </button>
          )}
        </div>
      )}
      <div role="alert" class="error">
        {problem && <p>{problem}</p>}
      </div>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
      <div class="danger-zone">
        {confirming ? (
          <div role="group" aria-labelledby="confirm-clear" class="confirm">
            <p id="confirm-clear">
              <strong>Delete every entry and person from this browser?</strong> This cannot be undone; export first if you want a copy.
            </p>
            <div class="actions">
              <button type="button" class="danger" onClick={() => void clear()}>
                Yes, delete everything
              </button>
              <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            class="danger"
            ref={deleteRef}
            onClick={() => {
              setStatus('');
              setProblem(null);
              setConfirming(true);
            }}
          >
            Delete all journal data
          </button>
        )}
      </div>
    </section>
  );
}
