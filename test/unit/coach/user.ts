// Events "from the person" in happy-dom. Browsers set `isTrusted` only on
// events that real input caused, and a script cannot set it; happy-dom has no
// such flag at all, so these helpers give an event one, the way Chromium would
// for a real click or key. Any event dispatched without them stands for a
// page script's (isTrusted false), which the coach must ignore (src/coach/trusted.ts).

/** Marks `event` as caused by real user input. */
export function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A real click on `el` (as a mouse, tap, or Enter/Space on a focused button gives). */
export function userClick(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A real key press on `el`; returns the event, to look at defaultPrevented. */
export function userKey(el: Element, type: 'keydown' | 'keyup', init: KeyboardEventInit): KeyboardEvent {
  const e = asUser(new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));
  el.dispatchEvent(e);
  return e;
}

/** The keys a page might dispatch to press a button or close a panel. */
const PAGE_KEYS = [
  { key: 'Enter', code: 'Enter' },
  { key: ' ', code: 'Space' },
  { key: 'Escape', code: 'Escape' },
];
const PAGE_POINTER = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/**
 * Everything a page script can do to `el` to try to press it: click(),
 * Enter/Space/Escape down and up, and the pointer and mouse events of a
 * click. None of these is trusted.
 */
export function pageActs(el: Element): void {
  if (el instanceof HTMLElement) el.click();
  for (const k of PAGE_KEYS) {
    for (const type of ['keydown', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { ...k, bubbles: true, cancelable: true, composed: true }));
  }
  for (const type of PAGE_POINTER) {
    const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
    el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
}
