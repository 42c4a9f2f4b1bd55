// Reading a Chromium trace (DevTools protocol, Tracing domain) for the coach
// benchmark: the page's main thread, its tasks, and how much of each task
// was the extension's own JavaScript (events whose script URL is
// chrome-extension://…), plus paint work and user-timing marks.
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } & Record<string, unknown> } & Record<string, unknown>;
}

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
];

/** Starts a trace on the page's session; the returned function stops it and hands back the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/** JavaScript entry points, each with the URL of the script it runs. */
const JS_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run']);
/** Main-thread work of painting a frame (raster happens on other threads). */
const PAINT_EVENTS = new Set(['Paint', 'PrePaint', 'Layerize']);

const isExtension = (e: TraceEvent) => {
  const url = e.args?.data?.url ?? (e.args?.fileName as string | undefined) ?? '';
  return typeof url === 'string' && url.startsWith('chrome-extension://');
};

export interface Task {
  start: number;
  /** ms */
  dur: number;
  /** ms of the extension's own JavaScript in this task */
  ext: number;
  /** user-timing names that started inside this task */
  marks: string[];
  /** what the extension ran in it: entry event and function name (for reading a slow task) */
  entries: string[];
  /** whether the task dispatched a key or input event (a keystroke's own task) */
  input: boolean;
}

/** Event types of a keystroke: a task that dispatches one of these is the keystroke's. */
const INPUT_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionend']);

export interface MainThread {
  tasks: Task[];
  /** user-timing marks and measures on the page's main thread: name → trace timestamps (µs) */
  marks: Map<string, number[]>;
  /** paint work (ms) between two trace timestamps */
  paintBetween(from: number, to: number): number;
  /** EvaluateScript durations (ms) of scripts whose URL ends with `suffix` */
  evaluations(suffix: string): number[];
}

/** The renderer main thread that ran the fixture page's own scripts. */
export function mainThread(events: TraceEvent[]): MainThread {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  const score = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.get(key) !== 'CrRendererMain' || !JS_EVENTS.has(e.name)) continue;
    if (String(e.args?.data?.url ?? '').includes('/__fixtures__/')) score.set(key, (score.get(key) ?? 0) + 1);
  }
  const key = [...score.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === key).sort((a, b) => a.ts - b.ts);
  const complete = mine.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const runTasks = complete.filter((e) => e.name === 'RunTask');
  const inputs = complete.filter((e) => e.name === 'EventDispatch' && INPUT_EVENTS.has(String(e.args?.data?.type ?? ''))).map((e) => e.ts);
  let inputAt = 0;
  const js = complete.filter((e) => JS_EVENTS.has(e.name) && isExtension(e));
  const marks = new Map<string, number[]>();
  for (const e of mine) {
    if (!e.cat?.includes('blink.user_timing') || e.ph === 'e') continue;
    marks.set(e.name, [...(marks.get(e.name) ?? []), e.ts]);
  }
  const markList = [...marks.entries()].flatMap(([name, tss]) => tss.map((ts) => ({ name, ts })));
  const tasks: Task[] = [];
  let j = 0;
  for (const t of runTasks) {
    const end = t.ts + (t.dur ?? 0);
    // Outermost extension JS events inside the task (nested ones are already counted).
    let ext = 0;
    let covered = -1;
    const entries: string[] = [];
    while (j < js.length && (js[j]?.ts ?? Infinity) < t.ts) j++;
    for (let k = j; k < js.length; k++) {
      const e = js[k]!;
      if (e.ts >= end) break;
      if (e.ts < covered) continue;
      ext += e.dur ?? 0;
      covered = e.ts + (e.dur ?? 0);
      const file = String(e.args?.data?.url ?? e.args?.fileName ?? '').replace(/^.*\//, '');
      entries.push(`${e.name}:${file}:${String(e.args?.data?.functionName ?? '')}@${String(e.args?.data?.lineNumber ?? '')}:${String(e.args?.data?.columnNumber ?? '')}=${((e.dur ?? 0) / 1000).toFixed(1)}`);
    }
    while (inputAt < inputs.length && inputs[inputAt]! < t.ts) inputAt++;
    const input = inputAt < inputs.length && inputs[inputAt]! < end;
    tasks.push({ start: t.ts, dur: (t.dur ?? 0) / 1000, ext: ext / 1000, marks: markList.filter((m) => m.ts >= t.ts && m.ts < end).map((m) => m.name), entries, input });
  }
  // Nested RunTasks (a task run from inside another) would count twice: keep the outermost.
  const outer: Task[] = [];
  let until = -1;
  for (const t of tasks) {
    if (t.start < until) continue;
    outer.push(t);
    until = t.start + t.dur * 1000;
  }
  const paints = complete.filter((e) => PAINT_EVENTS.has(e.name));
  return {
    tasks: outer,
    marks,
    paintBetween: (from, to) => paints.filter((e) => e.ts >= from && e.ts < to).reduce((a, e) => a + (e.dur ?? 0), 0) / 1000,
    evaluations: (suffix) =>
      complete.filter((e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').endsWith(suffix)).map((e) => (e.dur ?? 0) / 1000),
  };
}
