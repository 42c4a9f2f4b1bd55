// Typed, versioned settings kept in browser.storage.sync (small, synced by
// the browser itself). Everything that reads settings goes through
// parseSettings(), so a corrupt or foreign value can never break the
// extension: unknown keys are dropped, bad values fall back to defaults, and
// each problem is reported in words.
import { RULE_IDS } from '../engine/rule-ids';
import type { RuleSetting } from '../engine/types';

import { SITE_IDS, type SiteId } from './sites';
import { isObject } from '../is-object';

export { SITE_IDS, SITE_NAMES, type SiteId } from './sites';
export type AutoLog = 'off' | 'offer' | 'always';

export interface Settings {
  version: 1;
  /** Coaching on/off per site. */
  sites: Record<SiteId, boolean>;
  /** Per-rule override: 'off' or a weight multiplier (0.25..3). Absent = default (1). */
  rules: Record<string, RuleSetting>;
  /** Custom weights of rules that are switched off, restored when the rule is switched back on. */
  savedWeights: Record<string, number>;
  /** After posting a reply or comment: offer to log it as help, always log, or never. */
  autoLog: AutoLog;
  /** Journal: how many people "Reach out" (and so the toolbar badge) shows at most, 1 to 9. */
  reachOutLimit: number;
  /** The weekly digest notification (needs the optional `notifications` permission, asked for when switched on). */
  digest: boolean;
  /** Mastodon servers the user asked to be coached on (host names, e.g. "hachyderm.io"). */
  mastodonServers: string[];
}

export const SETTINGS_VERSION = 1;
export const AUTO_LOG_MODES: readonly AutoLog[] = ['off', 'offer', 'always'];
export const WEIGHT_MIN = 0.25;
export const WEIGHT_MAX = 3;

export function defaultSettings(): Settings {
  return {
    version: 1,
    sites: { x: true, facebook: true, linkedin: true, bluesky: true, mastodon: true, threads: true },
    rules: {},
    savedWeights: {},
    autoLog: 'offer',
    reachOutLimit: 5,
    digest: false,
    mastodonServers: [],
  };
}

export interface Parsed {
  settings: Settings;
  /** What was wrong with the stored value, in words; empty when it was clean. */
  problems: string[];
}


/** Upgrade steps from older stored shapes to the current one. */
function migrate(raw: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  const version = raw.version ?? 0;
  if (version === 0) {
    // v0 (before versioning) kept site switches at the top level: { x: true, facebook: false }.
    const sites: Record<string, unknown> = {};
    for (const id of SITE_IDS) if (id in raw) sites[id] = raw[id];
    const { x: _x, facebook: _f, linkedin: _l, ...rest } = raw;
    return { ...rest, sites: { ...sites, ...(isObject(raw.sites) ? raw.sites : {}) }, version: 1 };
  }
  if (version !== SETTINGS_VERSION) {
    problems.push(`settings version ${String(version)} is not known; using defaults where needed`);
  }
  return raw;
}

