// Reminders: the badge count, the digest's words, its weekly slot, and the
// wiring (alarms, permission, notification click) with a fake browser.
import { describe, expect, test, vi } from 'vitest';
import {
  BADGE_ALARM, badgeText, DIGEST_ALARM, DIGEST_NOTIFICATION, digestMessage, installReminders, nextDigestTime, type ReminderBrowser,
} from '../../../src/reminders/reminders';
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

const counts = { waiting: 4, helpedNoReply: 3, losingTouch: 2 };
const journal = async () => ({ reminders: vi.fn(async () => counts) });
const NOW = new Date(2026, 10, 25, 15, 0).getTime(); // a Wednesday, local time

describe('the badge', () => {
  test.each([[0, ''], [1, '1'], [42, '42'], [99, '99'], [100, '99+']])('%i waiting → "%s"', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });

  test('shows how many people are waiting, with the losing-touch days from settings', async () => {
    const { b, log } = fakeBrowser();
    const api = { reminders: vi.fn(async () => counts) };
    const r = installReminders(b as unknown as ReminderBrowser, async () => api, async () => ({ ...defaultSettings(), losingTouchDays: 12 }), () => NOW);
    await r.refreshBadge();
    expect(api.reminders).toHaveBeenCalledWith(12, new Date(NOW).toISOString());
    expect(log).toEqual(['badge "4"']);
  });

  test('a journal that cannot open leaves the badge alone and does not throw', async () => {
    const { b, log } = fakeBrowser();
    const r = installReminders(b as unknown as ReminderBrowser, async () => { throw new Error('no db'); }, async () => defaultSettings());
    await expect(r.refreshBadge()).resolves.toBeUndefined();
    expect(log).toEqual([]);
  });
});

describe('the weekly digest', () => {
  test('says who is waiting, or nothing at all', () => {
    expect(digestMessage({ helpedNoReply: 3, losingTouch: 0 })?.message).toBe('3 people helped you this month and heard nothing back.');
    expect(digestMessage({ helpedNoReply: 1, losingTouch: 2 })?.message).toBe('1 person helped you this month and heard nothing back; you are losing touch with 2 people.');
    expect(digestMessage({ helpedNoReply: 0, losingTouch: 0 })).toBeNull();
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
    await vi.waitFor(() => expect(log).toContain(`notify ${DIGEST_NOTIFICATION}: 3 people helped you this month and heard nothing back; you are losing touch with 2 people.`));
    clickListeners.forEach((fn) => fn(DIGEST_NOTIFICATION));
    expect(log).toContain('open chrome-extension://id/journal.html#reach-out');
    fire(BADGE_ALARM);
    await vi.waitFor(() => expect(log).toContain('badge "4"'));
  });

  test('nothing is sent when the digest is off, the permission is missing, or nobody is waiting', async () => {
    const off = fakeBrowser();
    expect(await installReminders(off.b as unknown as ReminderBrowser, journal, async () => defaultSettings()).sendDigest()).toBe(false);
    const denied = fakeBrowser({ granted: false });
    expect(await installReminders(denied.b as unknown as ReminderBrowser, journal, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    const noApi = fakeBrowser({ notifications: false });
    expect(await installReminders(noApi.b as unknown as ReminderBrowser, journal, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    const quiet = fakeBrowser();
    const none = async () => ({ reminders: vi.fn(async () => ({ waiting: 0, helpedNoReply: 0, losingTouch: 0 })) });
    expect(await installReminders(quiet.b as unknown as ReminderBrowser, none, async () => ({ ...defaultSettings(), digest: true })).sendDigest()).toBe(false);
    for (const f of [off, denied, noApi, quiet]) expect(f.log).toEqual([]);
  });
});
