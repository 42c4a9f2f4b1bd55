// How the entries list asks the journal: one request at a time, newest wins.
// Search starts on the keystroke itself (no fixed pause); while an answer is
// on its way, newer requests wait, each replacing the one waiting before it,
// and an answer is shown only if nothing newer was asked meanwhile. So a
// fast typist costs the background one search at a time, never a queue of
// stale ones, and the last keystroke waits at most for the search under way.

export interface LatestOnly<T> {
  /** Runs `task` now if nothing is under way, else after the answer under way (replacing any task waiting). */
  request(task: () => Promise<T>): void;
  /** No more answers or errors are handed on (the list went away). */
  dispose(): void;
}

export function latestOnly<T>(onAnswer: (value: T) => void, onError: (error: unknown) => void): LatestOnly<T> {
  let running = false;
  let waiting: (() => Promise<T>) | null = null;
  let disposed = false;

  const settle = (deliver: () => void) => {
    const next = waiting;
    waiting = null;
    if (next && !disposed) run(next); // this answer is already out of date
    else {
      running = false;
      if (!disposed) deliver();
    }
  };
  const run = (task: () => Promise<T>) => {
    running = true;
    let answer: Promise<T>;
    try {
      answer = task();
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then((v) => settle(() => onAnswer(v)), (e: unknown) => settle(() => onError(e)));
  };

  return {
    request(task) {
      if (disposed) return;
      if (running) waiting = task;
      else run(task);
    },
    dispose() {
      disposed = true;
      waiting = null;
    },
  };
}
