// @vitest-environment happy-dom
// The journal page against an in-memory JournalApi: balance at a glance,
// Reach out, the 12-week chart and its table, list + search +
// filters, edit, delete with undo, per-person view, export, import (success
// and error), delete all, and the first-run empty state.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { JournalImportError } from '../../../src/journal/api';
import { FIRST_ROWS } from '../../../src/ui/journal/EntryList';
import { JournalApp } from '../../../src/ui/journal/JournalApp';
import { localDay } from '../../../src/ui/journal/format';
import type { Person } from '../../../src/journal/types';
import { FakeJournal } from './fake-journal';

const NOW = new Date('2024-03-13T15:00:00Z'); // a Wednesday
const now = () => NOW;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function journal(): FakeJournal {
  const j = new FakeJournal();
  j.seed({ site: 'x', person: '@ada', displayName: 'Ada Lovelace', direction: 'gave', kind: 'reply', note: 'Answered her question about parsers', date: '2024-03-12T10:00:00Z' });
  j.seed({ site: 'x', person: '@ada', displayName: 'Ada Lovelace', direction: 'received', kind: 'advice', note: 'Tips on my talk', link: 'https://x.com/ada/status/1', date: '2024-03-01T10:00:00Z' });
  j.seed({ site: 'linkedin', person: 'Grace Hopper', direction: 'received', kind: 'intro', note: 'Introduced me to the compiler team', date: '2024-03-11T10:00:00Z' });
  j.seed({ site: 'facebook', person: 'bob', direction: 'gave', kind: 'share', note: 'Shared his fundraiser', date: '2024-01-02T10:00:00Z' });
  j.seed({ site: 'x', person: '@alan', direction: 'gave', kind: 'comment', note: 'Kind words on his thread', date: '2024-03-13T09:00:00Z' });
  return j;
}

function setup(j: FakeJournal = journal(), props: Partial<Parameters<typeof JournalApp>[0]> = {}) {
  render(<JournalApp api={j} now={now} searchDelayMs={0} {...props} />);
  return j;
}

const entriesSection = () => screen.getByRole('region', { name: 'Entries' });
const entryItems = () => within(within(entriesSection()).getByRole('list')).getAllByRole('listitem');
const countText = () => within(entriesSection()).getAllByRole('status')[0]?.textContent;
/** The list and the summary have both arrived (they load in parallel). */
const loaded = () =>
  waitFor(() => {
    expect(countText()).not.toBe('Loading entries…');
    expect(screen.queryByText('Loading your journal…')).toBeNull();
  });

