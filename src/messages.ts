// Typed messages between the extension's parts. Content scripts never see
// the journal's data beyond what they ask to write; the popup asks the
// content script of the active tab for the current draft's coaching.
import type { DraftSummary } from './coach/coach';

export type ContentRequest = { type: 'communis:current-draft' };
export type ContentResponse = { type: 'communis:current-draft'; draft: DraftSummary | null; site: string };

export function isContentRequest(m: unknown): m is ContentRequest {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'communis:current-draft';
}
