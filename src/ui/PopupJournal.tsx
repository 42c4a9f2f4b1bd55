// The popup's journal part: this week's give-and-take, the first of the
// people in Reach out (due by their rhythm, or owed), the latest entries,
// and a link to the full journal.
import { useEffect, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../journal/api';
import type { Balance, ReachOut } from '../journal/types';
import { localMondayOf } from '../journal/validate';
import { reasonOf } from '../reminders/reminders';

interface Snapshot {
  week: Balance;
  total: number;
  people: ReachOut[];
  latest: EntryWithPerson[];
}

/** Monday of the current week in the local calendar (YYYY-MM-DD), as the journal counts weeks. */
export function weekStart(now = new Date()): string {
  return localMondayOf(now.getTime());
}

async function load(api: JournalApi): Promise<Snapshot> {
  const [week, list, reminders] = await Promise.all([api.balance(weekStart()), api.listEntries({ limit: 3 }), api.reminders()]);
  return { week, total: list.total, people: reminders.reachOut.slice(0, 3), latest: list.entries };
}

export function PopupJournal({ api, version, onOpenJournal }: { api: JournalApi; version: number; onOpenJournal(): void }) {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load(api).then(setSnap, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, version]);
  if (error) return <p role="alert">The journal could not be read: {error}</p>;
  if (!snap) return <p class="muted">Loading your journal…</p>;
  return (
    <section aria-labelledby="journal-heading" class="journal-summary">
      <h2 id="journal-heading">Your give and take</h2>
      {snap.total === 0 ? (
        <p class="muted">
          Your journal is empty. Log the help you give and get: a useful reply, an intro, advice, a thank-you. Over
          time you will see whether you give before you take, whom you owe, and who is due a message by the rhythm you choose for them. It
          stays in this browser.
        </p>
      ) : (
        <>
          <p>
            This week you gave <strong>{snap.week.gave}</strong> and received <strong>{snap.week.received}</strong>.
          </p>
          {snap.people.length > 0 && (
            <>
              <h3>Reach out to</h3>
              <ul aria-label="Reach out to">
                {snap.people.map((p) => (
                  <li key={p.person.id}>
                    {p.person.displayName} <span class="muted">({reasonOf(p)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Latest</h3>
          <ul aria-label="Latest entries">
            {snap.latest.map((e) => (
              <li key={e.id}>
                {e.direction === 'gave' ? 'You helped ' : 'Helped by '}
                {e.person.displayName} <span class="muted">({e.kind}, <time dateTime={e.date}>{e.date.slice(0, 10)}</time>)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" class="link" onClick={onOpenJournal}>
          Open the journal
        </button>
      </p>
    </section>
  );
}
