// The three sites, as plain constants. Kept apart from schema.ts (which
// needs the rules engine) so the background's journal code does not pull
// the engine and its tokenizer into the service worker.
export type SiteId = 'x' | 'facebook' | 'linkedin' | 'bluesky' | 'mastodon' | 'threads';
export const SITE_IDS: readonly SiteId[] = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon', 'threads'];
/** Accessible names of the per-site switches (DESIGN.md). */
export const SITE_NAMES: Record<SiteId, string> = {
  x: 'X (Twitter)', facebook: 'Facebook', linkedin: 'LinkedIn',
  bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads',
};
