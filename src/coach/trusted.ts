// Only the person can make the coach act (DESIGN.md). The coach's shadow
// roots are open, so a page script can reach every button in them and call
// click(), or dispatch clicks, keys and pointer events of its own; the
// browser marks all of those `isTrusted === false` (and a page cannot forge
// the flag: it is unforgeable on every event, and the page's scripts run in
// another world than the content script's). A real click, tap or key press,
// including Enter or Space on a focused button, is `isTrusted === true`.
// Every handler the coach renders or listens with goes through trusted(),
// so no single handler can forget the check.

/** Wraps an event handler so that it runs only for real user input. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted === true) handler(event);
  };
}
