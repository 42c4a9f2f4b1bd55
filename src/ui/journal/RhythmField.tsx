// Choosing a person's rhythm: a labelled select (not set, weekly, monthly,
// quarterly, yearly, none) and, while none is set, the rhythm the history
// suggests with a button to use it. Used on the person page and in each
// "Reach out" row. Nothing is applied without the user's choice.
import type { Rhythm, RhythmSuggestion } from '../../journal/types';
import { RHYTHM_NAMES } from './format';

const CHOICES: readonly Rhythm[] = ['weekly', 'monthly', 'quarterly', 'yearly', 'none'];

export interface RhythmFieldProps {
  id: string;
  /** The person's name, for accessible names in lists of several people. */
  name: string;
  rhythm: Rhythm | undefined;
  suggested: RhythmSuggestion | null | undefined;
  onChange(rhythm: Rhythm | null): void;
  /** Visible label (the person page); without it the select is named "Rhythm for <name>". */
  label?: string;
}

export function RhythmField({ id, name, rhythm, suggested, onChange, label }: RhythmFieldProps) {
  return (
    <span class="rhythm-field">
      {label && <label for={id}>{label}</label>}
      <select
        id={id}
        value={rhythm ?? ''}
        aria-label={label ? undefined : `Rhythm for ${name}`}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(v === '' ? null : (v as Rhythm));
        }}
      >
        <option value="">{suggested ? `Not set (suggested: ${RHYTHM_NAMES[suggested.rhythm].toLowerCase()})` : 'Not set'}</option>
        {CHOICES.map((r) => (
          <option key={r} value={r}>
            {RHYTHM_NAMES[r]}
          </option>
        ))}
      </select>
      {rhythm === undefined && suggested && (
        <>
          {' '}
          <span class="suggestion">
            Suggested: {RHYTHM_NAMES[suggested.rhythm].toLowerCase()} (you are usually in touch every {suggested.gapDays === 1 ? 'day' : `${suggested.gapDays} days`})
          </span>{' '}
          <button type="button" class="small" aria-label={`Use ${RHYTHM_NAMES[suggested.rhythm].toLowerCase()} for ${name}`} onClick={() => onChange(suggested.rhythm)}>
            Use {RHYTHM_NAMES[suggested.rhythm].toLowerCase()}
          </button>
        </>
      )}
    </span>
  );
}
