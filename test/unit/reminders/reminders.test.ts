// Reminders: the badge count, the digest's words, its weekly slot, and the
// wiring (alarms, permission, notification click) with a fake browser.
import { describe, expect, test, vi } from 'vitest';
import {
  BADGE_ALARM, badgeText, DIGEST_ALARM, DIGEST_NOTIFICATION, digestMessage, installReminders, nextDigestTime, type ReminderBrowser,
} from '../../../src/reminders/reminders';
import type { ReachOut } from '../../../src/journal/types';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

function fakeBrowser(opts: { notifications?: boolean; granted?: boolean } = {}) {
  const alarms = new Map<string, { when?: number; periodInMinutes?: number; delayInMinutes?: number }>();
  const alarmListeners: ((a: { name: string }) => void)[] = [];
  const clickListeners: ((id: string) => void)[] = [];
  const addedListeners: (() => void)[] = [];
  const log: string[] = [];
  const b = {
    action: {
      setBadgeText: vi.fn(async ({ text }: { text: string }) => { log.push(`badge "${text}"`); }),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
    },
    alarms: {
      create: vi.fn(async (name: string, info: object) => { alarms.set(name, info); }),
      clear: vi.fn(async (name: string) => alarms.delete(name)),
      get: vi.fn(async (name: string) => (alarms.has(name) ? { name } : undefined)),
      onAlarm: { addListener: (fn: (a: { name: string }) => void) => alarmListeners.push(fn) },
    },
    permissions: {
      contains: vi.fn(async () => opts.granted ?? true),
      onAdded: { addListener: (fn: () => void) => addedListeners.push(fn) },
    },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    tabs: { create: vi.fn(async ({ url }: { url: string }) => { log.push(`open ${url}`); }) },
    notifications: opts.notifications === false ? undefined : {
      create: vi.fn(async (id: string, o: { message: string }) => { log.push(`notify ${id}: ${o.message}`); return id; }),
      clear: vi.fn(async () => true),
      onClicked: { addListener: (fn: (id: string) => void) => clickListeners.push(fn) },
    },
  };
  const fire = (name: string) => alarmListeners.forEach((fn) => fn({ name }));
  return { b, alarms, log, fire, clickListeners, addedListeners };
}

/** A Reach out entry as the journal gives it (only what the reminders read matters here). */
const item = (name: string, status: ReachOut['status'], owed: boolean): ReachOut => {
  const person = { id: `x:@${name.toLowerCase()}`, site: 'x' as const, handle: `@${name.toLowerCase()}`, displayName: name, firstSeen: '2026-01-01T00:00:00.000Z', lastInteraction: '2026-01-01T00:00:00.000Z' };
  return { person, handles: [person], gave: 0, received: 0, lastInteraction: person.lastInteraction, status, owed, score: 1 };
};
const REACH_OUT = [item('Ada', 'overdue', false), item('Grace', null, true), item('Bob', 'due', true)];
const counts = { waiting: 3, reachOut: REACH_OUT };
const journal = async () => ({ reminders: vi.fn(async () => counts) });
const NOW = new Date(2026, 10, 25, 15, 0).getTime(); // a Wednesday, local time

describe('the badge', () => {
  // A single digit at most, empty for nobody, never "99+" (Reach out holds at most 9).
  test.each([[0, ''], [1, '1'], [5, '5'], [9, '9'], [42, '9'], [100, '9'], [-1, ''], [Number.NaN, '']])('%d in Reach out → "%s"', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });

  test('shows how many people are in Reach out, with its size from settings', async () => {
    const { b, log } = fakeBrowser();
    const api = { reminders: vi.fn(async () => counts) };
    const r = installReminders(b as unknown as ReminderBrowser, async () => api, async () => ({ ...defaultSettings(), reachOutLimit: 3 }), () => NOW);
    await r.refreshBadge();
    expect(api.reminders).toHaveBeenCalledWith(new Date(NOW).toISOString(), 3);
    expect(log).toEqual(['badge "3"']);
  });

  test('a journal that cannot open leaves the badge alone and does not throw', async () => {
    const { b, log } = fakeBrowser();
    const r = installReminders(b as unknown as ReminderBrowser, async () => { throw new Error('no db'); }, async () => defaultSettings());
    await expect(r.refreshBadge()).resolves.toBeUndefined();
    expect(log).toEqual([]);
  });
});

