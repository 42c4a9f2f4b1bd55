import { render } from 'preact';
import { importWithProgress, journalClient } from '../../src/journal/client';
import { loadSettings } from '../../src/settings/store';
import { JournalApp } from '../../src/ui/journal/JournalApp';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css';

// Render at once; the list asks for its first page while settings load
// (loadSettings never rejects: it falls back to defaults).
const days = loadSettings().then((s) => s.losingTouchDays);
render(<JournalApp api={journalClient} losingTouchDays={days} importer={importWithProgress} />, document.getElementById('app') as HTMLElement);