describe('JournalApp overview', () => {
  test('heading, balance at a glance in words, and Reach out: owed people, then those due by their rhythm', async () => {
    const j = journal();
    j.peopleById.set('facebook:bob', { ...(j.peopleById.get('facebook:bob') as Person), rhythm: 'monthly', rhythmSetAt: '2024-01-02T10:00:00Z' });
    setup(j);
    expect(screen.getByRole('heading', { level: 1, name: 'Journal' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    await loaded();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    // This week (from Monday 2024-03-11): gave 2 (ada, alan), received 1 (grace). Overall: gave 3, received 2.
    expect(glance.textContent).toContain('You gave 2 and received 1 — a good balance.');
    expect(glance.textContent).toContain('You gave 3 and received 2 — a good balance.');
    const reach = within(glance).getByRole('list', { name: 'Reach out' });
    const items = within(reach).getAllByRole('listitem');
    // bob: monthly, last 2 January, so 71 days: (71 − 30) / 30 ≈ 1.4, overdue; Grace: owed (0.5 + 0.1); Ada helped back since; Alan no rhythm.
    expect(items.map((li) => li.querySelector('.person')?.textContent)).toEqual(['bob', 'Grace Hopper']);
    expect(items[0]?.textContent).toContain('Overdue');
    expect(items[0]?.textContent).toContain('monthly rhythm, due since');
    expect(items[1]?.textContent).toContain('Owed');
    expect(items[1]?.textContent).toContain('helped you 2 days ago and heard nothing back');
  });

  test('the Reach out size comes from the prop', async () => {
    const j = journal();
    for (const id of ['facebook:bob', 'x:@ada', 'x:@alan']) j.peopleById.set(id, { ...(j.peopleById.get(id) as Person), rhythm: 'weekly', rhythmSetAt: '2024-01-02T10:00:00Z' });
    setup(j, { reachOutLimit: 1 });
    await loaded();
    expect(within(screen.getByRole('list', { name: 'Reach out' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText(/The 1 person most worth a message now/)).toBeTruthy();
    cleanup();
    setup(j, { reachOutLimit: 9 });
    // bob (overdue) and Grace (owed); Ada and Alan are in touch within their week.
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Reach out' })).getAllByRole('listitem')).toHaveLength(2));
  });

  test('a giver is called a giver', async () => {
    const j = new FakeJournal();
    for (let i = 0; i < 12; i++) j.seed({ site: 'x', person: `@p${i}`, direction: 'gave', kind: 'reply', date: '2024-03-12T10:00:00Z' });
    for (let i = 0; i < 9; i++) j.seed({ site: 'x', person: `@q${i}`, direction: i < 2 ? 'received' : 'gave', kind: 'thanks', date: '2024-02-12T10:00:00Z' });
    setup(j);
    await loaded();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    expect(glance.textContent).toContain('You gave 12 and received 0 — a giver lately.');
    expect(glance.textContent).toContain('You gave 19 and received 2 — a giver.');
  });
});

describe('weekly chart', () => {
  test('12 weeks of grouped bars with a summary label, and a table with the same numbers', async () => {
    const j = setup();
    await loaded();
    const chart = screen.getByRole('img', { name: /per week/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label).toContain('last 12 weeks');
    expect(label).toContain('you gave 3 and received 2 in total');
    const groups = chart.querySelectorAll('g.week');
    expect(groups).toHaveLength(12);
    const weeks = await j.weekly(12, NOW.toISOString());
    expect([...groups].map((g) => g.getAttribute('data-week'))).toEqual(weeks.map((w) => w.week));
    expect(weeks.at(-1)?.week).toBe('2024-03-11');
    // Bars only where there is something to show.
    expect(chart.querySelectorAll('rect.bar.gave')).toHaveLength(weeks.filter((w) => w.gave > 0).length);
    expect(chart.querySelectorAll('rect.bar.received')).toHaveLength(weeks.filter((w) => w.received > 0).length);

    const table = screen.getByRole('table', { name: /Gave and received per week/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const header = within(rows[0] as HTMLElement).getAllByRole('columnheader');
    expect(header).toHaveLength(13);
    expect(header.slice(1).map((th) => th.querySelector('time')?.getAttribute('datetime'))).toEqual(weeks.map((w) => w.week));
    const cells = (row: number) => within(rows[row] as HTMLElement).getAllByRole('cell').map((td) => Number(td.textContent));
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toBe('Gave');
    expect(cells(1)).toEqual(weeks.map((w) => w.gave));
    expect(cells(2)).toEqual(weeks.map((w) => w.received));
    expect(cells(1).at(-1)).toBe(2);
    expect(cells(2).at(-1)).toBe(1);
    // The running balance: gave minus received over the whole journal, week by week.
    expect(within(rows[3] as HTMLElement).getByRole('rowheader').textContent).toBe('Running balance');
    expect(cells(3)).toEqual(weeks.map((w) => w.running));
    expect(cells(3).at(-1)).toBe(1); // 3 given, 2 received in all
    const line = screen.getByRole('img', { name: /Running balance/ });
    expect(line.getAttribute('aria-label')).toContain('1 more given than received by the week of');
    expect(line.querySelectorAll('circle')).toHaveLength(12);
  });
});

describe('entries list', () => {
  test('newest first with the total count; search and filters', async () => {
    setup();
    await loaded();
    expect(countText()).toBe('5 entries.');
    expect(entryItems().map((li) => li.textContent)).toEqual([
      expect.stringContaining('Kind words'),
      expect.stringContaining('Answered her question'),
      expect.stringContaining('compiler team'),
      expect.stringContaining('Tips on my talk'),
      expect.stringContaining('fundraiser'),
    ]);

    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'ada' } });
    await waitFor(() => expect(countText()).toBe('2 entries match.'));
    expect(entryItems()).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('Filter by direction'), { target: { value: 'received' } });
    await waitFor(() => expect(countText()).toBe('1 entry match.'));
    expect(entryItems()[0]?.textContent).toContain('Tips on my talk');

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(countText()).toBe('5 entries.'));
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('');

    fireEvent.change(screen.getByLabelText('Filter by site'), { target: { value: 'x' } });
    await waitFor(() => expect(countText()).toBe('3 entries match.'));
    fireEvent.change(screen.getByLabelText('Filter by kind'), { target: { value: 'comment' } });
    await waitFor(() => expect(countText()).toBe('1 entry match.'));
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));

    fireEvent.input(screen.getByLabelText('From date'), { target: { value: '2024-03-02' } });
    fireEvent.input(screen.getByLabelText('To date'), { target: { value: '2024-03-12' } });
    await waitFor(() => expect(countText()).toBe('2 entries match.'));

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'nobody-like-this' } });
    await waitFor(() => expect(countText()).toBe('No entries match your search and filters.'));
  });

  test('with a pause set, search waits for it and asks once', async () => {
    const j = journal();
    const list = vi.spyOn(j, 'listEntries');
    setup(j, { searchDelayMs: 60 });
    await loaded();
    await waitFor(() => expect(countText()).toBe('5 entries.'));
    const before = list.mock.calls.length;
    const box = screen.getByLabelText('Search');
    for (const v of ['g', 'gr', 'gra', 'grac']) fireEvent.input(box, { target: { value: v } });
    expect(list.mock.calls.length).toBe(before);
    await waitFor(() => expect(countText()).toBe('1 entry match.'));
    expect(list.mock.calls.slice(before).map(([f]) => f.text)).toEqual(['grac']);
  });

  test('pages of 50 with the total; next and previous', async () => {
    const j = new FakeJournal();
    for (let i = 0; i < 120; i++) {
      j.seed({ site: 'x', person: `@p${i % 7}`, direction: 'gave', kind: 'reply', note: `n${i}`, date: new Date(NOW.getTime() - i * 3_600_000).toISOString() });
    }
    setup(j);
    await loaded();
    await waitFor(() => expect(countText()).toBe('Showing 1–50 of 120 entries.'));
    await waitFor(() => expect(entryItems()).toHaveLength(50));
    const pager = screen.getByRole('navigation', { name: 'Entry pages' });
    expect(pager.textContent).toContain('Page 1 of 3');
    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(countText()).toBe('Showing 51–100 of 120 entries.'));
    expect(entryItems()[0]?.textContent).toContain('n50');
    fireEvent.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(entryItems()).toHaveLength(20));
    expect((within(pager).getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(pager).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(countText()).toBe('Showing 51–100 of 120 entries.'));
  });

  test('a new page of results shows a screenful of rows first, then the rest; a reload of the same page keeps every row', async () => {
    const j = new FakeJournal();
    for (let i = 0; i < 120; i++) {
      j.seed({ site: 'x', person: `@p${i % 7}`, direction: 'gave', kind: 'reply', note: `n${i}`, date: new Date(NOW.getTime() - i * 3_600_000).toISOString() });
    }
    const seen: number[] = []; // the number of rows after each change of the list
    const watch = new MutationObserver(() => {
      const n = document.querySelectorAll('ol.entries > li').length;
      if (n > 0 && seen.at(-1) !== n) seen.push(n);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    setup(j);
    await waitFor(() => expect(entryItems()).toHaveLength(50));
    expect(seen.slice(0, 2)).toEqual([FIRST_ROWS, 50]);
    seen.length = 0;
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Entry pages' })).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(countText()).toBe('Showing 51–100 of 120 entries.'));
    await waitFor(() => expect(entryItems()).toHaveLength(50));
    expect(seen).toEqual([FIRST_ROWS, 50]);
    // Editing the 20th row and saving reloads the same page: every row stays, and focus returns to its Edit button.
    seen.length = 0;
    const row = entryItems()[19] as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    fireEvent.input(within(entryItems()[19] as HTMLElement).getByLabelText('Note'), { target: { value: 'n69 edited' } });
    fireEvent.click(within(entryItems()[19] as HTMLElement).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(entryItems()[19]?.textContent).toContain('n69 edited'));
    expect(seen.every((n) => n === 50)).toBe(true);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));
    expect(entryItems()[19]?.contains(document.activeElement)).toBe(true);
    watch.disconnect();
  });

  test('the rest of the rows wait for a task of their own, not the effects that run once the first screenful is painted', async () => {
    const j = new FakeJournal();
    for (let i = 0; i < 120; i++) {
      j.seed({ site: 'x', person: `@p${i % 7}`, direction: 'gave', kind: 'reply', note: `n${i}`, date: new Date(NOW.getTime() - i * 3_600_000).toISOString() });
    }
    // Frames by hand: Preact runs effects from the frame after a render; here that frame comes when the test says.
    const frames: Array<() => void> = [];
    const browserFrame = options.requestAnimationFrame;
    options.requestAnimationFrame = (cb) => void frames.push(cb);
    try {
      setup(j);
      await waitFor(() => expect(entryItems()).toHaveLength(FIRST_ROWS));
      for (const cb of frames.splice(0)) cb(); // the frame is painted: effects run
      await new Promise<void>((r) => queueMicrotask(r)); // a render those effects asked for would be done by now
      expect(entryItems()).toHaveLength(FIRST_ROWS); // so a task already queued (a keystroke) goes first
      await waitFor(() => expect(entryItems()).toHaveLength(50));
    } finally {
      options.requestAnimationFrame = browserFrame;
    }
  });

  test('user text is text: notes and links never become markup; only http(s) links are clickable', async () => {
    const j = new FakeJournal();
    j.seed({ site: 'x', person: '@eve', direction: 'gave', kind: 'other', note: '<img src=x onerror=alert(1)>', link: 'javascript:alert(1)', date: '2024-03-12T10:00:00Z' });
    setup(j);
    await loaded();
    const item = entryItems()[0] as HTMLElement;
    expect(item.querySelector('img')).toBeNull();
    expect(item.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(item.querySelector('a')).toBeNull();
    expect(item.textContent).toContain('javascript:alert(1)');
  });
});

