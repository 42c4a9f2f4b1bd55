// @vitest-environment happy-dom
// The journal page's habit features against the in-memory fake: Reach out
// with snooze (and #reach-out from the digest), merge suggestions accepted or
// dismissed, merge and split on the person page, when each side last helped,
// import progress with cancel, and Settings → Reminders asking for the
// notification permission only when the digest is switched on.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ImportReport } from '../../../src/journal/api';
import type { ImportProgress } from '../../../src/journal/importer';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { ReminderSettings } from '../../../src/ui/ReminderSettings';
import { JournalApp } from '../../../src/ui/journal/JournalApp';
import type { Person } from '../../../src/journal/types';
import { FakeJournal } from './fake-journal';

const NOW = new Date('2024-03-13T15:00:00Z');
const now = () => NOW;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.location.hash = '';
});

function journal(): FakeJournal {
  const j = new FakeJournal();
  j.seed({ site: 'x', person: '@grace', displayName: 'Grace Hopper', direction: 'received', kind: 'advice', note: 'On compilers', date: '2024-03-10T10:00:00Z' });
  j.seed({ site: 'linkedin', person: 'Grace Hopper', direction: 'gave', kind: 'intro', note: 'Intro to the team', date: '2024-03-05T10:00:00Z' });
  j.seed({ site: 'x', person: '@ada', displayName: 'Ada Lovelace', direction: 'gave', kind: 'reply', note: 'Parsers', date: '2024-01-02T10:00:00Z' });
  return j;
}

const loaded = () =>
  waitFor(() => {
    expect(screen.queryByText('Loading your journal…')).toBeNull();
    expect(document.querySelector('.entries-section .count')?.textContent).not.toBe('Loading entries…');
  });

