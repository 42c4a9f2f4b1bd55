// @vitest-environment happy-dom
// 10,000 entries: the page renders one page of the list, the chart and the
// lists, and a search narrows it down. Timings are printed, not asserted
// (happy-dom and a fake store say little about the real extension; see
// `npm run bench` for the numbers that count).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { JournalApp } from '../../../src/ui/journal/JournalApp';
import { seededJournal } from './fake-journal';

afterEach(cleanup);

const NOW = new Date('2024-03-13T15:00:00Z');

test('10,000 entries: initial render and a search', async () => {
  const j = seededJournal(10_000, NOW);
  expect(j.entries).toHaveLength(10_000);
  // A cheap probe (role queries over a big DOM would dominate the timing).
  const count = () => document.querySelector('.entries-section .count')?.textContent;

  const t0 = performance.now();
  render(<JournalApp api={j} now={() => NOW} searchDelayMs={0} />);
  await waitFor(() => expect(count()).toBe('Showing 1–50 of 10,000 entries.'), { timeout: 10_000, interval: 5 });
  await waitFor(() => expect(document.querySelectorAll('svg[role="img"] g.week')).toHaveLength(12), { interval: 5 });
  const t1 = performance.now();
  expect(within(screen.getByRole('region', { name: 'Entries' })).getAllByRole('status')[0]?.textContent).toBe('Showing 1–50 of 10,000 entries.');
  // The first screenful of rows shows first; the rest follow in a task of their own.
  await waitFor(() => expect(document.querySelectorAll('ol.entries > li')).toHaveLength(50), { interval: 5 });

  const search = screen.getByLabelText('Search');
  const t1b = performance.now();
  fireEvent.input(search, { target: { value: 'grace1' } });
  await waitFor(() => expect(count()).toMatch(/match/), { timeout: 10_000, interval: 5 });
  const t2 = performance.now();
  const total = (await j.listEntries({ text: 'grace1', limit: 0 })).total;
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(10_000);

  // Once more, warm (the first render also pays for module and happy-dom warm-up).
  cleanup();
  const t3 = performance.now();
  render(<JournalApp api={j} now={() => NOW} searchDelayMs={0} />);
  await waitFor(() => expect(count()).toBe('Showing 1–50 of 10,000 entries.'), { timeout: 10_000, interval: 5 });
  const t4 = performance.now();

  console.log(
    `journal page, 10,000 entries (happy-dom, in-memory fake): initial render ${(t1 - t0).toFixed(1)} ms (warm ${(t4 - t3).toFixed(1)} ms); ` +
      `search to ${total} matches ${(t2 - t1b).toFixed(1)} ms`,
  );
}, 60_000); // generous: a busy machine must not fail a test that asserts no timing
