// Small, pure helpers shared by the journal page and the quick-add form:
// dates (local calendar days, as the store counts them too),
// names, balance in words, safe links and file downloads.
import type { Balance, Direction, EntryKind, Person, Rhythm } from '../../journal/types';
import { linkProblem as fieldLinkProblem } from '../../journal/validate';
import { SITE_NAMES, type SiteId } from '../../settings/sites';

export { SITE_NAMES };
export const SITE_ORDER: readonly SiteId[] = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads'];

export const KIND_NAMES: Record<EntryKind, string> = {
  reply: 'Reply',
  comment: 'Comment',
  intro: 'Intro',
  advice: 'Advice',
  share: 'Share',
  thanks: 'Thanks',
  other: 'Other',
};

export const RHYTHM_NAMES: Record<Rhythm, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  yearly: 'Yearly',
  none: 'None (no reminders by time)',
};

/** How the quick-add form and the editor name the two directions. */
export const DIRECTION_CHOICES: Record<Direction, string> = {
  gave: 'I helped them',
  received: 'They helped me',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, YYYY-MM-DD (what a date input shows). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local calendar day of an ISO timestamp, or '' when it is not a date. */
export function isoToLocalDay(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : localDay(d);
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T12:00:00`);
  return !Number.isNaN(d.getTime()) && localDay(d) === day;
}

/**
 * A day picked in a date input as an ISO timestamp: "now" when it is today
 * (so today's entries keep their order), otherwise local noon of that day
 * (which stays on the same calendar day in UTC for almost every time zone).
 */
export function dayToIso(day: string, now: Date): string {
  if (day === localDay(now)) return now.toISOString();
  return new Date(`${day}T12:00:00`).toISOString();
}

// One formatter each, made on first use: toLocaleDateString builds a new one
// per call, which costs more than the rest of a list row.
let dayFmt: Intl.DateTimeFormat | undefined, weekFmt: Intl.DateTimeFormat | undefined, numFmt: Intl.NumberFormat | undefined;
const dayFormat = () => (dayFmt ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
const weekFormat = () => (weekFmt ??= new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }));
/** 12,345 (English grouping, as the page's words are English). */
export const num = (n: number) => (numFmt ??= new Intl.NumberFormat('en')).format(n);

/** "5 Mar 2024" style, in the reader's locale. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dayFormat().format(d);
}

/** A week (its Monday, a calendar day YYYY-MM-DD) as a short label, e.g. "Mar 4" (formatted as a date, not a moment). */
export function formatWeek(week: string): string {
  const d = new Date(`${week}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return week;
  return weekFormat().format(d);
}

/** Whole days between an ISO timestamp and now (never negative). */
export function daysSince(iso: string, now: Date): number {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

export function daysAgo(iso: string, now: Date): string {
  const n = daysSince(iso, now);
  return n === 0 ? 'today' : n === 1 ? 'yesterday' : `${n} days ago`;
}

/** The name people know: the display name, or the handle. */
export function personName(p: Person): string {
  return p.displayName.trim() || p.handle;
}

/** Name plus handle when they differ, e.g. "Ada Lovelace (@ada)". */
export function personFullName(p: Person): string {
  const name = personName(p);
  return name.toLowerCase() === p.handle.toLowerCase() || !p.handle ? name : `${name} (${p.handle})`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** Where a balance leans, in calm words (never a score). */
export function lean(b: Balance, lately: boolean): string {
  const { gave, received } = b;
  if (gave === 0 && received === 0) return lately ? 'a quiet week so far' : 'nothing logged yet';
  if (gave >= received * 1.25 && gave - received >= 2) return lately ? 'a giver lately' : 'a giver';
  if (received >= gave * 1.25 && received - gave >= 2) {
    return lately ? 'others have helped you more lately; a good moment to help someone back' : 'you have received more than you gave; a good moment to help someone back';
  }
  return 'a good balance';
}

/** "You gave 12 and received 9 — a giver lately." */
export function balanceSentence(b: Balance, lately: boolean): string {
  return `You gave ${num(b.gave)} and received ${num(b.received)} — ${lean(b, lately)}.`;
}

/** Only http(s) links become clickable; anything else (javascript:, data:…) stays text. */
export function safeHref(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Why a typed link is not acceptable, or undefined when it is fine (empty is fine: links are optional). The rule is the store's (validate.ts). */
export function linkProblem(link: string): string | undefined {
  const problem = fieldLinkProblem(link.trim());
  return problem ? `Link ${problem}` : undefined;
}

/** communis-journal-YYYY-MM-DD.ext, by the local date. */
export function exportFileName(ext: 'json' | 'csv', now: Date): string {
  return `communis-journal-${localDay(now)}.${ext}`;
}

/** Saves text as a file through a Blob, an object URL and a temporary <a download>. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke later: some browsers start the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
