// The journal's message protocol. The background answers requests by
// calling its JournalApi; pages and content scripts use makeClient() to get
// an object with the same shape. Errors cross the boundary as plain data
// and are rebuilt on the other side, so JournalImportError keeps its "where".
import { isObject } from '../is-object';
import { JOURNAL_METHODS, JournalImportError, type ImportReport, type JournalApi } from './api';
import type { ImportProgress } from './importer';

export type JournalMethod = (typeof JOURNAL_METHODS)[number];

export interface JournalRequest {
  type: 'communis:journal';
  method: JournalMethod;
  args: unknown[];
}

export type JournalResponse =
  | { ok: true; value: unknown }
  | { ok: false; error: string; name: string; where?: string };

/** What a content script may do: log help after a post. It can never read the journal. */
export const CONTENT_SCRIPT_METHODS: ReadonlySet<JournalMethod> = new Set(['addEntry']);

export function isJournalRequest(m: unknown): m is JournalRequest {
  if (!isObject(m)) return false;
  const r = m as Partial<JournalRequest>;
  return r.type === 'communis:journal' && JOURNAL_METHODS.includes(r.method as JournalMethod) && Array.isArray(r.args);
}

/** Runs one request against the journal; never throws. */
export async function handleJournalRequest(api: JournalApi, req: JournalRequest, fromContentScript: boolean): Promise<JournalResponse> {
  if (fromContentScript && !CONTENT_SCRIPT_METHODS.has(req.method)) {
    return { ok: false, name: 'Error', error: `"${req.method}" is not available to pages` };
  }
  try {
    const fn = api[req.method] as (...args: unknown[]) => Promise<unknown>;
    const value = await fn.apply(api, req.args);
    // Content scripts learn only that it worked: no journal data reaches the page.
    return { ok: true, value: fromContentScript ? null : value };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, name: err.name, error: err.message, where: err instanceof JournalImportError ? err.where : undefined };
  }
}

/** A JournalApi whose calls are sent with `send` (browser.runtime.sendMessage in the extension). */
export function makeClient(send: (req: JournalRequest) => Promise<unknown>): JournalApi {
  const client = {} as Record<JournalMethod, (...args: unknown[]) => Promise<unknown>>;
  for (const method of JOURNAL_METHODS) {
    client[method] = async (...args: unknown[]) => {
      const res = (await send({ type: 'communis:journal', method, args })) as JournalResponse | undefined;
      if (!res) throw new Error('The journal did not answer; try again.');
      if (res.ok) return res.value;
      if (res.name === 'JournalImportError') {
        const e = new JournalImportError('', res.where);
        e.message = res.error;
        throw e;
      }
      throw new Error(res.error);
    };
  }
  return client as unknown as JournalApi;
}

// ---------------------------------------------------------------------------
// Imports with progress and cancel go over a port (a message has one answer):
// the page sends the file, the background reports progress after each chunk
// of writes, and a "cancel" (or the page going away) aborts the transaction.

export const IMPORT_PORT = 'communis:import';

export type ImportPortMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; name: string; error: string; where?: string };

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
  disconnect(): void;
}

type Importing = (text: string, opts: { onProgress(p: ImportProgress): void; signal: AbortSignal }) => Promise<ImportReport>;

/** The background's side of an import port. */
export function serveImportPort(port: PortLike, importJson: Importing): void {
  const controller = new AbortController();
  let gone = false;
  const post = (m: ImportPortMessage) => { if (!gone) port.postMessage(m); };
  port.onDisconnect.addListener(() => { gone = true; controller.abort(); });
  port.onMessage.addListener((raw) => {
    const m = raw as { type?: unknown; text?: unknown };
    if (m?.type === 'cancel') { controller.abort(); return; }
    if (m?.type !== 'start') return;
    importJson(m.text as string, { onProgress: (progress) => post({ type: 'progress', progress }), signal: controller.signal }).then(
      (report) => post({ type: 'done', report }),
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        post({ type: 'error', name: err.name, error: err.message, where: err instanceof JournalImportError ? err.where : undefined });
      },
    );
  });
}

/** The page's side: import `text` over a fresh port, with progress and cancel. */
export function importOverPort(connect: () => PortLike, text: string, onProgress: (p: ImportProgress) => void, signal: AbortSignal): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const port = connect();
    let settled = false;
    const finish = (fn: () => void) => { if (!settled) { settled = true; fn(); port.disconnect(); } };
    port.onMessage.addListener((raw) => {
      const m = raw as ImportPortMessage;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.report));
      else if (m.type === 'error') {
        finish(() => {
          if (m.name === 'JournalImportError') {
            const e = new JournalImportError('', m.where);
            e.message = m.error;
            reject(e);
          } else reject(Object.assign(new Error(m.error), { name: m.name }));
        });
      }
    });
    port.onDisconnect.addListener(() => finish(() => reject(new Error('The journal stopped answering during the import; nothing was changed.'))));
    signal.addEventListener('abort', () => port.postMessage({ type: 'cancel' }));
    port.postMessage({ type: 'start', text });
  });
}
