// Settings → Reminders: after how many days someone counts as "losing
// touch", and the opt-in weekly digest. Switching the digest on asks the
// browser for the optional `notifications` permission (inside the click, as
// browsers require); if the user says no, the digest stays off and nothing
// else changes. Switching it off gives the permission back.
import { useState } from 'preact/hooks';
import { LOSING_TOUCH_MAX, LOSING_TOUCH_MIN, type Settings } from '../settings/schema';

export interface PermissionsLike {
  request(p: { permissions: string[] }): Promise<boolean>;
  remove(p: { permissions: string[] }): Promise<boolean>;
}

export function ReminderSettings({ settings, onChange, permissions }: { settings: Settings; onChange(s: Settings): void; permissions: PermissionsLike }) {
  const [days, setDays] = useState(String(settings.losingTouchDays));
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const saveDays = (value: string) => {
    setDays(value);
    const n = Number(value);
    if (Number.isInteger(n) && n >= LOSING_TOUCH_MIN && n <= LOSING_TOUCH_MAX) {
      setProblem(null);
      if (n !== settings.losingTouchDays) onChange({ ...settings, losingTouchDays: n });
    } else {
      setProblem(`Enter a whole number of days from ${LOSING_TOUCH_MIN} to ${LOSING_TOUCH_MAX.toLocaleString('en')}.`);
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
        The toolbar badge counts the people waiting for you: they helped you and have not heard back, or you have not been in touch for a
        while. It needs no permission and stays on this computer.
      </p>
      <div class="field">
        <label for="losing-touch-days">Losing touch after (days)</label>
        <input
          id="losing-touch-days"
          type="number"
          inputMode="numeric"
          min={LOSING_TOUCH_MIN}
          max={LOSING_TOUCH_MAX}
          step={1}
          value={days}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'losing-touch-problem' : 'losing-touch-hint'}
          onChange={(e) => saveDays(e.currentTarget.value)}
        />
        <span class="hint" id="losing-touch-hint">
          Someone you have not interacted with for this many days shows under "Losing touch" (30 by default).
        </span>
        {problem && (
          <span class="error" id="losing-touch-problem" role="alert">
            {problem}
          </span>
        )}
      </div>
      <label class="switch-row">
        <input type="checkbox" checked={settings.digest} aria-describedby="digest-hint" onChange={(e) => toggleDigest(e.currentTarget.checked)} />
        Weekly digest notification
      </label>
      <p class="hint" id="digest-hint">
        On Monday mornings, a notification such as "3 people helped you this month and heard nothing back", only when there is someone to
        reach out to. Clicking it opens the journal. Switching it on asks your browser for permission to show notifications.
      </p>
      <p role="status" class="status">
        {note}
      </p>
    </section>
  );
}
