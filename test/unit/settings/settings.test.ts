import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, parseSettings } from '../../../src/settings/schema';
import { loadSettings, saveSettings, SETTINGS_KEY, updateSettings, watchSettings } from '../../../src/settings/store';

describe('parseSettings', () => {
  test.each([
    ['nothing stored', undefined, defaultSettings(), 0],
    ['null', null, defaultSettings(), 0],
    ['a clean v1 value', { version: 1, sites: { x: false }, rules: { puffery: 'off', shouting: 2 }, autoLog: 'always', reachOutLimit: 3 },
      { ...defaultSettings(), sites: { ...defaultSettings().sites, x: false }, rules: { puffery: 'off', shouting: 2 }, autoLog: 'always', reachOutLimit: 3 }, 0],
    // The one losing-touch limit gave way to a rhythm per person: an old stored value is dropped quietly.
    ['the retired losingTouchDays', { version: 1, losingTouchDays: 14 }, defaultSettings(), 0],
    ['v0 (site switches at the top level) is migrated', { x: false, linkedin: false },
      { ...defaultSettings(), sites: { ...defaultSettings().sites, x: false, linkedin: false } }, 0],
    ['the weekly digest switched on (off by default)', { version: 1, digest: true }, { ...defaultSettings(), digest: true }, 0],
  ])('%s', (_n, stored, expected, problems) => {
    const parsed = parseSettings(stored);
    expect(parsed.settings).toEqual(expected);
    expect(parsed.problems).toHaveLength(problems);
  });

  test.each([
    ['a string', 'garbage', /not an object/],
    ['an array', [1, 2], /not an object/],
    ['an unknown key', { version: 1, colour: 'red' }, /unknown setting "colour"/],
    ['an unknown site', { version: 1, sites: { myspace: true } }, /unknown site "myspace"/],
    ['a site that is not a boolean', { version: 1, sites: { x: 'yes' } }, /site "x" must be true or false/],
    ['an unknown rule', { version: 1, rules: { 'no-such-rule': 'off' } }, /unknown rule "no-such-rule"/],
    ['a weight out of range', { version: 1, rules: { puffery: 99 } }, /between 0.25 and 3/],
    ['a bad auto-log mode', { version: 1, autoLog: 'sometimes' }, /"autoLog" must be one of off, offer, always/],
    ['a Reach out size of 0', { version: 1, reachOutLimit: 0 }, /"reachOutLimit" must be a whole number of people from 1 to 9 \(got 0\)/],
    ['a Reach out size of 10 (two digits on the badge)', { version: 1, reachOutLimit: 10 }, /"reachOutLimit" must be a whole number of people from 1 to 9 \(got 10\)/],
    ['a Reach out size of 2.5', { version: 1, reachOutLimit: 2.5 }, /"reachOutLimit" must be .* \(got 2.5\)/],
    ['a Reach out size as text', { version: 1, reachOutLimit: '5' }, /"reachOutLimit" must be .* \(got "5"\)/],
    ['a digest switch that is not a boolean', { version: 1, digest: 'yes' }, /"digest" must be true or false/],
    ['a future version', { version: 7 }, /version 7 is not known/],
  ])('%s falls back to defaults for that part and says why', (_n, stored, message) => {
    const parsed = parseSettings(stored);
    expect(parsed.problems.join('\n')).toMatch(message);
    // Whatever was wrong, the result is a complete, valid settings object.
    expect(parseSettings(parsed.settings).problems).toEqual([]);
  });
});

describe('settings store (browser.storage.sync)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('loads defaults when nothing is stored, and round-trips a save', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    await saveSettings({ ...defaultSettings(), autoLog: 'off' });
    expect((await loadSettings()).autoLog).toBe('off');
  });

  test('corrupt stored settings fall back to defaults instead of breaking', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: 'corrupt' });
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  test('an invalid save is refused with a message and changes nothing', async () => {
    await saveSettings({ ...defaultSettings(), autoLog: 'offer' });
    const bad = { ...defaultSettings(), rules: { puffery: 42 } };
    await expect(saveSettings(bad)).rejects.toThrow(/puffery/);
    expect((await loadSettings()).rules).toEqual({});
  });

  test('a bad Reach out size is refused with a message and changes nothing', async () => {
    await saveSettings({ ...defaultSettings(), reachOutLimit: 4 });
    await expect(saveSettings({ ...defaultSettings(), reachOutLimit: 12 })).rejects.toThrow(/Settings not saved: "reachOutLimit" must be a whole number of people from 1 to 9 \(got 12\)/);
    expect((await loadSettings()).reachOutLimit).toBe(4);
  });

  test('watchers see changes as parsed settings', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.sites.x));
    await updateSettings((s) => ({ ...s, sites: { ...s.sites, x: false } }));
    stop();
    await updateSettings((s) => ({ ...s, sites: { ...s.sites, x: true } }));
    expect(seen).toEqual([false]);
  });
});
