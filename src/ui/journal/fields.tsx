// Form fields shared by the quick-add form and the inline entry editor.
import { ENTRY_KINDS, type Direction, type EntryKind } from '../../journal/types';
import { DIRECTION_CHOICES, KIND_NAMES } from './format';

/** "I helped them" / "They helped me" as a radio group. `radioId` gives inputs ids when the caller needs them. */
export function DirectionField(p: { name: string; value: Direction; onChange(d: Direction): void; radioId?: (d: Direction) => string }) {
  return (
    <fieldset class="field direction">
      <legend>Direction</legend>
      {(['gave', 'received'] as const).map((d) => (
        <label key={d} class="radio">
          <input id={p.radioId?.(d)} type="radio" name={p.name} value={d} checked={p.value === d} onChange={() => p.onChange(d)} />{' '}
          {DIRECTION_CHOICES[d]}
        </label>
      ))}
    </fieldset>
  );
}

/** The kind of help, as a labelled select. */
export function KindField(p: { id: string; value: EntryKind; onChange(k: EntryKind): void }) {
  return (
    <div class="field">
      <label for={p.id}>Kind</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as EntryKind)}>
        {ENTRY_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_NAMES[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