describe('the weekly digest', () => {
  test('names the people in Reach out (the badge\'s), each with why, or says nothing at all', () => {
    expect(digestMessage(REACH_OUT)?.message).toBe('Reach out to Ada (overdue), Grace (helped you, heard nothing back) and Bob (due; helped you, heard nothing back).');
    expect(digestMessage(REACH_OUT.slice(0, 1))?.message).toBe('Reach out to Ada (overdue).');
    expect(digestMessage([])).toBeNull();
  });

  test('its slot is the next Monday at 09:00 local time', () => {
    const next = new Date(nextDigestTime(NOW));
    expect([next.getDay(), next.getHours(), next.getMinutes(), next.getDate()]).toEqual([1, 9, 0, 30]);
    const mondayLate = new Date(2026, 10, 30, 10, 0).getTime();
    expect(new Date(nextDigestTime(mondayLate)).getDate()).toBe(7); // a week later
    const mondayEarly = new Date(2026, 10, 30, 8, 0).getTime();
    expect(new Date(nextDigestTime(mondayEarly)).getDate()).toBe(30); // the same morning
  });

  test('switched on: a weekly alarm; switched off: no alarm; the daily badge alarm always', async () => {
    const { b, alarms } = fakeBrowser();
    const r = installReminders(b as unknown as ReminderBrowser, journal, async () => defaultSettings(), () => NOW);
    await r.schedule({ ...defaultSettings(), digest: true });
    expect(alarms.get(DIGEST_ALARM)).toEqual({ when: nextDigestTime(NOW), periodInMinutes: 7 * 24 * 60 });
    expect(alarms.get(BADGE_ALARM)).toEqual({ delayInMinutes: 24 * 60, periodInMinutes: 24 * 60 });
    await r.schedule({ ...defaultSettings(), digest: true }); // idempotent: the slot is not pushed back
    expect(b.alarms.create).toHaveBeenCalledTimes(2);
    await r.schedule(defaultSettings());
    expect(alarms.has(DIGEST_ALARM)).toBe(false);
    expect(alarms.has(BADGE_ALARM)).toBe(true);
  });

  test('the alarm sends the notification; clicking it opens the journal on "Reach out"', async () => {
    const settings: Settings = { ...defaultSettings(), digest: true };
    const { b, log, fire, clickListeners } = fakeBrowser();
    installReminders(b as unknown as ReminderBrowser, journal, async () => settings, () => NOW);
    fire(DIGEST_ALARM);
    await vi.waitFor(() => expect(log).toContain(`notify ${DIGEST_NOTIFICATION}: Reach out to Ada (overdue), Grace (helped you, heard nothing back) and Bob (due; helped you, heard nothing back).`));
    clickListeners.forEach((fn) => fn(DIGEST_NOTIFICATION));
    expect(log).toContain('open chrome-extension://id/journal.html#reach-out');
    fire(BADGE_ALARM);
    await vi.waitFor(() => expect(log).toContain('badge "3"'));
  });

  test('nothing is sent when the digest is off, the permission is missing, or nobody is waiting', async () => {
    const off = fakeBrowser();
    expect(await installReminders(off.b as unknown as ReminderBrowser, journal, async () => defaultSettings()).sendDigest()).toBe(false);
    const denied = fakeBrowser({ granted: false });
    expect(await installReminders(denied.b as unknown as ReminderBrowser, journal, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    const noApi = fakeBrowser({ notifications: false });
    expect(await installReminders(noApi.b as unknown as ReminderBrowser, journal, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    const quiet = fakeBrowser();
    const none = async () => ({ reminders: vi.fn(async () => ({ waiting: 0, reachOut: [] })) });
    expect(await installReminders(quiet.b as unknown as ReminderBrowser, none, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    for (const f of [off, denied, noApi, quiet]) expect(f.log).toEqual([]);
  });
});
