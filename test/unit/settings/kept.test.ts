// The background's kept settings (kept.ts): one storage read, then each change.
import { describe, expect, test } from 'vitest';
import { keptSettings } from '../../../src/settings/kept';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

function harness(reads: Array<Settings | Error>) {
  let loads = 0;
  let onChange: ((s: Settings) => void) | null = null;
  let stopped = false;
  const load = async () => {
    const next = reads[Math.min(loads++, reads.length - 1)] as Settings | Error;
    if (next instanceof Error) throw next;
    return next;
  };
  const kept = keptSettings(load, (cb) => { onChange = cb; return () => { stopped = true; }; });
  return { kept, loads: () => loads, change: (s: Settings) => onChange?.(s), stopped: () => stopped };
}

const withLimit = (n: number): Settings => ({ ...defaultSettings(), reachOutLimit: n });

describe('keptSettings', () => {
  test('reads storage once for any number of calls', async () => {
    const h = harness([withLimit(3)]);
    const got = await Promise.all([h.kept.get(), h.kept.get()]);
    expect((await h.kept.get()).reachOutLimit).toBe(3);
    expect(got.map((s) => s.reachOutLimit)).toEqual([3, 3]);
    expect(h.loads()).toBe(1);
  });

  test('a change replaces the kept copy without a read', async () => {
    const h = harness([withLimit(3)]);
    await h.kept.get();
    h.change(withLimit(7));
    expect((await h.kept.get()).reachOutLimit).toBe(7);
    expect(h.loads()).toBe(1);
  });

  test('a change before the first call is used as is', async () => {
    const h = harness([withLimit(3)]);
    h.change(withLimit(2));
    expect((await h.kept.get()).reachOutLimit).toBe(2);
    expect(h.loads()).toBe(0);
  });

  test('a change during a read wins over that read', async () => {
    const h = harness([withLimit(3)]);
    const first = h.kept.get();
    h.change(withLimit(8));
    expect((await first).reachOutLimit).toBe(3); // the caller that asked first gets what was read
    expect((await h.kept.get()).reachOutLimit).toBe(8);
    expect(h.loads()).toBe(1);
  });

  test('a failed read is not kept: the next call reads again', async () => {
    const h = harness([new Error('storage gone'), withLimit(4)]);
    await expect(h.kept.get()).rejects.toThrow('storage gone');
    expect((await h.kept.get()).reachOutLimit).toBe(4);
    expect(h.loads()).toBe(2);
  });

  test('stop() stops following changes', () => {
    const h = harness([withLimit(3)]);
    h.kept.stop();
    expect(h.stopped()).toBe(true);
  });
});
