// Typed messages between the extension's parts. Content scripts never see
// the journal's data beyond what they ask to write; the popup asks the
// content script of the active tab for the current draft's coaching, how
// many boxes it coaches, and (on request) a layout report of the focused box.
import type { DraftSummary, Match } from './coach/coach';

export type ContentRequest = { type: 'communis:current-draft' } | { type: 'communis:layout-report' };
export type ContentResponse = {
  type: 'communis:current-draft';
  draft: DraftSummary | null;
  site: string;
  /** Boxes coached on this tab right now. */
  coached: number;
  /** Whether a box was focused, and how it is covered: a site selector, the fallback, or nothing. */
  focused: boolean;
  coverage: Match | null;
};
/** Structure only: no text, names or links (src/sites/layout.ts). */
export type LayoutReportResponse = { type: 'communis:layout-report'; report: string | null };

const TYPES: ReadonlySet<unknown> = new Set(['communis:current-draft', 'communis:layout-report']);

export function isContentRequest(m: unknown): m is ContentRequest {
  return typeof m === 'object' && m !== null && TYPES.has((m as { type?: unknown }).type);
}
