// The journal's message protocol. The background answers requests by
// calling its JournalApi; pages and content scripts use makeClient() to get
// an object with the same shape. Errors cross the boundary as plain data
// and are rebuilt on the other side, so JournalImportError keeps its "where".
import { JOURNAL_METHODS, JournalImportError, type JournalApi } from './api';

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
  if (typeof m !== 'object' || m === null) return false;
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
