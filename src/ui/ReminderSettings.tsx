// Settings → Reminders: how many people "Reach out" (and so the toolbar
// badge) shows at most, and the opt-in weekly digest. Switching the digest on asks the
// browser for the optional `notifications` permission (inside the click, as
// browsers require); if the user says no, the digest stays off and nothing
// else changes. Switching it off gives the permission back.
import { useState } from 'preact/hooks';
import { REACH_OUT_MAX, REACH_OUT_MIN, reachOutLimitProblem, type Settings } from '../settings/schema';

export interface PermissionsLike {
  request(p: { permissions: string[] }): Promise<boolean>;
  remove(p: { permissions: string[] }): Promise<boolean>;
}

export function ReminderSettings({ settings, onChange, permissions }: { settings: Settings; onChange(s: Settings): void; permissions: PermissionsLike }) {
  const [size, setSize] = useState(String(settings.reachOutLimit));
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState('');

  // A bad value is named and saves nothing; the last good one stays in force.
  const saveSize = (value: string) => {
    setSize(value);
    const n = value.trim() === '' ? Number.NaN : Number(value);
    if (reachOutLimitProblem(n) === undefined) {
      setProblem(null);
      if (n !== settings.reachOutLimit) onChange({ ...settings, reachOutLimit: n });
    } else {
      setProblem(`Enter a whole number of people from ${REACH_OUT_MIN} to ${REACH_OUT_MAX}; Reach out still shows ${settings.reachOutLimit}.`);
    }
  };

  const toggleDigest = (on: boolean) => {
    setNote('');
    if (!on) {
      onChange({ ...settings, digest: false });
      void permissions.remove({ permissions: ['notifications'] }).catch(() => false);
      return;
    }
    // Asked straight from the click: browsers only show the prompt during a user gesture.
    permissions.request({ permissions: ['notifications'] }).then(
      (granted) => {
        if (granted) onChange({ ...settings, digest: true });
        else setNote('The browser did not allow notifications, so the digest stays off.');
      },
      (e: unknown) => setNote(`Notifications could not be switched on: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  return (
    <section aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p>
        The toolbar badge counts the people in "Reach out": due by the rhythm you chose for them, or they helped you and have not heard
        back. It needs no permission and stays on this computer.
      </p>
      <div class="field">
        <label for="reach-out-limit">People in Reach out (at most)</label>
        <input
          id="reach-out-limit"
          type="number"
          inputMode="numeric"
          min={REACH_OUT_MIN}
          max={REACH_OUT_MAX}
          step={1}
          value={size}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'reach-out-limit-problem' : 'reach-out-limit-hint'}
          onChange={(e) => saveSize(e.currentTarget.value)}
        />
        <span class="hint" id="reach-out-limit-hint">
          The most pressing few, from {REACH_OUT_MIN} to {REACH_OUT_MAX} (5 by default): the badge never shows more.
        </span>
        {problem && (
          <span class="error" id="reach-out-limit-problem" role="alert">
            {problem}
          </span>
        )}
      </div>
      <label class="switch-row">
        <input type="checkbox" checked={settings.digest} aria-describedby="digest-hint" onChange={(e) => toggleDigest(e.currentTarget.checked)} />
        Weekly digest notification
      </label>
      <p class="hint" id="digest-hint">
        On Monday mornings, a notification naming the people in Reach out, such as "Reach out to Ada Lovelace (overdue) and Grace Hopper
        (helped you, heard nothing back)", only when there is someone. Clicking it opens the journal. Switching it on asks your browser for permission to show notifications.
      </p>
      <p role="status" class="status">
        {note}
      </p>
    </section>
  );
}
