// One journal entry in a list, with inline editing (direction, kind, note,
// link, date) and delete. Text from people (names, notes, links) only ever
// goes through Preact text; only http(s) links become clickable.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import { type Direction, type Entry, type EntryKind } from '../../journal/types';
import { DirectionField, KindField } from './fields';
import {
  KIND_NAMES,
  SITE_NAMES,
  dayToIso,
  errorMessage,
  formatDay,
  isValidDay,
  isoToLocalDay,
  linkProblem,
  localDay,
  personFullName,
  safeHref,
} from './format';

export interface EntryRowProps {
  entry: EntryWithPerson;
  api: Pick<JournalApi, 'updateEntry'>;
  onOpenPerson(personId: string): void;
  onDelete(entry: EntryWithPerson): void;
  onSaved(entry: EntryWithPerson): void;
  now: () => Date;
}

export function EntryRow({ entry, api, onOpenPerson, onDelete, onSaved, now }: EntryRowProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [returnFocus, setReturnFocus] = useState(0);
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (returnFocus) editRef.current?.focus();
  }, [returnFocus]);

  const name = personFullName(entry.person);
  const stop = () => {
    setEditing(false);
    setReturnFocus((n) => n + 1);
  };

  if (editing) {
    return (
      <li class="entry editing">
        <EditEntry
          entry={entry}
          api={api}
          now={now}
          onCancel={stop}
          onSaved={(saved) => {
            stop();
            onSaved(saved);
          }}
        />
      </li>
    );
  }

  const href = safeHref(entry.link);
  const personButton = (
    <button type="button" class="link person" onClick={() => onOpenPerson(entry.personId)}>
      {name}
    </button>
  );
  return (
    <li class={`entry ${entry.direction}`}>
      <div class="entry-main">
        <p class="entry-head" id={`${id}-head`}>
          {entry.direction === 'gave' ? (
            <>
              <span class="badge gave">You helped</span> {personButton}
            </>
          ) : (
            <>
              {personButton} <span class="badge received">helped you</span>
            </>
          )}
          <span class="meta">
            {' · '}
            {KIND_NAMES[entry.kind]}
            {' · '}
            {SITE_NAMES[entry.site]}
            {' · '}
            <time dateTime={entry.date}>{formatDay(entry.date)}</time>
          </span>
        </p>
        {entry.note && <p class="note">{entry.note}</p>}
        {entry.link &&
          (href ? (
            <p class="entry-link">
              <a href={href} target="_blank" rel="noopener noreferrer">
                {entry.link}
              </a>
            </p>
          ) : (
            <p class="entry-link muted">{entry.link}</p>
          ))}
      </div>
      <div class="entry-actions">
        <button type="button" ref={editRef} aria-describedby={`${id}-head`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" class="danger" aria-describedby={`${id}-head`} onClick={() => onDelete(entry)}>
          Delete
        </button>
      </div>
    </li>
  );
}

interface EditEntryProps {
  entry: EntryWithPerson;
  api: Pick<JournalApi, 'updateEntry'>;
  now: () => Date;
  onCancel(): void;
  onSaved(entry: EntryWithPerson): void;
}

function EditEntry({ entry, api, now, onCancel, onSaved }: EditEntryProps) {
  const id = useId();
  const originalDay = isoToLocalDay(entry.date);
  const [direction, setDirection] = useState<Direction>(entry.direction);
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const [note, setNote] = useState(entry.note);
  const [link, setLink] = useState(entry.link ?? '');
  const [day, setDay] = useState(originalDay);
  const [errors, setErrors] = useState<{ link?: string; date?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>({ field: `dir-${entry.direction}` });
  const formRef = useRef<HTMLFormElement>(null);
  const fid = (f: string) => `${id}-${f}`;
  useEffect(() => {
    if (focusRequest) formRef.current?.ownerDocument.getElementById(fid(focusRequest.field))?.focus();
  }, [focusRequest]);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const found: { link?: string; date?: string } = {};
    const lp = linkProblem(link);
    if (lp) found.link = `${lp}.`;
    if (!day) found.date = 'Date is required.';
    else if (!isValidDay(day)) found.date = 'Date must be a real day, like 2024-03-05.';
    else if (day > localDay(now())) found.date = 'Date cannot be in the future.';
    setErrors(found);
    setFailure(null);
    if (found.link || found.date) {
      setFocusRequest({ field: found.link ? 'link' : 'date' });
      return;
    }
    const updated: Entry = {
      id: entry.id,
      personId: entry.personId,
      site: entry.site,
      direction,
      kind,
      note: note.trim(),
      // An unchanged day keeps the exact original time.
      date: day === originalDay ? entry.date : dayToIso(day, now()),
    };
    if (link.trim()) updated.link = link.trim();
    setBusy(true);
    try {
      onSaved(await api.updateEntry(updated));
    } catch (e) {
      setFailure(`Could not save: ${errorMessage(e)}`);
      setBusy(false);
    }
  };

  const problems = [errors.link, errors.date].filter((p): p is string => Boolean(p));
  const title = `Edit entry: ${entry.direction === 'gave' ? `you helped ${personFullName(entry.person)}` : `${personFullName(entry.person)} helped you`}`;
  return (
    <form
      ref={formRef}
      class="edit-entry"
      aria-label={title}
      noValidate
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p class="edit-title">
        <strong>{title}</strong>
      </p>
      <div role="alert" class="error">
        {problems.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {failure && <p>{failure}</p>}
      </div>
      <div class="qa-grid">
        <DirectionField name={fid('direction')} value={direction} onChange={setDirection} radioId={(d) => fid(`dir-${d}`)} />
        <KindField id={fid('kind')} value={kind} onChange={setKind} />
        <div class="field">
          <label for={fid('date')}>Date</label>
          <input
            id={fid('date')}
            type="date"
            value={day}
            max={localDay(now())}
            aria-invalid={errors.date ? 'true' : undefined}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label for={fid('note')}>Note</label>
        <textarea id={fid('note')} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={fid('link')}>Link (optional)</label>
        <input
          id={fid('link')}
          type="url"
          value={link}
          aria-invalid={errors.link ? 'true' : undefined}
          onInput={(e) => setLink(e.currentTarget.value)}
        />
      </div>
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
