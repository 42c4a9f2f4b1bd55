// The journal in and out: JSON export (groups by the rule of groups.ts),
// CSV export, JSON import (checked whole first, then written in one
// transaction: importer.ts), and deleting everything.
import type { ImportReport } from './api';
import { JournalImportError } from './api';
import { entriesToCsv } from './csv';
import { normalizedPeople } from './groups';
import { checkJournalFile, JOURNAL_FORMAT, JOURNAL_VERSION } from './import';
import { cancelled, writeImport, type ImportOptions } from './importer';
import { copyEntry, oldestFirst } from './records';
import type { Session } from './session';
import { rebuildTallies } from './tallies';
import type { JournalExport } from './types';

export function transfer(s: Session) {
  return {
    async exportJson(): Promise<JournalExport> {
      return s.inTx('readonly', async (tx) => {
        // People by id, entries oldest first (sorting here is cheaper than reading through the date index).
        const [people, entries] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('entries').getAll()]);
        entries.sort(oldestFirst);
        // Groups by the rule (groups.ts), so a journal damaged by an older version still exports a file that imports.
        return {
          format: JOURNAL_FORMAT, version: JOURNAL_VERSION, exportedAt: new Date().toISOString(), people: normalizedPeople(people), entries: entries.map(copyEntry),
        };
      });
    },

    async exportCsv(): Promise<string> {
      return s.inTx('readonly', async (tx) => {
        const [people, entries] = await Promise.all([tx.objectStore('people').getAll(), tx.objectStore('entries').getAll()]);
        entries.sort(oldestFirst);
        const map = new Map(people.map((p) => [p.id, p]));
        return entriesToCsv(entries.map((entry) => ({ entry, person: map.get(entry.personId) })));
      });
    },

    async importJson(text: string, opts: ImportOptions = {}): Promise<ImportReport> {
      // Everything that can be checked without the journal, with progress; a cancel here changes nothing.
      const file = await checkJournalFile(text, opts);
      if (opts.signal?.aborted) throw cancelled();
      try {
        return await s.inTx('readwrite', (tx) => writeImport(tx, file, opts));
      } catch (e) {
        if (e instanceof JournalImportError || (e instanceof Error && e.name === 'AbortError')) throw e;
        const why = e instanceof Error ? e.message : String(e);
        throw new JournalImportError(`the journal could not save the import (${why}); nothing was changed`);
      }
    },

    async clear(): Promise<void> {
      await s.inTx('readwrite', async (tx) => {
        await Promise.all([tx.objectStore('people').clear(), tx.objectStore('entries').clear(), tx.objectStore('meta').clear()]);
        await rebuildTallies(tx);
      }, (_, idx) => { idx.rows.length = 0; });
    },
  };
}