describe('entries list: search as you type', () => {
  type Answer = Awaited<ReturnType<FakeJournal['listEntries']>>;
  /** listEntries answers only when the test says so, in any order. */
  function heldJournal() {
    const j = journal();
    const real = j.listEntries.bind(j);
    const held: Array<{ text: string | undefined; site: string | undefined; release(): Promise<void> }> = [];
    let holding = false;
    vi.spyOn(j, 'listEntries').mockImplementation((f) => {
      if (!holding) return real(f);
      return new Promise<Answer>((resolve) => {
        held.push({ text: f.text, site: f.site, release: async () => resolve(await real(f)) });
      });
    });
    return { j, held, hold: () => { holding = true; } };
  }
  const renderDefault = (j: FakeJournal) => render(<JournalApp api={j} now={now} />); // the page's own defaults

  test('a keystroke asks at once, with no pause', async () => {
    const { j, held, hold } = heldJournal();
    renderDefault(j);
    await loaded();
    hold();
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'grace' } });
    expect(held.map((h) => h.text)).toEqual(['grace']);
    await held[0]?.release();
    await waitFor(() => expect(countText()).toBe('1 entry match.'));
  });

  test('typing while a search is under way: one at a time, the newest next, the overtaken answer never shown', async () => {
    const { j, held, hold } = heldJournal();
    renderDefault(j);
    await loaded();
    await waitFor(() => expect(countText()).toBe('5 entries.'));
    hold();
    const box = screen.getByLabelText('Search');
    for (const v of ['a', 'ad', 'ada']) fireEvent.input(box, { target: { value: v } });
    expect(held.map((h) => h.text)).toEqual(['a']);
    await held[0]?.release(); // "a" matches 4 entries: out of date, not shown
    await waitFor(() => expect(held.map((h) => h.text)).toEqual(['a', 'ada']));
    expect(countText()).toBe('5 entries.');
    await held[1]?.release();
    await waitFor(() => expect(countText()).toBe('2 entries match.'));
    expect(entryItems()).toHaveLength(2);
  });

  test('while a filter is on its way, the count still describes the rows shown', async () => {
    const { j, held, hold } = heldJournal();
    renderDefault(j);
    await loaded();
    await waitFor(() => expect(countText()).toBe('5 entries.'));
    hold();
    fireEvent.change(screen.getByLabelText('Filter by site'), { target: { value: 'x' } });
    expect(held.map((h) => h.site)).toEqual(['x']);
    expect(countText()).toBe('5 entries.');
    expect(entryItems()).toHaveLength(5);
    await held[0]?.release();
    await waitFor(() => expect(countText()).toBe('3 entries match.'));
  });
});

