// Balance at a glance, in words, plus "Reach out": the two lists that turn a
// journal into relationships (people you owe, people you are losing touch
// with), each person with a way to snooze them for 30 days. The weekly
// digest notification opens the page here (#reach-out).
import type { Balance, PersonBalance } from '../../journal/types';
import { SITE_NAMES, balanceSentence, daysAgo, personFullName, plural } from './format';

export interface AtAGlanceProps {
  overall: Balance;
  week: Balance;
  owed: PersonBalance[];
  losingTouch: PersonBalance[];
  losingTouchDays: number;
  onOpenPerson(personId: string): void;
  /** Leave someone out of reminders for 30 days. */
  onSnooze?(p: PersonBalance & { name: string }): void;
  now: Date;
}

function SnoozeButton({ p, onSnooze }: { p: PersonBalance; onSnooze?: AtAGlanceProps['onSnooze'] }) {
  if (!onSnooze) return null;
  const name = personFullName(p.person);
  return (
    <button type="button" class="small" aria-label={`Snooze ${name} for 30 days`} onClick={() => onSnooze({ ...p, name })}>
      Snooze 30 days
    </button>
  );
}

/** "on X and LinkedIn" for a person with several handles. */
function sitesOf(p: PersonBalance): string {
  const names = [...new Set(p.handles.map((h) => SITE_NAMES[h.site]))];
  return names.length <= 1 ? (names[0] ?? SITE_NAMES[p.person.site]) : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function AtAGlance({ overall, week, owed, losingTouch, losingTouchDays, onOpenPerson, onSnooze, now }: AtAGlanceProps) {
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
      <h3 id="reach-out-heading" tabIndex={-1} class="reach-out-heading">
        Reach out
      </h3>
      <div class="people-lists" id="reach-out">
        <div>
          <h4 id="owed-heading">People you owe</h4>
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
                    on {sitesOf(p)}: helped you {plural(p.received, 'time')}, you helped {plural(p.gave, 'time')}
                    {p.lastReceived ? `; last helped you ${daysAgo(p.lastReceived, now)}` : ''}
                  </span>{' '}
                  <SnoozeButton p={p} onSnooze={onSnooze} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 id="losing-heading">Losing touch</h4>
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
                    on {sitesOf(p)}: last interaction {daysAgo(p.lastInteraction, now)}
                  </span>{' '}
                  <SnoozeButton p={p} onSnooze={onSnooze} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
