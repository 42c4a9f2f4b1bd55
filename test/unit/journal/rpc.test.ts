import { describe, expect, test, vi } from 'vitest';
import { JOURNAL_METHODS, JournalImportError, type JournalApi } from '../../../src/journal/api';
import { handleJournalRequest, isJournalRequest, makeClient, type JournalRequest } from '../../../src/journal/rpc';

/** A JournalApi whose every method records its call and returns a marker. */
function spyApi(): JournalApi & { calls: string[] } {
  const calls: string[] = [];
  const api = { calls } as unknown as Record<string, unknown>;
  for (const m of JOURNAL_METHODS) api[m] = vi.fn(async (...args: unknown[]) => (calls.push(`${m}(${JSON.stringify(args)})`), { from: m }));
  return api as unknown as JournalApi & { calls: string[] };
}

describe('journal messages', () => {
  test.each([
    [{ type: 'communis:journal', method: 'balance', args: [] }, true],
    [{ type: 'communis:journal', method: 'dropDatabase', args: [] }, false],
    [{ type: 'communis:journal', method: 'balance' }, false],
    [{ type: 'other', method: 'balance', args: [] }, false],
    [null, false],
    ['communis:journal', false],
  ])('isJournalRequest(%j) is %s', (m, ok) => {
    expect(isJournalRequest(m)).toBe(ok);
  });

  test('a client call travels as a message and comes back as its value', async () => {
    const api = spyApi();
    const client = makeClient((req) => handleJournalRequest(api, req, false));
    expect(await client.balance('2026-01-01')).toEqual({ from: 'balance' });
    expect(api.calls).toEqual(['balance(["2026-01-01"])']);
  });

  test.each(JOURNAL_METHODS.filter((m) => m !== 'addEntry'))('content scripts cannot call %s', async (method) => {
    const api = spyApi();
    const res = await handleJournalRequest(api, { type: 'communis:journal', method, args: [] } as JournalRequest, true);
    expect(res).toMatchObject({ ok: false });
    expect(api.calls).toEqual([]);
  });

  test('content scripts may log help but get no journal data back', async () => {
    const api = spyApi();
    const res = await handleJournalRequest(api, { type: 'communis:journal', method: 'addEntry', args: [{}] }, true);
    expect(res).toEqual({ ok: true, value: null });
  });

  test('import errors keep their message and where across the boundary', async () => {
    const api = spyApi();
    api.importJson = async () => {
      throw new JournalImportError('not a valid date ("2024-13-45")', 'entries[3].date');
    };
    const client = makeClient((req) => handleJournalRequest(api, req, false));
    const err = await client.importJson('{}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalImportError);
    expect((err as JournalImportError).message).toBe('entries[3].date: not a valid date ("2024-13-45")');
    expect((err as JournalImportError).where).toBe('entries[3].date');
  });

  test('a missing answer is a clear error', async () => {
    const client = makeClient(async () => undefined);
    await expect(client.people()).rejects.toThrow(/did not answer/);
  });
});
