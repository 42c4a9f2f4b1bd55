// One person: balance, first seen, last interaction and the history of help
// both ways (newest first), with a way back to the list.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import type { Entry, PersonBalance } from '../../journal/types';
import { EntryRow } from './EntryRow';
import { SITE_NAMES, errorMessage, formatDay, daysAgo, lean, personFullName, plural } from './format';

export interface PersonViewProps {
  api: Pick<JournalApi, 'personDetail' | 'updateEntry'>;
  personId: string;
  version: number;
  onBack(): void;
  onOpenPerson(personId: string): void;
  onDelete(entry: EntryWithPerson): void;
  onSaved(entry: EntryWithPerson): void;
  now: () => Date;
}

type Detail = PersonBalance & { entries: Entry[] };

export function PersonView({ api, personId, version, onBack, onOpenPerson, onDelete, onSaved, now }: PersonViewProps) {
  const [detail, setDetail] = useState<Detail | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focused = useRef<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.personDetail(personId).then(
      (d) => {
        if (!alive) return;
        setDetail(d);
        setError(null);
      },
      (e: unknown) => alive && setError(`Could not load this person: ${errorMessage(e)}`),
    );
    return () => {
      alive = false;
    };
  }, [personId, version]);

  // Focus the heading once per person, when it first shows.
  useEffect(() => {
    if (detail !== undefined && focused.current !== personId) {
      focused.current = personId;
      headingRef.current?.focus();
    }
  }, [detail, personId]);

  const back = (
    <p>
      <button type="button" class="back" onClick={onBack}>
        ← Back to all entries
      </button>
    </p>
  );

  if (error) {
    return (
      <section aria-labelledby="person-heading" class="card person-view">
        {back}
        <h2 id="person-heading" tabIndex={-1} ref={headingRef}>
          Person
        </h2>
        <p role="alert" class="error">
          {error}
        </p>
      </section>
    );
  }
  if (detail === undefined) return <p role="status">Loading…</p>;
  if (detail === null) {
    return (
      <section aria-labelledby="person-heading" class="card person-view">
        {back}
        <h2 id="person-heading" tabIndex={-1} ref={headingRef}>
          Person not found
        </h2>
        <p>This person is no longer in your journal.</p>
      </section>
    );
  }

  const { person } = detail;
  const n = now();
  return (
    <section aria-labelledby="person-heading" class="card person-view">
      {back}
      <h2 id="person-heading" tabIndex={-1} ref={headingRef}>
        {personFullName(person)}
      </h2>
      <dl class="person-facts">
        <div>
          <dt>Site</dt>
          <dd>{SITE_NAMES[person.site]}</dd>
        </div>
        <div>
          <dt>Balance</dt>
          <dd>
            You helped them {plural(detail.gave, 'time')}; they helped you {plural(detail.received, 'time')} — {lean(detail, false)}.
          </dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>
            <time dateTime={person.firstSeen}>{formatDay(person.firstSeen)}</time>
          </dd>
        </div>
        <div>
          <dt>Last interaction</dt>
          <dd>
            <time dateTime={person.lastInteraction}>{formatDay(person.lastInteraction)}</time> ({daysAgo(person.lastInteraction, n)})
          </dd>
        </div>
      </dl>
      <h3 id="history-heading">History</h3>
      {detail.entries.length === 0 ? (
        <p class="muted">No entries with {personFullName(person)} any more.</p>
      ) : (
        <ol class="entries" aria-labelledby="history-heading">
          {detail.entries.map((e) => (
            <EntryRow
              key={e.id}
              entry={{ ...e, person }}
              api={api}
              onOpenPerson={onOpenPerson}
              onDelete={onDelete}
              onSaved={onSaved}
              now={now}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
