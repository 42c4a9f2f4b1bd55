import { render } from 'preact';
import { importWithProgress, journalClient } from '../../src/journal/client';
import { CHART_WEEKS, JournalApp } from '../../src/ui/journal/JournalApp';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css';

// Ask for the summary and the first page before the first render, so the
// background works while the page draws. The background applies the user's
// Reach out size, so this page loads no settings code (nor the rules
// engine that settings are checked against).
const prefetched = {
  overview: journalClient.overview({ now: new Date().toISOString(), weeks: CHART_WEEKS, limit: 5 }),
  firstPage: journalClient.listEntries({ offset: 0, limit: 50 }),
};
prefetched.overview.catch(() => undefined); // the page reports failures itself
prefetched.firstPage.catch(() => undefined);
render(<JournalApp api={journalClient} importer={importWithProgress} prefetched={prefetched} />, document.getElementById('app') as HTMLElement);
