// Balance at a glance, in words, plus the two lists that turn a journal into
// relationships: people you owe, and people you are losing touch with.
import type { Balance, PersonBalance } from '../../journal/types';
import { SITE_NAMES, balanceSentence, daysAgo, personFullName, plural } from './format';

export interface AtAGlanceProps {
  overall: Balance;
  week: Balance;
  owed: PersonBalance[];
  losingTouch: PersonBalance[];
  losingTouchDays: number;
  onOpenPerson(personId: string): void;
  now: Date;
}

export function AtAGlance({ overall, week, owed, losingTouch, losingTouchDays, onOpenPerson, now }: AtAGlanceProps) {
  return (
    <section aria-labelledby="glance-heading" class="card glance">
      <h2 id="glance-heading">At a glance</h2>
      <dl class="balance">
        <div>
          <dt>This week</dt>
          <dd>{balanceSentence(week, true)}</dd>
        </div>
        <div>
          <dt>Overall</dt>
          <dd>{balanceSentence(overall, false)}</dd>
        </div>
      </dl>
      <div class="people-lists">
        <div>
          <h3 id="owed-heading">People you owe</h3>
          <p class="hint">They helped you more recently or more often than you helped them.</p>
          {owed.length === 0 ? (
            <p class="muted">Nobody right now: you are square with everyone.</p>
          ) : (
            <ul aria-labelledby="owed-heading" class="people">
              {owed.map((p) => (
                <li key={p.person.id}>
                  <button type="button" class="link person" onClick={() => onOpenPerson(p.person.id)}>
                    {personFullName(p.person)}
                  </button>{' '}
                  <span class="muted">
                    on {SITE_NAMES[p.person.site]}: helped you {plural(p.received, 'time')}, you helped {plural(p.gave, 'time')}
                    {p.lastReceived ? `; last helped you ${daysAgo(p.lastReceived, now)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 id="losing-heading">Losing touch</h3>
          <p class="hint">No interaction in the last {plural(losingTouchDays, 'day')}.</p>
          {losingTouch.length === 0 ? (
            <p class="muted">No one: you have been in touch with everyone lately.</p>
          ) : (
            <ul aria-labelledby="losing-heading" class="people">
              {losingTouch.map((p) => (
                <li key={p.person.id}>
                  <button type="button" class="link person" onClick={() => onOpenPerson(p.person.id)}>
                    {personFullName(p.person)}
                  </button>{' '}
                  <span class="muted">
                    on {SITE_NAMES[p.person.site]}: last interaction {daysAgo(p.person.lastInteraction, now)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