export function parseSettings(stored: unknown): Parsed {
  const problems: string[] = [];
  const settings = defaultSettings();
  if (stored === undefined || stored === null) return { settings, problems };
  if (!isObject(stored)) return { settings, problems: ['settings are not an object; using defaults'] };
  const raw = migrate(stored, problems);

  for (const key of Object.keys(raw)) {
    // losingTouchDays (one limit for everyone) gave way to a rhythm per person: dropped without a word.
    if (key === 'losingTouchDays') continue;
    if (!['version', 'sites', 'rules', 'savedWeights', 'autoLog', 'reachOutLimit', 'digest', 'mastodonServers'].includes(key)) problems.push(`unknown setting "${key}" ignored`);
  }
  if (raw.sites !== undefined) {
    if (!isObject(raw.sites)) problems.push('"sites" is not an object; all sites on');
    else
      for (const [id, on] of Object.entries(raw.sites)) {
        if (!SITE_IDS.includes(id as SiteId)) problems.push(`unknown site "${id}" ignored`);
        else if (typeof on !== 'boolean') problems.push(`site "${id}" must be true or false`);
        else settings.sites[id as SiteId] = on;
      }
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) problems.push('"rules" is not an object; rule defaults used');
    else
      for (const [id, value] of Object.entries(raw.rules)) {
        const problem = ruleSettingProblem(id, value);
        if (problem) problems.push(problem);
        else settings.rules[id] = value as RuleSetting;
      }
  }
  if (raw.savedWeights !== undefined) {
    if (!isObject(raw.savedWeights)) problems.push('"savedWeights" is not an object; ignored');
    else
      for (const [id, value] of Object.entries(raw.savedWeights)) {
        const problem = value === 'off' ? `saved weight of "${id}" must be a number` : ruleSettingProblem(id, value);
        if (problem) problems.push(problem);
        else settings.savedWeights[id] = value as number;
      }
  }
  if (raw.autoLog !== undefined) {
    if (AUTO_LOG_MODES.includes(raw.autoLog as AutoLog)) settings.autoLog = raw.autoLog as AutoLog;
    else problems.push(`"autoLog" must be one of ${AUTO_LOG_MODES.join(', ')}`);
  }
  if (raw.reachOutLimit !== undefined) {
    const problem = reachOutLimitProblem(raw.reachOutLimit);
    if (problem) problems.push(`"reachOutLimit" ${problem}`);
    else settings.reachOutLimit = raw.reachOutLimit as number;
  }
  if (raw.digest !== undefined) {
    if (typeof raw.digest === 'boolean') settings.digest = raw.digest;
    else problems.push('"digest" must be true or false');
  }
  if (raw.mastodonServers !== undefined) {
    if (!Array.isArray(raw.mastodonServers)) problems.push('"mastodonServers" must be a list of host names');
    else
      for (const s of raw.mastodonServers) {
        const host = typeof s === 'string' ? mastodonServerOf(s) : null;
        if (host === null) problems.push(`Mastodon server ${JSON.stringify(s)} is not a host name; ignored`);
        else if (!settings.mastodonServers.includes(host)) settings.mastodonServers.push(host);
      }
  }
  return { settings, problems };
}

/** The Reach out size a person may choose (Settings): a single digit, so the badge is one too. */
export const REACH_OUT_MIN = 1;
export const REACH_OUT_MAX = 9;

/** Why a Reach out size is not acceptable, or undefined when it is. */
export function reachOutLimitProblem(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= REACH_OUT_MIN && value <= REACH_OUT_MAX) return undefined;
  return `must be a whole number of people from ${REACH_OUT_MIN} to ${REACH_OUT_MAX} (got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : String(value)})`;
}

/** Why a per-rule setting is invalid, or undefined when it is fine. */
export function ruleSettingProblem(id: string, value: unknown): string | undefined {
  if (!RULE_IDS.includes(id)) return `unknown rule "${id}" ignored`;
  if (value === 'off') return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= WEIGHT_MIN && value <= WEIGHT_MAX) return undefined;
  return `rule "${id}" must be "off" or a weight between ${WEIGHT_MIN} and ${WEIGHT_MAX}`;
}

/** The sites Communis covers with fixed hosts (in the manifest); Mastodon servers come from settings. */
const FIXED_HOSTS = new Set([
  'x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'www.facebook.com', 'web.facebook.com',
  'm.facebook.com', 'www.linkedin.com', 'linkedin.com', 'bsky.app', 'www.threads.com', 'www.threads.net',
]);

/**
 * A Mastodon server as the user types it ("hachyderm.io", "https://Hachyderm.io/home",
 * "@me@hachyderm.io") reduced to its host name, or null when it is not one:
 * a public DNS name (letters, digits, hyphens, at least one dot), no port,
 * no IP address, not one of the sites covered already.
 */
export function mastodonServerOf(input: string): string | null {
  let s = input.trim().toLowerCase();
  const at = /^@?[^@\s/]+@([^@\s/]+)$/.exec(s); // @user@server
  if (at?.[1]) s = at[1];
  s = s.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
  if (s.length > 253 || !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/.test(s)) return null;
  if (FIXED_HOSTS.has(s)) return null;
  return s;
}
