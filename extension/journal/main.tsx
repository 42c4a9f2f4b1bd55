import { render } from 'preact';
import { journalClient } from '../../src/journal/client';
import { loadSettings } from '../../src/settings/store';
import { JournalApp } from '../../src/ui/journal/JournalApp';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css';

// loadSettings never rejects (it falls back to defaults).
void loadSettings().then((settings) => {
  render(<JournalApp api={journalClient} losingTouchDays={settings.losingTouchDays} />, document.getElementById('app') as HTMLElement);
});
