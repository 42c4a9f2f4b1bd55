// After a reply or comment is posted: "Log as help to @handle" (auto-log
// "offer"), or a note that it was logged (auto-log "always"). A small card in
// its own shadow root at the corner of the page; it never takes focus from
// the site and goes away by itself, but not while it has focus or the
// pointer (keyboard users reach it last in the page's tab order). Escape
// closes it.
import { h, render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PostedReply } from './coach';
import { trusted } from './trusted';

export const OFFER_TAG = 'communis-offer';
/** How long an unanswered offer stays on screen. */
export const OFFER_MS = 20_000;
const DONE_MS = 4000;

type Phase = 'offer' | 'saving' | 'logged' | 'failed';

const OFFER_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card { --bg: #ffffff; --fg: #111827; --line: #d1d5db; --accent: #0f766e; --accent-fg: #ffffff; --focus: #2563eb;
  max-width: 320px; padding: 10px 12px; border: 1px solid var(--line); border-radius: 10px; background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgb(0 0 0 / .18); }
@media (prefers-color-scheme: dark) { .card { --bg: #111827; --fg: #f3f4f6; --line: #374151; --accent: #2dd4bf; --accent-fg: #042f2e; --focus: #93c5fd; } }
p { margin: 0 0 8px; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;

function OfferCard(p: { post: PostedReply; auto: boolean; log(): Promise<void>; close(): void; closeIn(ms: number): void }) {
  const [phase, setPhase] = useState<Phase>(p.auto ? 'saving' : 'offer');
  const who = p.post.replyTo;
  const card = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // "Log as help" goes away once pressed: focus moves on to "Close" instead of getting lost.
  const refocus = useRef(false);
  const accept = async () => {
    const root = card.current?.getRootNode() as ShadowRoot | undefined;
    refocus.current = Boolean(root?.activeElement && card.current?.contains(root.activeElement));
    setPhase('saving');
    try {
      await p.log();
      setPhase('logged');
      p.closeIn(DONE_MS);
    } catch {
      setPhase('failed');
    }
  };
  useEffect(() => {
    if (p.auto) void accept();
  }, []);
  useEffect(() => {
    if (phase !== 'offer' && refocus.current) closeButton.current?.focus();
  }, [phase]);
  // Only real user input acts (trusted.ts): a page cannot log or close for the person.
  const onKeyDown = trusted((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      p.close();
    }
  });
  return (
    <div class="card" role="region" aria-label="Communis journal" ref={card} onKeyDown={onKeyDown}>
      <p role="status" aria-live="polite">
        {phase === 'offer' && `You ${p.post.kind === 'reply' ? 'replied to' : 'commented on a post by'} ${who}.`}
        {phase === 'saving' && 'Logging…'}
        {phase === 'logged' && `Logged as help to ${who} in your journal.`}
        {phase === 'failed' && 'Could not log it; you can add it from the Communis popup.'}
      </p>
      <div class="actions">
        {phase === 'offer' && (
          <button type="button" class="primary" onClick={trusted(() => void accept())}>
            {`Log as help to ${who}`}
          </button>
        )}
        <button type="button" ref={closeButton} onClick={trusted(() => p.close())}>
          {phase === 'offer' ? 'Not now' : 'Close'}
        </button>
      </div>
    </div>
  );
}

/** Closes the card on screen, if any. */
let closeCurrent: (() => void) | null = null;

/**
 * Shows the offer (or, when `auto`, logs first and shows the confirmation).
 * Replaces any earlier card. Returns a function that removes it.
 */
export function showOffer(doc: Document, post: PostedReply, auto: boolean, log: () => Promise<void>): () => void {
  // Close the earlier card properly: merely removing it left its timer, Preact
  // tree and listeners alive until the timer fired (found by the leak test).
  closeCurrent?.();
  doc.querySelector(OFFER_TAG)?.remove();
  const host = doc.createElement(OFFER_TAG);
  host.dataset.replyTo = post.replyTo;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OFFER_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.body.append(host);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = OFFER_MS;
  // The countdown waits while the card has focus or the pointer, and starts over when both leave.
  let focused = false;
  let pointed = false;
  const close = () => {
    clearTimeout(timer);
    render(null, mount);
    host.remove();
    if (closeCurrent === close) closeCurrent = null;
  };
  closeCurrent = close;
  const closeIn = (ms: number) => {
    delay = ms;
    clearTimeout(timer);
    if (!focused && !pointed) timer = setTimeout(close, delay);
  };
  host.addEventListener('focusin', () => {
    focused = true;
    clearTimeout(timer);
  });
  host.addEventListener('focusout', () => {
    // Focus may only be moving between the card's buttons: look once it has settled.
    setTimeout(() => {
      focused = shadow.activeElement !== null;
      if (host.isConnected) closeIn(delay);
    });
  });
  // A page's own mouseenter would keep the card on screen for good: only the real pointer counts.
  host.addEventListener('mouseenter', trusted(() => {
    pointed = true;
    clearTimeout(timer);
  }));
  host.addEventListener('mouseleave', trusted(() => {
    pointed = false;
    closeIn(delay);
  }));
  closeIn(OFFER_MS);
  render(h(OfferCard, { post, auto, log, close, closeIn }), mount);
  return close;
}