describe('edit', () => {
  test('inline edit of direction, kind, note, link and date; focus returns to Edit', async () => {
    const j = setup();
    await loaded();
    const item = entryItems()[2] as HTMLElement; // Grace, received intro
    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Edit entry: Grace Hopper helped you' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('They helped me')));
    fireEvent.click(within(form).getByLabelText('I helped them'));
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'thanks' } });
    fireEvent.input(within(form).getByLabelText('Note'), { target: { value: 'Thanked her for the intro' } });
    fireEvent.input(within(form).getByLabelText('Link (optional)'), { target: { value: 'https://linkedin.com/in/grace' } });
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2024-03-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Edit entry/ })).toBeNull());
    const saved = j.entries.find((e) => e.personId === 'linkedin:grace hopper');
    expect(saved).toMatchObject({ direction: 'gave', kind: 'thanks', note: 'Thanked her for the intro', link: 'https://linkedin.com/in/grace' });
    expect(localDay(new Date(saved?.date ?? ''))).toBe('2024-03-10');
    await waitFor(() => expect(entriesSection().textContent).toContain('Thanked her for the intro'));
    const row = entryItems().find((li) => li.textContent?.includes('Thanked her')) as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(within(row).getByRole('button', { name: 'Edit' })));
    // Balance updated too: overall now gave 4, received 1.
    await waitFor(() => expect(screen.getByRole('region', { name: 'At a glance' }).textContent).toContain('You gave 4 and received 1'));
  });

  test('an unchanged date keeps the exact time; a bad link is refused; Escape cancels', async () => {
    const j = setup();
    await loaded();
    const update = vi.spyOn(j, 'updateEntry');
    fireEvent.click(within(entryItems()[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
    let form = await screen.findByRole('form', { name: /Edit entry/ });
    fireEvent.input(within(form).getByLabelText('Link (optional)'), { target: { value: 'data:text/html,hi' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('http:// or https://'));
    expect(update).not.toHaveBeenCalled();
    fireEvent.keyDown(within(form).getByLabelText('Note'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('form', { name: /Edit entry/ })).toBeNull());

    fireEvent.click(within(entryItems()[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
    form = await screen.findByRole('form', { name: /Edit entry/ });
    fireEvent.input(within(form).getByLabelText('Note'), { target: { value: 'Kind words, again' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledOnce());
    expect(update.mock.calls[0]?.[0]).toEqual({
      id: 'e000005',
      personId: 'x:@alan',
      site: 'x',
      direction: 'gave',
      kind: 'comment',
      note: 'Kind words, again',
      date: '2024-03-13T09:00:00Z',
    });
  });
});

describe('delete with undo', () => {
  test('delete shows "Entry deleted" with Undo (focused); Undo restores the entry', async () => {
    const j = setup();
    await loaded();
    const restore = vi.spyOn(j, 'restoreEntry');
    fireEvent.click(within(entryItems()[1] as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(countText()).toBe('4 entries.'));
    expect(j.entries.some((e) => e.note.startsWith('Answered'))).toBe(false);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(undo.closest('[role="status"]')?.textContent).toContain('Entry deleted');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(countText()).toBe('5 entries.'));
    expect(restore).toHaveBeenCalledWith(expect.objectContaining({ note: 'Answered her question about parsers', date: '2024-03-12T10:00:00Z' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(entryItems()[1]?.textContent).toContain('Answered her question');
  });

  test('the toast goes away on its own once focus has left it', async () => {
    setup(journal(), { undoMs: 40 });
    await loaded();
    fireEvent.click(within(entryItems()[0] as HTMLElement).getByRole('button', { name: 'Delete' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await new Promise((r) => setTimeout(r, 80));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeTruthy(); // paused while focused
    (screen.getByLabelText('Search') as HTMLInputElement).focus();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  });
});

describe('per-person view', () => {
  test('name → history, balance, first seen, last interaction; back returns focus', async () => {
    setup();
    await loaded();
    const nameButton = within(entryItems()[1] as HTMLElement).getByRole('button', { name: 'Ada Lovelace (@ada)' });
    nameButton.focus();
    fireEvent.click(nameButton);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Ada Lovelace (@ada)' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('region', { name: 'Entries' })).toBeNull(); // overview hidden
    const view = screen.getByRole('region', { name: 'Ada Lovelace (@ada)' });
    expect(view.textContent).toContain('You helped them 1 time; they helped you 1 time');
    expect(within(view).getByText('First seen').nextElementSibling?.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-01T10:00:00Z');
    expect(within(view).getByText('Last interaction').nextElementSibling?.textContent).toContain('yesterday');
    const history = within(view).getByRole('list', { name: 'History' });
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Answered her question'),
      expect.stringContaining('Tips on my talk'),
    ]);
    // Only http(s) links are links.
    expect(within(history).getByRole('link', { name: 'https://x.com/ada/status/1' }).getAttribute('rel')).toContain('noopener');

    fireEvent.click(within(view).getByRole('button', { name: /Back to all entries/ }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Entries' })).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Ada Lovelace (@ada)' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(nameButton));
  });

  test('opening a person from "People you owe"', async () => {
    setup();
    await loaded();
    fireEvent.click(within(screen.getByRole('list', { name: 'Reach out' })).getByRole('button', { name: 'Grace Hopper' }));
    const view = await screen.findByRole('region', { name: 'Grace Hopper' });
    expect(view.textContent).toContain('LinkedIn');
    expect(view.textContent).toContain('You helped them 0 times; they helped you 1 time');
  });
});

describe('export', () => {
  let blobs: Blob[];
  let names: string[];
  beforeEach(() => {
    blobs = [];
    names = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return `blob:communis/${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });

  test('Export JSON downloads communis-journal-YYYY-MM-DD.json with everything', async () => {
    const j = setup();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const file = `communis-journal-${localDay(NOW)}.json`;
    await waitFor(() => expect(names).toEqual([file]));
    const data = JSON.parse(await (blobs[0] as Blob).text());
    expect(data).toMatchObject({ format: 'communis-journal', version: 2 });
    expect(data.entries).toHaveLength(j.entries.length);
    expect(data.people).toHaveLength(4);
    expect((blobs[0] as Blob).type).toContain('application/json');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Your data' }).textContent).toContain(`Exported 5 entries and 4 people to ${file}.`));
    expect(document.querySelector('a[download]')).toBeNull(); // the temporary link is gone
  });

  test('Export CSV downloads communis-journal-YYYY-MM-DD.csv', async () => {
    setup();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(names).toEqual([`communis-journal-${localDay(NOW)}.csv`]));
    const text = await (blobs[0] as Blob).text();
    expect(text.split('\n')[0]).toBe('id,date,site,person,direction,kind,note,link');
    expect((blobs[0] as Blob).type).toContain('text/csv');
  });
});

function chooseFile(text: string, name = 'journal.json') {
  const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import', () => {
  test('a good file is merged and reported in words', async () => {
    const j = setup();
    await loaded();
    const other = new FakeJournal();
    other.seed({ site: 'x', person: '@katherine', direction: 'received', kind: 'advice', note: 'Orbital maths help', date: '2024-03-12T11:00:00Z' });
    const exported = await other.exportJson();
    const mine = await j.exportJson();
    chooseFile(JSON.stringify({ ...exported, people: [...exported.people, ...mine.people], entries: [...exported.entries.map((e) => ({ ...e, id: 'k1' })), ...mine.entries] }));
    const data = screen.getByRole('region', { name: 'Your data' });
    await waitFor(() =>
      expect(within(data).getAllByRole('status')[0]?.textContent).toBe('Import finished: 1 new entry, 0 updated, 5 already in your journal; 5 people in the file.'),
    );
    await waitFor(() => expect(countText()).toBe('6 entries.'));
    expect(entriesSection().textContent).toContain('Orbital maths help');
  });

  test('a broken file shows the error in an alert and nothing else changes', async () => {
    const j = setup();
    await loaded();
    const before = { glance: screen.getByRole('region', { name: 'At a glance' }).textContent, list: entriesSection().textContent };
    const entries = structuredClone(j.entries);
    const calls = { list: vi.spyOn(j, 'listEntries'), overview: vi.spyOn(j, 'overview') };
    chooseFile('{"format":"communis-journal","version":3,"people":[],"entries":[]}');
    const alert = await waitFor(() => {
      const a = within(screen.getByRole('region', { name: 'Your data' })).getByRole('alert');
      expect(a.textContent).toContain('version: version 3 is not supported');
      return a;
    });
    expect(alert.textContent).toContain('Nothing was imported.');
    expect(j.entries).toEqual(entries);
    expect(calls.list).not.toHaveBeenCalled();
    expect(calls.overview).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'At a glance' }).textContent).toBe(before.glance);
    expect(entriesSection().textContent).toBe(before.list);
    expect((screen.getByLabelText('Import JSON') as HTMLInputElement).value).toBe('');
  });

  test('the message of a JournalImportError names what and where', async () => {
    const j = setup();
    await loaded();
    vi.spyOn(j, 'importJson').mockRejectedValue(new JournalImportError('is not a date', 'entries[3].date'));
    chooseFile('{}');
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: 'Your data' })).getByRole('alert').textContent).toBe('Nothing was imported. entries[3].date: is not a date'),
    );
  });
});

describe('delete all and the empty state', () => {
  test('the first run explains the journal instead of a blank page', async () => {
    setup(new FakeJournal());
    const welcome = await screen.findByRole('region', { name: 'Welcome: a record of give and take' });
    expect(welcome.textContent).toContain('Give before you take');
    expect(welcome.textContent).toContain('Count relationships, not followers');
    expect(screen.queryByRole('region', { name: 'Entries' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    // Still usable: log help, import a file.
    expect(screen.getByLabelText('Person')).toBeTruthy();
    expect(screen.getByLabelText('Import JSON')).toBeTruthy();
  });

  test('logging the first entry leaves the empty state', async () => {
    const j = setup(new FakeJournal());
    await screen.findByRole('region', { name: 'Welcome: a record of give and take' });
    fireEvent.input(screen.getByLabelText('Person'), { target: { value: '@ada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log help' }));
    await loaded();
    expect(j.entries).toHaveLength(1);
    await waitFor(() => expect(countText()).toBe('1 entry.'));
    expect(screen.queryByRole('region', { name: 'Welcome: a record of give and take' })).toBeNull();
  });

  test('"Delete all journal data" asks first, then empties the journal', async () => {
    const j = setup();
    await loaded();
    const clear = vi.spyOn(j, 'clear');
    fireEvent.click(screen.getByRole('button', { name: 'Delete all journal data' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    fireEvent.click(cancel);
    expect(clear).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all journal data' })));

    fireEvent.click(screen.getByRole('button', { name: 'Delete all journal data' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByRole('region', { name: 'Welcome: a record of give and take' });
    expect(clear).toHaveBeenCalledOnce();
    expect(j.entries).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Your data' }).textContent).toContain('Your journal is now empty.');
  });
});

test('a journal that cannot be reached is an alert, not a blank page', async () => {
  const j = journal();
  vi.spyOn(j, 'overview').mockRejectedValue(new Error('Could not establish connection'));
  setup(j);
  await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Could not load your journal: Could not establish connection'))).toBe(true));
});

describe('stable accessible names for the end-to-end tests', () => {
  // Playwright matches names as case-insensitive substrings unless told
  // otherwise, so each stable name must be unique even as a substring.
  const check = () => {
    expect(screen.getAllByRole('heading', { name: /journal/i }).map((h) => h.textContent)).toEqual(['Journal']);
    for (const name of [/export json/i, /export csv/i, /delete all journal data/i, /log help/i]) {
      expect(screen.getAllByRole('button', { name })).toHaveLength(1);
    }
    for (const label of [/search/i, /person/i, /import json/i]) expect(screen.getAllByLabelText(label)).toHaveLength(1);
    expect((screen.getByLabelText('Import JSON') as HTMLInputElement).type).toBe('file');
    expect((screen.getByLabelText('Search') as HTMLInputElement).type).toBe('search');
  };

  test('with entries', async () => {
    setup();
    await loaded();
    check();
  });

  test('when empty', async () => {
    setup(new FakeJournal());
    await screen.findByRole('region', { name: 'Welcome: a record of give and take' });
    expect(screen.queryByLabelText('Search')).toBeNull();
    expect(screen.getAllByRole('heading', { name: /journal/i })).toHaveLength(1);
    for (const name of [/export json/i, /export csv/i, /delete all journal data/i, /log help/i]) {
      expect(screen.getAllByRole('button', { name })).toHaveLength(1);
    }
  });
});

test('entries added elsewhere (popup, coach) show when the page is focused again', async () => {
  const j = setup();
  await loaded();
  j.seed({ site: 'x', person: '@linus', direction: 'gave', kind: 'reply', note: 'Logged from the coach', date: '2024-03-13T14:00:00Z' });
  window.dispatchEvent(new Event('focus'));
  await waitFor(() => expect(countText()).toBe('6 entries.'));
  expect(entryItems()[0]?.textContent).toContain('Logged from the coach');
});
