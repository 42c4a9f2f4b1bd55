// Reading and writing settings in browser.storage.sync, and following
// changes live (DESIGN.md: "Changes apply live in open tabs").
import { browser } from 'wxt/browser';
import { defaultSettings, parseSettings, type Settings } from './schema';
import { SETTINGS_KEY } from './site-switch';

export { SETTINGS_KEY };

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(SETTINGS_KEY);
    const { settings, problems } = parseSettings(got[SETTINGS_KEY]);
    if (problems.length) console.warn('Communis settings:', problems.join('; '));
    return settings;
  } catch {
    // Storage unavailable (e.g. extension context gone): coach with defaults.
    return defaultSettings();
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: clean, problems } = parseSettings(settings);
  if (problems.length) throw new Error(`Settings not saved: ${problems.join('; ')}`);
  await browser.storage.sync.set({ [SETTINGS_KEY]: clean });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(structuredClone(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls back with parsed settings whenever they change; returns an unsubscribe function. */
export function watchSettings(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    callback(parseSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
