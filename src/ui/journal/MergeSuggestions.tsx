// "Same person?": likely merges (same name, or a handle that spells a name)
// that the user accepts or dismisses one by one. Nothing is merged unasked.
import type { JournalApi } from '../../journal/api';
import type { MergeSuggestion } from '../../journal/types';
import { SITE_NAMES, errorMessage, personFullName } from './format';

export interface MergeSuggestionsProps {
  api: Pick<JournalApi, 'mergePeople' | 'dismissSuggestion'>;
  suggestions: MergeSuggestion[];
  onChanged(): void;
  onAnnounce(text: string): void;
  onOpenPerson(personId: string): void;
}

export function MergeSuggestions({ api, suggestions, onChanged, onAnnounce, onOpenPerson }: MergeSuggestionsProps) {
  const who = (s: MergeSuggestion['a']) => `${personFullName(s.person)} on ${SITE_NAMES[s.person.site]}`;
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      onChanged();
      onAnnounce(done);
      document.getElementById('suggestions-heading')?.focus();
    } catch (e) {
      onAnnounce(`That did not work: ${errorMessage(e)}`);
    }
  };
  return (
    <section aria-labelledby="suggestions-heading" class="card suggestions">
      <h2 id="suggestions-heading" tabIndex={-1}>
        Same person?
      </h2>
      <p class="hint">These look like one person on different sites. Merging shows their history and balance together; you can split them again from their page.</p>
      <ul class="people">
        {suggestions.map((s) => (
          <li key={`${s.a.person.id}|${s.b.person.id}`}>
            <button type="button" class="link person" onClick={() => onOpenPerson(s.a.person.id)}>
              {who(s.a)}
            </button>{' '}
            and{' '}
            <button type="button" class="link person" onClick={() => onOpenPerson(s.b.person.id)}>
              {who(s.b)}
            </button>{' '}
            <span class="muted">({s.reason})</span>
            <span class="actions inline">
              <button
                type="button"
                class="small"
                aria-label={`Merge ${who(s.b)} into ${who(s.a)}`}
                onClick={() => void act(() => api.mergePeople(s.a.person.id, s.b.person.id), `Merged: ${personFullName(s.a.person)} now has both handles.`)}
              >
                Merge
              </button>
              <button
                type="button"
                class="small"
                aria-label={`Not the same person: ${who(s.a)} and ${who(s.b)}`}
                onClick={() => void act(() => api.dismissSuggestion(s.a.person.id, s.b.person.id), 'Dismissed; they will not be suggested again.')}
              >
                Not the same
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
