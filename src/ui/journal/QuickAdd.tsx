// Quick add: log help given or received in a few keystrokes. Used on the
// journal page and (compact) in the popup. Every field has a label, Enter
// submits (Shift+Enter makes a new line in the note), problems are listed in
// an alert and focus goes to the first bad field; success is announced
// politely and the form starts over with focus on "Person".
import { normalizeHandle, personProblem } from '../../journal/validate';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntryWithPerson, JournalApi } from '../../journal/api';
import { type Direction, type EntryKind, type NewEntry } from '../../journal/types';
import type { SiteId } from '../../settings/sites';
import { DirectionField, KindField } from './fields';
import {
  KIND_NAMES,
  SITE_NAMES,
  SITE_ORDER,
  dayToIso,
  errorMessage,
  isValidDay,
  linkProblem,
  localDay,
  personFullName,
} from './format';

export interface QuickAddProps {
  /** Only `addEntry` is used, so the popup can pass the full client or a narrow one. */
  api: Pick<JournalApi, 'addEntry'>;
  /** Site selected at first and after each reset (e.g. the current tab's site). Default 'x'. */
  defaultSite?: SiteId;
  /** Kind selected at first and after each reset. Default 'reply'. */
  defaultKind?: EntryKind;
  /** Direction selected at first and after each reset. Default 'gave'. */
  defaultDirection?: Direction;
  /** Person filled in at first (e.g. "@ada" from the page); cleared after a successful add. */
  defaultPerson?: string;
  /** Smaller layout for the popup: fewer hints, note and link under "More details". */
  compact?: boolean;
  /** Heading of the form. Default "Log help". */
  title?: string;
  /** Heading level of the title (2 on the page, 2 or 3 in the popup). Default 2. */
  headingLevel?: 2 | 3;
  /** Called after the entry is stored (the page reloads its views). */
  onAdded?(entry: EntryWithPerson): void;
  /** Clock, for tests. */
  now?: () => Date;
}

type Field = 'person' | 'link' | 'date';
type Errors = Partial<Record<Field, string>>;

const FIELD_ORDER: readonly Field[] = ['person', 'link', 'date'];

