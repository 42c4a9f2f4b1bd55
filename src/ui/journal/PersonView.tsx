// One person: their handles (merge with someone else, or split a handle
// off), their rhythm (with the one their history suggests, and when they
// are due), balance, when each side last helped, first seen, last
// interaction and the history of help both ways (newest first), with a way back.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import { dueOf, statusAt } from '../../journal/rhythm';
import type { Entry, Person, PersonBalance, Rhythm, RhythmSuggestion } from '../../journal/types';
import { RhythmField } from './RhythmField';
import { EntryRow } from './EntryRow';
import { SITE_NAMES, errorMessage, formatDay, daysAgo, lean, personFullName, plural, RHYTHM_NAMES } from './format';

export interface PersonViewProps {
  api: Pick<JournalApi, 'personDetail' | 'updateEntry'> & Partial<Pick<JournalApi, 'people' | 'mergePeople' | 'splitPerson' | 'setRhythm'>>;
  personId: string;
  version: number;
  onBack(): void;
  /** After a merge or split. */
  onChanged?(message: string): void;
  onOpenPerson(personId: string): void;
  onDelete(entry: EntryWithPerson): void;
  onSaved(entry: EntryWithPerson): void;
  now: () => Date;
}

type Detail = PersonBalance & { entries: Entry[]; suggested: RhythmSuggestion | null };

