// What the content script and the coach's on-demand chunk agree on: the
// chunk's file name in the build and the shape of what it exports.
import type { SiteAdapter } from '../sites/adapter';
import type { CoachHandle } from './boot';

/** The chunk's path in the built extension (an unlisted script, extension/coach.ts). */
export const COACH_CHUNK = 'coach.js';
/** The IIFE variable WXT gives the chunk; wxt.config.ts exports it as the module's default. */
export const COACH_CHUNK_GLOBAL = 'communisCoach';

export interface CoachChunk {
  boot(adapter: SiteAdapter): Promise<CoachHandle>;
}
