// Settings as Preact state, kept in sync with storage (another tab or the
// popup may change them) and saved on every change.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';

export function useSettings(): [Settings | null, (next: Settings) => Promise<void>, string | null] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSettings(await loadSettings());
    }
  };
  return [settings, save, error];
}