export function PersonView({ api, personId, version, onBack, onChanged, onOpenPerson, onDelete, onSaved, now }: PersonViewProps) {
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
      <Handles api={api} detail={detail} onChanged={onChanged} />
      <RhythmPart api={api} detail={detail} onChanged={onChanged} now={n} />
      <dl class="person-facts">
        <div>
          <dt>Balance</dt>
          <dd>
            You helped them {plural(detail.gave, 'time')}; they helped you {plural(detail.received, 'time')} — {lean(detail, false)}.
          </dd>
        </div>
        <div>
          <dt>You last helped them</dt>
          <dd>{detail.lastGave ? <><time dateTime={detail.lastGave}>{formatDay(detail.lastGave)}</time> ({daysAgo(detail.lastGave, n)})</> : 'not yet'}</dd>
        </div>
        <div>
          <dt>They last helped you</dt>
          <dd>{detail.lastReceived ? <><time dateTime={detail.lastReceived}>{formatDay(detail.lastReceived)}</time> ({daysAgo(detail.lastReceived, n)})</> : 'not yet'}</dd>
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
            <time dateTime={detail.lastInteraction}>{formatDay(detail.lastInteraction)}</time> ({daysAgo(detail.lastInteraction, n)})
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
              entry={{ ...e, person: detail.handles.find((h) => h.id === e.personId) ?? person }}
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

/** The handles of this person, a way to split one off, and a way to merge someone else in. */
function Handles({ api, detail, onChanged }: { api: PersonViewProps['api']; detail: Detail; onChanged?: PersonViewProps['onChanged'] }) {
  const [others, setOthers] = useState<Person[] | null>(null);
  const [other, setOther] = useState('');
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = new Set(detail.handles.map((h) => h.id));

  const loadOthers = () => {
    if (others || !api.people) return;
    api.people().then(
      (list) => setOthers(list.filter((p) => p.mergedInto === undefined && !ids.has(p.id))),
      (e: unknown) => setProblem(`Could not list people: ${errorMessage(e)}`),
    );
  };
  const run = async (work: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await work();
      setOthers(null);
      setOther('');
      onChanged?.(message);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const chosen = others?.find((p) => p.id === other);
  const name = personFullName(detail.person);

  return (
    <div class="handles">
      <h3 id="handles-heading">Handles</h3>
      <ul aria-labelledby="handles-heading" class="people">
        {detail.handles.map((h) => (
          <li key={h.id}>
            {h.handle} <span class="muted">on {SITE_NAMES[h.site]}{h.id === detail.person.id && detail.handles.length > 1 ? ' (name shown)' : ''}</span>{' '}
            {detail.handles.length > 1 && api.splitPerson && (
              <button
                type="button"
                class="small"
                aria-label={`Split ${h.handle} on ${SITE_NAMES[h.site]} off into a person of their own`}
                onClick={() => void run(() => (api.splitPerson as NonNullable<typeof api.splitPerson>)(h.id), `${h.handle} on ${SITE_NAMES[h.site]} is a person of their own again.`)}
              >
                Split off
              </button>
            )}
          </li>
        ))}
      </ul>
      {api.mergePeople && api.people && (
        <details class="merge" onToggle={(e) => { if ((e.currentTarget as HTMLDetailsElement).open) loadOthers(); }}>
          <summary>Merge with someone else…</summary>
          <form
            class="merge-form"
            aria-label={`Merge someone with ${name}`}
            onSubmit={(e) => {
              e.preventDefault();
              if (!chosen) { setProblem('Choose the person to merge with.'); return; }
              const [keepId, otherId] = keep === 'this' ? [detail.person.id, chosen.id] : [chosen.id, detail.person.id];
              void run(() => (api.mergePeople as NonNullable<typeof api.mergePeople>)(keepId, otherId), `Merged ${personFullName(chosen)} with ${name}.`);
            }}
          >
            <div class="field">
              <label for="merge-with">Same person as</label>
              <select id="merge-with" value={other} onChange={(e) => setOther(e.currentTarget.value)}>
                <option value="">{others ? 'Choose a person' : 'Loading…'}</option>
                {(others ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {personFullName(p)} on {SITE_NAMES[p.site]}
                  </option>
                ))}
              </select>
            </div>
            <fieldset class="keep-name">
              <legend>Name to keep</legend>
              <label class="radio">
                <input type="radio" name="keep-name" checked={keep === 'this'} onChange={() => setKeep('this')} /> {name}
              </label>
              <label class="radio">
                <input type="radio" name="keep-name" checked={keep === 'other'} onChange={() => setKeep('other')} disabled={!chosen} />{' '}
                {chosen ? personFullName(chosen) : 'the other person\'s'}
              </label>
            </fieldset>
            <button type="submit">Merge</button>
          </form>
        </details>
      )}
      {problem && <p role="alert" class="error">{problem}</p>}
    </div>
  );
}

/** How often to be in touch: the chosen rhythm (or the suggestion), and when they are due. */
function RhythmPart({ api, detail, onChanged, now }: { api: PersonViewProps['api']; detail: Detail; onChanged?: PersonViewProps['onChanged']; now: Date }) {
  const [problem, setProblem] = useState<string | null>(null);
  const name = personFullName(detail.person);
  const rhythm = detail.person.rhythm;
  const due = dueOf(detail.lastInteraction, rhythm);
  const status = statusAt(due, now.toISOString());
  const since = (status === 'overdue' ? due?.overdueAt : due?.dueAt) ?? '';
  const set = async (r: Rhythm | null) => {
    setProblem(null);
    try {
      await api.setRhythm?.(detail.person.id, r, now.toISOString());
      onChanged?.(r === null ? `No rhythm set for ${name}.` : `Rhythm for ${name}: ${RHYTHM_NAMES[r].toLowerCase()}.`);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  return (
    <div class="rhythm">
      <h3 id="rhythm-heading">Rhythm</h3>
      {api.setRhythm && (
        <RhythmField id="person-rhythm" label="How often to be in touch" name={name} rhythm={rhythm} suggested={detail.suggested} onChange={(r) => void set(r)} />
      )}
      <p class="rhythm-status">
        {rhythm === undefined
          ? detail.suggested
            ? 'No rhythm set yet: the suggestion is only shown, not used, until you choose.'
            : 'No rhythm set yet, and not enough history to suggest one.'
          : rhythm === 'none'
            ? 'No reminders by time (they still come up in Reach out if they helped you and heard nothing back).'
            : status
              ? <><span class={`tag ${status}`}><span aria-hidden="true">{status === 'overdue' ? '‼' : '●'}</span> {status === 'overdue' ? 'Overdue' : 'Due'}</span> since <time dateTime={since}>{formatDay(since)}</time></>
              : <>Next due <time dateTime={due?.dueAt}>{formatDay(due?.dueAt ?? '')}</time></>}
      </p>
      {problem && <p role="alert" class="error">{problem}</p>}
    </div>
  );
}
