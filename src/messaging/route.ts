// The background's message router as one pure decision, so that who may ask
// what is unit tested (test/unit/messaging) and extension/background.ts only
// carries out the answer. Foreign senders get no answer at all; content
// scripts get what the coach needs and may only write one journal entry at a
// time (src/journal/rpc.ts CONTENT_SCRIPT_METHODS); the journal's import
// port is for the extension's own pages only.
import { IMPORT_PORT, isJournalRequest, type JournalRequest } from '../journal/rpc';
import { isScoreRequest, isWarmRequest, type ScoreRequest } from '../scoring/request';
import { senderKind, type Self, type SenderLike } from '../sender';
import { isOpenRuleRequest } from '../settings/open-rule';

export type Route =
  | { to: 'score'; request: ScoreRequest }
  | { to: 'warm' }
  | { to: 'open-rule'; ruleId: string }
  | { to: 'journal'; request: JournalRequest; fromContentScript: boolean }
  | { to: 'nobody' };

const NOBODY: Route = { to: 'nobody' };

export function routeMessage(message: unknown, sender: SenderLike | undefined, self: Self): Route {
  const from = senderKind(sender, self);
  if (from === 'foreign') return NOBODY;
  // The coaches' drafts, scored in the background so the engine never runs on a page's main thread.
  if (isScoreRequest(message)) return { to: 'score', request: message };
  if (isWarmRequest(message)) return { to: 'warm' };
  // "Switch this rule off" in a coach panel (pressed by the person: src/coach/trusted.ts).
  if (isOpenRuleRequest(message)) return { to: 'open-rule', ruleId: message.ruleId };
  if (isJournalRequest(message)) return { to: 'journal', request: message, fromContentScript: from === 'content-script' };
  return NOBODY;
}

/** Whether the background serves a port: the journal import, to the extension's own pages only. */
export function acceptsPort(port: { name: string; sender?: SenderLike }, self: Self): boolean {
  return port.name === IMPORT_PORT && senderKind(port.sender, self) === 'extension-page';
}
