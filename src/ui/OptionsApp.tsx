// Options page: per-site switches, per-rule off/weight, auto-log mode.
import { RULES } from '../engine/index';
import { AUTO_LOG_MODES, WEIGHT_MAX, WEIGHT_MIN, type AutoLog, type Settings } from '../settings/schema';
import { MastodonServers } from './MastodonServers';
import { SiteSwitches } from './SiteSwitches';
import { useSettings } from './useSettings';

const AXIS_NAMES = { promotion: 'Promotion', value: 'Value', reciprocity: 'Reciprocity' } as const;
const AUTO_LOG_NAMES: Record<AutoLog, string> = {
  off: 'Never',
  offer: 'Offer to log it (default)',
  always: 'Always log it',
};

export function OptionsApp() {
  const [settings, save, error] = useSettings();
  if (!settings) return <p>Loading settings…</p>;
  return (
    <main>
      <h1>Communis settings</h1>
      <p class="lead">Everything here stays in your browser (synced only by the browser's own sync). Changes apply at once in open tabs.</p>
      {error && <p role="alert" class="error">{error}</p>}
      <SiteSwitches settings={settings} onChange={save} />
      <MastodonServers settings={settings} onChange={save} />
      <AutoLogSetting settings={settings} onChange={save} />
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
  const set = (id: string, value: 'off' | number | null) => {
    const rules = { ...settings.rules };
    if (value === null || value === 1) delete rules[id];
    else rules[id] = value;
    onChange({ ...settings, rules });
  };
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
            const value = settings.rules[r.id];
            const on = value !== 'off';
            const weight = typeof value === 'number' ? value : 1;
            return (
              <tr key={r.id}>
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
                    onChange={(e) => set(r.id, (e.currentTarget as HTMLInputElement).checked ? null : 'off')}
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
                      if (Number.isFinite(v) && v >= WEIGHT_MIN && v <= WEIGHT_MAX) set(r.id, v);
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
