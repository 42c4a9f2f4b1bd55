// Options page: per-site switches, per-rule off/weight, auto-log mode.
import { useEffect } from 'preact/hooks';
import { ruleFromHash } from '../settings/open-rule';
import { RULES } from '../engine/index';
import { isRuleOn, ruleWeight, setRuleOn, setRuleWeight } from '../settings/rules';
import { AUTO_LOG_MODES, WEIGHT_MAX, WEIGHT_MIN, type AutoLog, type Settings } from '../settings/schema';
import { browser } from 'wxt/browser';
import { ReminderSettings, type PermissionsLike } from './ReminderSettings';
import { MastodonServers } from './MastodonServers';
import { SiteSwitches } from './SiteSwitches';
import { useSettings } from './useSettings';

const AXIS_NAMES = { promotion: 'Promotion', value: 'Value', reciprocity: 'Reciprocity' } as const;
const AUTO_LOG_NAMES: Record<AutoLog, string> = {
  off: 'Never',
  offer: 'Offer to log it (default)',
  always: 'Always log it',
};

export function OptionsApp({ permissions = browser.permissions as unknown as PermissionsLike }: { permissions?: PermissionsLike } = {}) {
  const [settings, save, error] = useSettings();
  const loaded = settings !== null;
  // Opened from a coach's "Switch this rule off": bring that rule's switch into view and focus.
  useEffect(() => {
    const id = ruleFromHash(location.hash);
    if (!loaded || !id) return;
    const row = document.getElementById(`rule-${id}`);
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }, [loaded]);
  if (!settings) return <p>Loading settings…</p>;
  return (
    <main>
      <h1>Communis settings</h1>
      <p class="lead">Everything here stays in your browser (synced only by the browser's own sync). Changes apply at once in open tabs.</p>
      {error && <p role="alert" class="error">{error}</p>}
      <SiteSwitches settings={settings} onChange={save} />
      <MastodonServers settings={settings} onChange={save} />
      <AutoLogSetting settings={settings} onChange={save} />
      <ReminderSettings settings={settings} onChange={save} permissions={permissions} />
      <RuleSettings settings={settings} onChange={save} />
    </main>
  );
}

function AutoLogSetting({ settings, onChange }: { settings: Settings; onChange(s: Settings): void }) {
  return (
    <fieldset>
      <legend>After I post a reply or comment, log it in my journal as help given</legend>
      {AUTO_LOG_MODES.map((mode) => (
        <label key={mode} class="radio">
          <input
            type="radio"
            name="autolog"
            value={mode}
            checked={settings.autoLog === mode}
            onChange={() => onChange({ ...settings, autoLog: mode })}
          />
          {AUTO_LOG_NAMES[mode]}
        </label>
      ))}
    </fieldset>
  );
}

function RuleSettings({ settings, onChange }: { settings: Settings; onChange(s: Settings): void }) {
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p>Switch a rule off, or make it count more or less (1 is the default).</p>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Kind</th>
            <th scope="col">On</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {RULES.map((r) => {
            const on = isRuleOn(settings, r.id);
            const weight = ruleWeight(settings, r.id);
            return (
              <tr key={r.id} id={`rule-${r.id}`}>
                <th scope="row">
                  <code>{r.id}</code>
                  <div class="desc" id={`desc-${r.id}`}>{r.description}</div>
                </th>
                <td>{AXIS_NAMES[r.axis]}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={on}
                    aria-label={`${r.id} on`}
                    aria-describedby={`desc-${r.id}`}
                    onChange={(e) => onChange(setRuleOn(settings, r.id, (e.currentTarget as HTMLInputElement).checked))}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={WEIGHT_MIN}
                    max={WEIGHT_MAX}
                    step={0.25}
                    value={weight}
                    disabled={!on}
                    aria-label={`${r.id} weight`}
                    onChange={(e) => {
                      const v = Number((e.currentTarget as HTMLInputElement).value);
                      if (Number.isFinite(v) && v >= WEIGHT_MIN && v <= WEIGHT_MAX) onChange(setRuleWeight(settings, r.id, v));
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
