// @vitest-environment happy-dom
// Quick add: validation (alert + focus on the first bad field), Enter
// submits, defaults from props, polite success message and a reset form.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { QuickAdd } from '../../../src/ui/journal/QuickAdd';
import { localDay } from '../../../src/ui/journal/format';
import { FakeJournal } from './fake-journal';

afterEach(cleanup);

const NOW = new Date('2024-03-13T15:00:00Z');
const now = () => NOW;
const form = () => screen.getByRole('form', { name: 'Log help' });
const person = () => screen.getByLabelText('Person') as HTMLInputElement;
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('QuickAdd', () => {
  test('every field has a label, with sensible defaults', () => {
    render(<QuickAdd api={new FakeJournal()} now={now} />);
    expect(person().value).toBe('');
    expect((screen.getByLabelText('Site') as HTMLSelectElement).value).toBe('x');
    expect((screen.getByLabelText('I helped them') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('They helped me') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('reply');
    expect(screen.getByLabelText('Note')).toBeTruthy();
    expect(screen.getByLabelText('Link (optional)')).toBeTruthy();
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe(localDay(NOW));
    expect(screen.getByRole('button', { name: 'Log help' })).toBeTruthy();
    const site = screen.getByLabelText('Site') as HTMLSelectElement;
    expect([...site.options].map((o) => o.text)).toEqual(['X (Twitter)', 'Facebook', 'LinkedIn', 'Bluesky', 'Mastodon', 'Threads']);
    const kind = screen.getByLabelText('Kind') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.value)).toEqual(['reply', 'comment', 'intro', 'advice', 'share', 'thanks', 'other']);
  });

  test('a missing person is an alert and focus goes to Person; nothing is stored', async () => {
    const api = new FakeJournal();
    const add = vi.spyOn(api, 'addEntry');
    render(<QuickAdd api={api} now={now} />);
    fireEvent.click(screen.getByRole('button', { name: 'Log help' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Person is required'));
    await waitFor(() => expect(document.activeElement).toBe(person()));
    expect(person().getAttribute('aria-invalid')).toBe('true');
    expect(person().getAttribute('aria-describedby')).toContain('person-error');
    expect(add).not.toHaveBeenCalled();
  });

  test('a link that is not http(s) is rejected with focus on the link field', async () => {
    const api = new FakeJournal();
    render(<QuickAdd api={api} now={now} />);
    type(person(), '@ada');
    const link = screen.getByLabelText('Link (optional)');
    type(link, 'javascript:alert(1)');
    fireEvent.submit(form());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('http:// or https://'));
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(api.entries).toHaveLength(0);

    type(link, 'not a url');
    fireEvent.submit(form());
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(api.entries).toHaveLength(0);
  });

  test('several problems are listed together; focus goes to the first', async () => {
    render(<QuickAdd api={new FakeJournal()} now={now} />);
    type(screen.getByLabelText('Link (optional)'), 'ftp://example.com');
    type(screen.getByLabelText('Date'), '2999-01-01');
    fireEvent.submit(form());
    const alert = await screen.findByText(/Please fix these 3 things/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Date cannot be in the future');
    await waitFor(() => expect(document.activeElement).toBe(person()));
  });

  test('Enter in the note submits; defaults from props; success is announced and the form resets', async () => {
    const api = new FakeJournal();
    const onAdded = vi.fn();
    render(<QuickAdd api={api} now={now} defaultSite="linkedin" defaultKind="advice" onAdded={onAdded} />);
    expect((screen.getByLabelText('Site') as HTMLSelectElement).value).toBe('linkedin');
    type(person(), '  Ada Lovelace ');
    fireEvent.click(screen.getByLabelText('They helped me'));
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    type(note, 'Reviewed my talk');
    fireEvent.keyDown(note, { key: 'Enter' });
    await waitFor(() => expect(api.entries).toHaveLength(1));
    const [e] = api.entries;
    expect(e).toMatchObject({ site: 'linkedin', direction: 'received', kind: 'advice', note: 'Reviewed my talk', date: NOW.toISOString() });
    expect(e?.link).toBeUndefined();
    expect(api.peopleById.get('linkedin:ada lovelace')?.handle).toBe('Ada Lovelace');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Logged: Ada Lovelace helped you (advice).'));
    expect(onAdded).toHaveBeenCalledOnce();
    // Reset: empty person (focused), defaults back, no errors.
    expect(person().value).toBe('');
    expect(document.activeElement).toBe(person());
    expect(note.value).toBe('');
    expect((screen.getByLabelText('I helped them') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Site') as HTMLSelectElement).value).toBe('linkedin');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  test('Shift+Enter in the note does not submit', () => {
    const api = new FakeJournal();
    const add = vi.spyOn(api, 'addEntry');
    render(<QuickAdd api={api} now={now} />);
    type(person(), '@ada');
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Enter', shiftKey: true });
    expect(add).not.toHaveBeenCalled();
  });

  test('submitting the form (Enter in a field) stores site, kind, link and a past date', async () => {
    const api = new FakeJournal();
    render(<QuickAdd api={api} now={now} />);
    type(person(), '@grace');
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'intro' } });
    type(screen.getByLabelText('Link (optional)'), 'https://x.com/grace/status/1');
    type(screen.getByLabelText('Date'), '2024-03-01');
    fireEvent.submit(form());
    await waitFor(() => expect(api.entries).toHaveLength(1));
    const [e] = api.entries;
    expect(e).toMatchObject({ site: 'x', direction: 'gave', kind: 'intro', link: 'https://x.com/grace/status/1' });
    expect(localDay(new Date(e?.date ?? ''))).toBe('2024-03-01');
    expect(screen.getByRole('status').textContent).toBe('Logged: you helped @grace (intro).');
  });

  test('a failure from the journal is an alert and keeps what was typed', async () => {
    const api = new FakeJournal();
    vi.spyOn(api, 'addEntry').mockRejectedValue(new Error('the journal is busy'));
    render(<QuickAdd api={api} now={now} />);
    type(person(), '@ada');
    fireEvent.submit(form());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Could not log this: the journal is busy'));
    expect(person().value).toBe('@ada');
  });

  test('compact mode (popup) keeps labels, puts note and link under a disclosure', async () => {
    const api = new FakeJournal();
    render(<QuickAdd api={api} now={now} compact title="Log help" headingLevel={3} defaultPerson="@ada" defaultSite="x" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Log help' })).toBeTruthy();
    expect(person().value).toBe('@ada');
    const details = form().querySelector('details');
    expect(details).toBeTruthy();
    expect(within(details as HTMLElement).getByLabelText('Note')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log help' }));
    await waitFor(() => expect(api.entries).toHaveLength(1));
    expect(person().value).toBe('');
  });
});
