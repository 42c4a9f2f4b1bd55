// The background's copy of the settings: read once, then replaced by each
// change the storage announces, so a journal summary (which needs the Reach
// out size) or a badge refresh does not read and check storage every time.
// A worker lives for seconds to minutes; a new one reads afresh.
import type { Settings } from './schema';

export interface KeptSettings {
  /** The current settings: the kept copy, or read now. */
  get(): Promise<Settings>;
  /** Stops following changes. */
  stop(): void;
}

export function keptSettings(load: () => Promise<Settings>, watch: (onChange: (s: Settings) => void) => () => void): KeptSettings {
  let kept: Promise<Settings> | null = null;
  // A change that arrives while a read is under way wins over that read.
  const stop = watch((s) => { kept = Promise.resolve(s); });
  return {
    get() {
      if (kept) return kept;
      const reading = load();
      kept = reading;
      // A failed read is not kept: the next call reads again.
      reading.catch(() => { if (kept === reading) kept = null; });
      return reading;
    },
    stop,
  };
}