describe('Reach out', () => {
  test('people to reach out to can be snoozed for 30 days; the list updates', async () => {
    const j = journal();
    j.peopleById.set('x:@ada', { ...(j.peopleById.get('x:@ada') as Person), rhythm: 'monthly', rhythmSetAt: '2024-01-02T10:00:00Z' });
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(within(glance).getByRole('heading', { name: 'Reach out' })).toBeTruthy();
    const reach = within(glance).getByRole('list', { name: 'Reach out' });
    fireEvent.click(within(reach).getByRole('button', { name: 'Snooze Ada Lovelace (@ada) for 30 days' }));
    await waitFor(() => expect(within(glance).queryByRole('button', { name: 'Snooze Ada Lovelace (@ada) for 30 days' })).toBeNull());
    expect(j.calls).toContain('snooze x:@ada 30');
    await waitFor(() => expect(document.querySelector('.sr-only[role="status"]')?.textContent).toBe('Ada Lovelace (@ada) snoozed for 30 days.'));
  });

  test('"Done" logs that you reached out in one step, and the person leaves the list', async () => {
    const j = journal();
    j.peopleById.set('x:@ada', { ...(j.peopleById.get('x:@ada') as Person), rhythm: 'weekly', rhythmSetAt: '2024-01-02T10:00:00Z' });
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    const reach = screen.getByRole('list', { name: 'Reach out' });
    expect(within(reach).getByText(/Overdue/)).toBeTruthy();
    fireEvent.click(within(reach).getByRole('button', { name: 'Done: I reached out to Ada Lovelace (@ada)' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Done: I reached out to Ada Lovelace (@ada)' })).toBeNull());
    const logged = j.entries.at(-1);
    expect(logged).toMatchObject({ personId: 'x:@ada', direction: 'gave', kind: 'other', note: 'Reached out', date: NOW.toISOString() });
    await waitFor(() => expect(document.querySelector('.sr-only[role="status"]')?.textContent).toBe('Logged: you reached out to Ada Lovelace (@ada).'));
  });

  test('someone owed with no rhythm shows the suggested one, not applied until chosen; choosing sets it', async () => {
    const j = journal();
    // Grace on X: four interactions about a week apart (she helped last): weekly is suggested.
    for (const d of ['2024-02-18', '2024-02-25', '2024-03-03']) j.seed({ site: 'x', person: '@grace', direction: 'gave', kind: 'reply', date: `${d}T10:00:00Z` });
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    const reach = screen.getByRole('list', { name: 'Reach out' });
    const select = within(reach).getByRole('combobox', { name: 'Rhythm for Grace Hopper (@grace)' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(within(reach).getByRole('option', { name: 'Not set (suggested: weekly)' })).toBeTruthy();
    expect(reach.textContent).toContain('Suggested: weekly (you are usually in touch every 7 days)');
    expect(j.peopleById.get('x:@grace')?.rhythm).toBeUndefined();
    fireEvent.click(within(reach).getByRole('button', { name: 'Use weekly for Grace Hopper (@grace)' }));
    await waitFor(() => expect(j.peopleById.get('x:@grace')?.rhythm).toBe('weekly'));
    expect(j.calls).toContain('rhythm x:@grace weekly');
    fireEvent.change(within(screen.getByRole('list', { name: 'Reach out' })).getByRole('combobox', { name: 'Rhythm for Grace Hopper (@grace)' }), { target: { value: 'yearly' } });
    await waitFor(() => expect(j.peopleById.get('x:@grace')?.rhythm).toBe('yearly'));
  });

  test('the person page sets a rhythm and says when they are due', async () => {
    const j = journal();
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(screen.getAllByRole('button', { name: 'Ada Lovelace (@ada)' })[0] as HTMLElement);
    const person = await screen.findByRole('region', { name: 'Ada Lovelace (@ada)' });
    expect(person.textContent).toContain('No rhythm set yet, and not enough history to suggest one.');
    fireEvent.change(within(person).getByLabelText('How often to be in touch'), { target: { value: 'quarterly' } });
    await waitFor(() => expect(j.peopleById.get('x:@ada')?.rhythm).toBe('quarterly'));
    // Last in touch 2 January: due 91 days later (2 April), after this Wednesday, 13 March.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Ada Lovelace (@ada)' }).textContent).toMatch(/Next due Apr 2, 2024|Next due 2 Apr 2024/));
  });

  test('opened from the digest (#reach-out), the page puts focus on Reach out', async () => {
    window.location.hash = '#reach-out';
    render(<JournalApp api={journal()} now={now} searchDelayMs={0} />);
    await loaded();
    await waitFor(() => expect(document.activeElement?.id).toBe('reach-out-heading'));
  });
});

describe('one person, many handles', () => {
  test('a suggestion is merged when accepted, and not shown again when dismissed', async () => {
    const j = journal();
    j.seed({ site: 'facebook', person: 'Ada Lovelace', direction: 'received', kind: 'thanks', date: '2024-03-11T10:00:00Z' });
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    const box = screen.getByRole('region', { name: 'Same person?' });
    expect(within(box).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(box).getByRole('button', { name: /^Not the same person: .*Ada Lovelace/ }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Same person?' })).getAllByRole('listitem')).toHaveLength(1));
    fireEvent.click(within(screen.getByRole('region', { name: 'Same person?' })).getByRole('button', { name: /^Merge / }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Same person?' })).toBeNull());
    expect(j.calls.filter((c) => c.startsWith('merge'))).toHaveLength(1);
    expect(j.peopleById.get('linkedin:grace hopper')?.mergedInto ?? j.peopleById.get('x:@grace')?.mergedInto).toBeDefined();
  });

  test('the person page merges with a chosen person (choosing the name), shows both sides\' last help, and splits a handle off', async () => {
    const j = journal();
    render(<JournalApp api={j} now={now} searchDelayMs={0} />);
    await loaded();
    fireEvent.click(within(screen.getByRole('region', { name: 'At a glance' })).getAllByRole('button', { name: 'Grace Hopper (@grace)' })[0] as HTMLElement);
    const person = await screen.findByRole('region', { name: 'Grace Hopper (@grace)' });
    expect(within(person).getByText('They last helped you')).toBeTruthy();
    // Merge with LinkedIn Grace, keeping the LinkedIn name.
    const details = person.querySelector('details.merge') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const select = (await within(person).findByLabelText('Same person as')) as HTMLSelectElement;
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Grace Hopper on LinkedIn' })).toBeTruthy());
    fireEvent.change(select, { target: { value: 'linkedin:grace hopper' } });
    fireEvent.click(within(person).getByRole('radio', { name: 'Grace Hopper' }));
    fireEvent.click(within(person).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(j.calls).toContain('merge linkedin:grace hopper x:@grace'));
    const merged = await screen.findByRole('region', { name: 'Grace Hopper' });
    await waitFor(() => expect(within(merged).getAllByRole('listitem').length).toBeGreaterThan(2));
    const handles = within(merged).getByRole('list', { name: 'Handles' });
    expect(within(handles).getAllByRole('listitem')).toHaveLength(2);
    expect(within(within(merged).getByRole('list', { name: 'History' })).getAllByRole('listitem')).toHaveLength(2);
    // Split X off again.
    fireEvent.click(within(handles).getByRole('button', { name: /^Split @grace on X \(Twitter\) off/ }));
    await waitFor(() => expect(j.calls).toContain('split x:@grace'));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Handles' })).getAllByRole('listitem')).toHaveLength(1));
  });
});

/** Starts an import of a file with an importer that only reports what the test tells it, until cancelled. */
async function startImport() {
  let progress: ((p: ImportProgress) => void) | undefined;
  let signal: AbortSignal | undefined;
  const importer = vi.fn((_text: string, onProgress: (p: ImportProgress) => void, s: AbortSignal) => {
    progress = onProgress;
    signal = s;
    return new Promise<ImportReport>((_resolve, reject) => s.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { name: 'AbortError' }))));
  });
  render(<JournalApp api={journal()} now={now} searchDelayMs={0} importer={importer} />);
  await loaded();
  const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'big.json')], configurable: true });
  fireEvent.change(input);
  await waitFor(() => expect(importer).toHaveBeenCalled());
  return { progress: (p: ImportProgress) => progress?.(p), aborted: () => signal?.aborted };
}

describe('import progress', () => {
  test('a progress bar while importing, and Cancel stops it with nothing changed', async () => {
    const run = await startImport();
    run.progress({ phase: 'writing', done: 2000, total: 100_000 });
    const bar = (await screen.findByLabelText('Importing: 2,000 of 100,000 entries')) as HTMLProgressElement;
    expect(bar.tagName.toLowerCase()).toBe('progress');
    expect(bar.getAttribute('max')).toBe('100000');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(run.aborted()).toBe(true);
    await screen.findByText('Import cancelled; nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
  });

  test('while the file is checked: how far, on a bar with a maximum, and Cancel stops it there', async () => {
    const run = await startImport();
    expect(screen.getByLabelText('Reading the file…').hasAttribute('value')).toBe(false); // no total yet: indeterminate
    run.progress({ phase: 'checking', done: 4000, total: 100_800 });
    const bar = (await screen.findByLabelText('Checking the file: 4,000 of 100,800 people and entries')) as HTMLProgressElement;
    expect([bar.getAttribute('max'), bar.getAttribute('value')]).toEqual(['100800', '4000']);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(run.aborted()).toBe(true);
    await screen.findByText('Import cancelled; nothing was changed.');
  });
});

describe('Settings → Reminders', () => {
  function setup(granted: boolean, start: Partial<Settings> = {}) {
    const permissions = { request: vi.fn(async () => granted), remove: vi.fn(async () => true) };
    const saved: Settings[] = [];
    const settings = { ...defaultSettings(), ...start };
    render(<ReminderSettings settings={settings} onChange={(s) => saved.push(s)} permissions={permissions} />);
    return { permissions, saved };
  }

  test('switching the digest on asks for the notification permission, and saves only when granted', async () => {
    const yes = setup(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly digest notification' }));
    expect(yes.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(() => expect(yes.saved.at(-1)?.digest).toBe(true));
    cleanup();
    const no = setup(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly digest notification' }));
    await screen.findByText('The browser did not allow notifications, so the digest stays off.');
    expect(no.saved).toEqual([]);
  });

  test('switching it off gives the permission back', () => {
    const on = setup(true, { digest: true });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Weekly digest notification' }));
    expect(on.saved.at(-1)?.digest).toBe(false);
    expect(on.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(on.permissions.request).not.toHaveBeenCalled();
  });

  test.each([['0'], ['10'], ['2.5'], [''], ['abc']])('Reach out size %j: a clear message, nothing saved', (typed) => {
    const s = setup(true);
    const size = screen.getByLabelText('People in Reach out (at most)') as HTMLInputElement;
    fireEvent.change(size, { target: { value: typed } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of people from 1 to 9; Reach out still shows 5.');
    expect(s.saved).toEqual([]);
  });

  test('Reach out size: a whole number from 1 to 9, saved as typed', () => {
    const s = setup(true);
    fireEvent.change(screen.getByLabelText('People in Reach out (at most)'), { target: { value: '3' } });
    expect(s.saved.at(-1)?.reachOutLimit).toBe(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
