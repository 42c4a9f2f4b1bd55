// One switch per site, named "X (Twitter)", "Facebook", "LinkedIn" (DESIGN.md).
import { SITE_IDS, SITE_NAMES, type Settings, type SiteId } from '../settings/schema';

export function SiteSwitch({ site, settings, onChange }: { site: SiteId; settings: Settings; onChange(s: Settings): void }) {
  const on = settings.sites[site];
  const id = `site-${site}`;
  return (
    <div class="switch-row">
      <label for={id}>{SITE_NAMES[site]}</label>
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={on}
        class="switch"
        onClick={() => onChange({ ...settings, sites: { ...settings.sites, [site]: !on } })}
      >
        <span class="knob" aria-hidden="true" />
        <span class="state" aria-hidden="true">{on ? 'On' : 'Off'}</span>
      </button>
    </div>
  );
}

export function SiteSwitches({ settings, onChange }: { settings: Settings; onChange(s: Settings): void }) {
  return (
    <fieldset class="sites">
      <legend>Coach my drafts on</legend>
      {SITE_IDS.map((site) => (
        <SiteSwitch key={site} site={site} settings={settings} onChange={onChange} />
      ))}
    </fieldset>
  );
}
