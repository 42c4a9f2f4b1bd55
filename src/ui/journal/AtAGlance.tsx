// Balance at a glance, in words, plus "Reach out": the few people most worth
// a message now (due or overdue by the rhythm chosen for them, or they helped
// you and heard nothing back), most pressing first. Each row says why in
// words and a sign (not colour alone) and offers Done (logs that you reached
// out, in one step), Snooze 30 days and the person's rhythm (with the
// suggestion from their history while none is set). The toolbar badge counts
// this list; the weekly digest names it and opens the page here (#reach-out).
import type { Balance, ReachOut, Rhythm } from '../../journal/types';
import { RhythmField } from './RhythmField';
import { SITE_NAMES, balanceSentence, daysAgo, formatDay, personFullName, plural, RHYTHM_NAMES } from './format';

export interface AtAGlanceProps {
  overall: Balance;
  week: Balance;
  reachOut: ReachOut[];
  reachOutLimit: number;
  onOpenPerson(personId: string): void;
  /** Leave someone out of reminders for 30 days. */
  onSnooze?(p: ReachOut & { name: string }): void;
  /** Log that you reached out (an entry: you helped them), which resets their rhythm. */
  onDone?(p: ReachOut & { name: string }): void;
  onSetRhythm?(p: ReachOut & { name: string }, rhythm: Rhythm | null): void;
  now: Date;
}

/** "on X and LinkedIn" for a person with several handles. */
function sitesOf(p: ReachOut): string {
  const names = [...new Set(p.handles.map((h) => SITE_NAMES[h.site]))];
  return names.length <= 1 ? (names[0] ?? SITE_NAMES[p.person.site]) : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The sign and word for why someone is listed: the word carries the meaning; the sign and style repeat it. */
function Tag({ p }: { p: ReachOut }) {
  const [sign, word, kind] = p.status === 'overdue' ? ['‼', 'Overdue', 'overdue'] : p.status === 'due' ? ['●', 'Due', 'due'] : ['↩', 'Owed', 'owed'];
  return (
    <span class={`tag ${kind}`}>
      <span aria-hidden="true">{sign}</span> {word}
    </span>
  );
}

function why(p: ReachOut, now: Date): string {
  const parts: string[] = [];
  if (p.status && p.person.rhythm && p.person.rhythm !== 'none') {
    parts.push(`${RHYTHM_NAMES[p.person.rhythm].toLowerCase()} rhythm, due since ${p.dueAt ? formatDay(p.dueAt) : 'today'}; last in touch ${daysAgo(p.lastInteraction, now)}`);
  }
  if (p.owed) parts.push(p.lastReceived ? `helped you ${daysAgo(p.lastReceived, now)} and heard nothing back` : 'helped you and heard nothing back');
  return parts.join('; ');
}

export function AtAGlance({ overall, week, reachOut, reachOutLimit, onOpenPerson, onSnooze, onDone, onSetRhythm, now }: AtAGlanceProps) {
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
      <div id="reach-out">
        <p class="hint">
          The {plural(reachOutLimit, 'person', 'people')} most worth a message now: due by the rhythm you chose for them (overdue after one and
          a half), or they helped you and heard nothing back. Any entry with them resets the clock.
        </p>
        {reachOut.length === 0 ? (
          <p class="muted">Nobody is due: you are in touch with everyone on their rhythm.</p>
        ) : (
          <ol aria-labelledby="reach-out-heading" class="people reach-out">
            {reachOut.map((p) => {
              const name = personFullName(p.person);
              const item = { ...p, name };
              return (
                <li key={p.person.id} class={`reach ${p.status ?? 'owed'}`}>
                  <Tag p={p} />{' '}
                  <button type="button" class="link person" onClick={() => onOpenPerson(p.person.id)}>
                    {name}
                  </button>{' '}
                  <span class="muted">
                    on {sitesOf(p)}: {why(p, now)}
                  </span>
                  <div class="actions">
                    {onDone && (
                      <button type="button" class="small" aria-label={`Done: I reached out to ${name}`} onClick={() => onDone(item)}>
                        Done
                      </button>
                    )}
                    {onSnooze && (
                      <button type="button" class="small" aria-label={`Snooze ${name} for 30 days`} onClick={() => onSnooze(item)}>
                        Snooze 30 days
                      </button>
                    )}
                    {onSetRhythm && (
                      <RhythmField
                        id={`rhythm-${p.person.id}`}
                        name={name}
                        rhythm={p.person.rhythm}
                        suggested={p.suggested}
                        onChange={(r) => onSetRhythm(item, r)}
                      />
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