export function QuickAdd({
  api,
  defaultSite = 'x',
  defaultKind = 'reply',
  defaultDirection = 'gave',
  defaultPerson = '',
  compact = false,
  title = 'Log help',
  headingLevel = 2,
  onAdded,
  now = () => new Date(),
}: QuickAddProps) {
  const id = useId();
  const [person, setPerson] = useState(defaultPerson);
  const [site, setSite] = useState<SiteId>(defaultSite);
  const [direction, setDirection] = useState<Direction>(defaultDirection);
  const [kind, setKind] = useState<EntryKind>(defaultKind);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [day, setDay] = useState(() => localDay(now()));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Focus moves after the render that shows the errors (and opens "Note and link" in compact mode).
  const [focusRequest, setFocusRequest] = useState<{ field: Field } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const personRef = useRef<HTMLInputElement>(null);

  const fieldId = (f: string) => `${id}-${f}`;

  useEffect(() => {
    if (focusRequest) formRef.current?.ownerDocument.getElementById(fieldId(focusRequest.field))?.focus();
  }, [focusRequest]);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  const validate = (): Errors => {
    const e: Errors = {};
    // The store's own rules (validate.ts), in the form's words.
    const p = normalizeHandle(site, person);
    if (!p.trim() || p === '@') e.person = 'Person is required: a handle like @ada or a name.';
    else if (personProblem(p)) e.person = `Person ${personProblem(p)}.`;
    const lp = linkProblem(link);
    if (lp) e.link = `${lp}.`;
    if (!day) e.date = 'Date is required.';
    else if (!isValidDay(day)) e.date = 'Date must be a real day, like 2024-03-05.';
    else if (day > localDay(now())) e.date = 'Date cannot be in the future.';
    return e;
  };

  const reset = () => {
    setPerson('');
    setSite(defaultSite);
    setDirection(defaultDirection);
    setKind(defaultKind);
    setNote('');
    setLink('');
    setDay(localDay(now()));
    setErrors({});
    setFailure(null);
  };

  const submit = async (ev?: Event) => {
    ev?.preventDefault();
    if (busy) return;
    const found = validate();
    setErrors(found);
    setFailure(null);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      setStatus('');
      setFocusRequest({ field: first });
      return;
    }
    const entry: NewEntry = { site, person: person.trim(), direction, kind, date: dayToIso(day, now()) };
    if (note.trim()) entry.note = note.trim();
    if (link.trim()) entry.link = link.trim();
    setBusy(true);
    try {
      const saved = await api.addEntry(entry);
      reset();
      const who = personFullName(saved.person);
      setStatus(
        saved.direction === 'gave'
          ? `Logged: you helped ${who} (${KIND_NAMES[saved.kind].toLowerCase()}).`
          : `Logged: ${who} helped you (${KIND_NAMES[saved.kind].toLowerCase()}).`,
      );
      personRef.current?.focus();
      onAdded?.(saved);
    } catch (e) {
      setStatus('');
      setFailure(`Could not log this: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (f: Field, hint?: string) => [hint, errors[f] ? fieldId(`${f}-error`) : undefined].filter(Boolean).join(' ') || undefined;
  const problems = FIELD_ORDER.flatMap((f) => (errors[f] ? [errors[f]] : []));

  const noteAndLink = (
    <>
      <div class="field">
        <label for={fieldId('note')}>Note</label>
        <textarea
          id={fieldId('note')}
          rows={compact ? 2 : 3}
          value={note}
          aria-describedby={compact ? undefined : fieldId('note-hint')}
          onInput={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter logs the help, like in every other field; Shift+Enter adds a line.
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        {!compact && (
          <p class="hint" id={fieldId('note-hint')}>
            What happened, in a few words. Enter logs it; Shift+Enter starts a new line.
          </p>
        )}
      </div>
      <div class="field">
        <label for={fieldId('link')}>Link (optional)</label>
        <input
          id={fieldId('link')}
          type="url"
          inputMode="url"
          placeholder="https://"
          value={link}
          aria-invalid={errors.link ? 'true' : undefined}
          aria-describedby={describedBy('link')}
          onInput={(e) => setLink(e.currentTarget.value)}
        />
        {errors.link && (
          <p class="field-error" id={fieldId('link-error')}>
            {errors.link}
          </p>
        )}
      </div>
    </>
  );

  return (
    <form
      ref={formRef}
      class={compact ? 'quick-add compact' : 'quick-add'}
      aria-labelledby={fieldId('title')}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <Heading id={fieldId('title')}>{title}</Heading>
      <div role="alert" class="error">
        {problems.length > 0 && (
          <>
            <p>{problems.length === 1 ? 'Please fix this:' : `Please fix these ${problems.length} things:`}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        {failure && <p>{failure}</p>}
      </div>
      <div class="qa-grid">
        <div class="field">
          <label for={fieldId('person')}>Person</label>
          <input
            id={fieldId('person')}
            ref={personRef}
            type="text"
            autoComplete="off"
            spellcheck={false}
            required
            aria-required="true"
            value={person}
            placeholder={compact ? '@handle or name' : undefined}
            aria-invalid={errors.person ? 'true' : undefined}
            aria-describedby={describedBy('person', compact ? undefined : fieldId('person-hint'))}
            onInput={(e) => setPerson(e.currentTarget.value)}
          />
          {!compact && (
            <p class="hint" id={fieldId('person-hint')}>
              Their handle (like @ada) or their name as it shows on the site.
            </p>
          )}
          {errors.person && (
            <p class="field-error" id={fieldId('person-error')}>
              {errors.person}
            </p>
          )}
        </div>
        <div class="field">
          <label for={fieldId('site')}>Site</label>
          <select id={fieldId('site')} value={site} onChange={(e) => setSite(e.currentTarget.value as SiteId)}>
            {SITE_ORDER.map((s) => (
              <option key={s} value={s}>
                {SITE_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
        <DirectionField name={fieldId('direction')} value={direction} onChange={setDirection} />
        <KindField id={fieldId('kind')} value={kind} onChange={setKind} />
        <div class="field">
          <label for={fieldId('date')}>Date</label>
          <input
            id={fieldId('date')}
            type="date"
            value={day}
            max={localDay(now())}
            required
            aria-invalid={errors.date ? 'true' : undefined}
            aria-describedby={describedBy('date')}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
          {errors.date && (
            <p class="field-error" id={fieldId('date-error')}>
              {errors.date}
            </p>
          )}
        </div>
      </div>
      {compact ? (
        // Note and link under a disclosure in the popup; open when one of them has a problem or a value.
        <details open={Boolean(errors.link || note || link) || undefined}>
          <summary>Note and link</summary>
          {noteAndLink}
        </details>
      ) : (
        noteAndLink
      )}
      <div class="actions">
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          Log help
        </button>
      </div>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
    </form>
  );
}
