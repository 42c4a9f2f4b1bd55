import { render } from 'preact';
import { OptionsApp } from '../../src/ui/OptionsApp';
import '../../src/ui/page.css';
import '../../src/ui/journal/journal.css'; // .field and .hint for the Reminders section

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
