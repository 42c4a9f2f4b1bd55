// "Entry deleted. Undo" for a while (10 s by default). The region is always
// in the page so screen readers announce what appears in it; focus goes to
// "Undo", and the countdown pauses while focus or the pointer is on the toast.
import { useEffect, useRef } from 'preact/hooks';

export interface UndoToastProps {
  /** What to show; null shows nothing. `key` changes for every new toast. */
  toast: { key: number; message: string; undoable: boolean } | null;
  ms: number;
  onUndo(): void;
  onDismiss(): void;
}

export function UndoToast({ toast, ms, onUndo, onDismiss }: UndoToastProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  const stop = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };
  const start = () => {
    stop();
    timer.current = setTimeout(() => dismiss.current(), ms);
  };

  useEffect(() => {
    if (!toast) return;
    start();
    if (toast.undoable) undoRef.current?.focus();
    return stop;
  }, [toast?.key]);

  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          class="toast"
          ref={boxRef}
          onFocusIn={stop}
          onFocusOut={(e) => {
            if (!boxRef.current?.contains(e.relatedTarget as Node | null)) start();
          }}
          onMouseEnter={stop}
          onMouseLeave={() => {
            if (!boxRef.current?.contains(document.activeElement)) start();
          }}
        >
          <span>{toast.message}</span>
          {toast.undoable && (
            <button type="button" ref={undoRef} onClick={onUndo}>
              Undo
            </button>
          )}
          <button type="button" class="dismiss" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
