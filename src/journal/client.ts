// The journal as seen from extension pages and content scripts: every call
// is a message to the background, which owns the IndexedDB store. Imports
// with progress go over a port (importWithProgress).
import { browser } from 'wxt/browser';
import type { ImportReport, JournalApi } from './api';
import type { ImportProgress } from './importer';
import { IMPORT_PORT, importOverPort, makeClient, type PortLike } from './rpc';

export const journalClient: JournalApi = makeClient((req) => browser.runtime.sendMessage(req));

export function importWithProgress(text: string, onProgress: (p: ImportProgress) => void, signal: AbortSignal): Promise<ImportReport> {
  return importOverPort(() => browser.runtime.connect({ name: IMPORT_PORT }) as unknown as PortLike, text, onProgress, signal);
}
