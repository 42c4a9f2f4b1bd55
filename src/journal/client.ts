// The journal as seen from extension pages and content scripts: every call
// is a message to the background, which owns the IndexedDB store.
import { browser } from 'wxt/browser';
import type { JournalApi } from './api';
import { makeClient } from './rpc';

export const journalClient: JournalApi = makeClient((req) => browser.runtime.sendMessage(req));
