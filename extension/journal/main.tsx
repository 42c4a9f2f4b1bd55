import { render } from 'preact';
import { importWithProgress, journalClient } from '../../src/journal/client';
import { firstLoad } from '../../src/ui/journal/first-load';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css';

// Ask for the summary and the first page before the app's code loads, so the
// background works while this page fetches, runs and draws it. The
// background applies the user's Reach out size, so this page loads no
// settings code (nor the rules engine that settings are checked against).
const prefetched = firstLoad(journalClient, new Date());
void import('../../src/ui/journal/JournalApp').then(({ JournalApp }) => {
  render(<JournalApp api={journalClient} importer={importWithProgress} prefetched={prefetched} />, document.getElementById('app') as HTMLElement);
});
