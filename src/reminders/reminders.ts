// Reminders without nagging: the toolbar badge (how many people are in
// "Reach out": due by their rhythm or owed, at most the user's few, so one
// digit; needs no permission) and the opt-in weekly digest notification that
// names those same people (needs the optional `notifications` permission,
// asked for only when the user switches the digest on in Settings).
// Scheduling uses `alarms`: one alarm a day refreshes the badge (people
// become due with time, not only on writes), one a week sends the digest
// when it is on. Clicking the digest opens the journal on "Reach out". All local.
//
// The browser APIs are passed in (a narrow shape of `browser`), so the
// wiring is tested in Node with fakes; extension/background.ts only calls
// installReminders().
import type { JournalApi } from '../journal/api';
import type { ReachOut } from '../journal/types';
import type { Settings } from '../settings/schema';

export const BADGE_ALARM = 'communis-badge';
export const DIGEST_ALARM = 'communis-digest';
export const DIGEST_NOTIFICATION = 'communis-digest';
export const REACH_OUT_PATH = '/journal.html#reach-out';
const DAY_MINUTES = 24 * 60;

/** The badge: empty when nobody is in Reach out, else the count (a single digit: the list holds at most 9). */
export function badgeText(waiting: number): string {
  if (!(waiting > 0)) return '';
  return String(Math.min(9, Math.floor(waiting)));
}

/** Why someone is in Reach out, in a few words. */
export function reasonOf(p: Pick<ReachOut, 'status' | 'owed'>): string {
  const parts: string[] = [];
  if (p.status) parts.push(p.status);
  if (p.owed) parts.push('helped you, heard nothing back');
  return parts.join('; ');
}

/** The digest's words, naming the people in Reach out (the badge's), or null when there is nobody. */
export function digestMessage(reachOut: readonly Pick<ReachOut, 'person' | 'status' | 'owed'>[]): { title: string; message: string } | null {
  if (reachOut.length === 0) return null;
  const named = reachOut.map((p) => `${p.person.displayName.trim() || p.person.handle} (${reasonOf(p)})`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return { title: 'Communis: reach out this week', message: `Reach out to ${list}.` };
}

/** The next Monday 09:00 local time after `now` (the digest's weekly slot). */
export function nextDigestTime(now: number): number {
  const d = new Date(now);
  const next = new Date(d.getFullYear(), d.getMonth(), d.getDate() + ((8 - d.getDay()) % 7), 9, 0, 0, 0);
  if (next.getTime() <= now) next.setDate(next.getDate() + 7);
  return next.getTime();
}

interface Alarm { name: string }
interface Listener<A extends unknown[]> { addListener(fn: (...args: A) => void): void }

/** The parts of `browser` the reminders use (optional ones may be missing without their permission). */
export interface ReminderBrowser {
  action: { setBadgeText(d: { text: string }): Promise<void>; setBadgeBackgroundColor(d: { color: string }): Promise<void> };
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    get(name: string): Promise<Alarm | undefined>;
    onAlarm: Listener<[Alarm]>;
  };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean>; onAdded?: Listener<[unknown]> };
  runtime: { getURL(path: string): string };
  tabs: { create(p: { url: string }): Promise<unknown> };
  notifications?: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    onClicked: Listener<[string]>;
  };
}

export interface Reminders {
  /** Recount the badge (after a journal write, on wake-up, daily). */
  refreshBadge(): Promise<void>;
  /** (Re)create the alarms for these settings. */
  schedule(settings: Settings): Promise<void>;
  /** Send the digest now, if it is on, permitted and has something to say. Returns whether it did. */
  sendDigest(): Promise<boolean>;
}

export function installReminders(
  b: ReminderBrowser,
  journal: () => Promise<Pick<JournalApi, 'reminders'>>,
  settings: () => Promise<Settings>,
  now: () => number = Date.now,
): Reminders {
  const refreshBadge = async () => {
    try {
      const s = await settings();
      const { waiting } = await (await journal()).reminders(new Date(now()).toISOString(), s.reachOutLimit);
      await b.action.setBadgeText({ text: badgeText(waiting) });
      await b.action.setBadgeBackgroundColor({ color: '#0f766e' });
    } catch {
      // The badge is a nicety: a journal that cannot open must not break the worker.
    }
  };

  const schedule = async (s: Settings) => {
    if (!(await b.alarms.get(BADGE_ALARM))) await b.alarms.create(BADGE_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
    const digest = await b.alarms.get(DIGEST_ALARM);
    if (s.digest && !digest) await b.alarms.create(DIGEST_ALARM, { when: nextDigestTime(now()), periodInMinutes: 7 * DAY_MINUTES });
    if (!s.digest && digest) await b.alarms.clear(DIGEST_ALARM);
  };

  const sendDigest = async () => {
    const s = await settings();
    if (!s.digest || !b.notifications || !(await b.permissions.contains({ permissions: ['notifications'] }))) return false;
    const { reachOut } = await (await journal()).reminders(new Date(now()).toISOString(), s.reachOutLimit);
    const text = digestMessage(reachOut);
    if (!text) return false;
    await b.notifications.create(DIGEST_NOTIFICATION, { type: 'basic', iconUrl: b.runtime.getURL('/icon/128.png'), ...text });
    return true;
  };

  b.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
    if (alarm.name === DIGEST_ALARM) void sendDigest().catch(() => undefined);
  });

  // The notifications API exists only once the permission is granted, possibly after this worker started.
  let listening = false;
  const listenForClicks = () => {
    if (listening || !b.notifications) return;
    listening = true;
    b.notifications.onClicked.addListener((id) => {
      if (id !== DIGEST_NOTIFICATION) return;
      void b.tabs.create({ url: b.runtime.getURL(REACH_OUT_PATH) });
      void b.notifications?.clear(id);
    });
  };
  listenForClicks();
  b.permissions.onAdded?.addListener(listenForClicks);

  return { refreshBadge, schedule, sendDigest };
}
