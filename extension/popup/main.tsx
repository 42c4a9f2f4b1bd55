import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
