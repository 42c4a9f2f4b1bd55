// Mastodon servers: what the user may type, and the permission + registration
// flow behind "Add" and "Remove" (the browser API is a recording fake here;
// test/e2e/networks.spec.ts runs the real one in Chromium).
import { describe, expect, test } from 'vitest';
import { defaultSettings, mastodonServerOf, parseSettings } from '../../../src/settings/schema';
import { addMastodonServer, refreshMastodonScripts, removeMastodonServer, scriptIdFor, type MastodonApi, type RegisteredScript } from '../../../src/settings/mastodon-servers';

describe('mastodonServerOf', () => {
  test.each([
    ['hachyderm.io', 'hachyderm.io'],
    ['  Hachyderm.IO ', 'hachyderm.io'],
    ['https://hachyderm.io/home', 'hachyderm.io'],
    ['http://mastodon.social/@Gargron', 'mastodon.social'],
    ['@ada@fosstodon.org', 'fosstodon.org'],
    ['ada@fosstodon.org', 'fosstodon.org'],
    ['social.example.co.uk.', 'social.example.co.uk'],
  ])('%j is %j', (input, host) => expect(mastodonServerOf(input)).toBe(host));

  test.each([
    ['', 'empty'], ['localhost', 'no dot'], ['127.0.0.1', 'an IP address'], ['hachyderm.io:8443', 'a port'],
    ['*.social', 'a wildcard'], ['exa mple.org', 'a space'], ['-bad.org', 'a leading hyphen'], ['x.com', 'a site covered already'],
    ['bsky.app', 'a site covered already'], ['javascript:alert(1)', 'a script URL'], [`${'a'.repeat(64)}.org`, 'a label over 63 characters'],
  ])('%j is refused (%s)', (input) => expect(mastodonServerOf(input)).toBeNull());
});

test('settings keep valid, de-duplicated server names and report the rest', () => {
  const { settings, problems } = parseSettings({ version: 1, mastodonServers: ['hachyderm.io', 'HACHYDERM.IO', 'not a host', 3] });
  expect(settings.mastodonServers).toEqual(['hachyderm.io']);
  expect(problems).toHaveLength(2);
  expect(parseSettings({ version: 1, mastodonServers: 'hachyderm.io' }).problems).toEqual(['"mastodonServers" must be a list of host names']);
  expect(defaultSettings().mastodonServers).toEqual([]);
});

/** Where the fake browser fails, for the roll-back cases. */
interface Faults {
  /** This scripting call throws. */
  throws?: 'getRegisteredContentScripts' | 'unregisterContentScripts' | 'registerContentScripts';
  /** No scripting API even once granted (a browser without it). */
  noScripting?: boolean;
  /** The build names no content script file. */
  noFiles?: boolean;
  /** permissions.remove rejects. */
  removeRejects?: boolean;
}

/** A fake browser: records calls and what is granted; `grant` decides how the permission prompt is answered. */
function fakeApi(grant: boolean, faults: Faults = {}) {
  const calls: string[] = [];
  const registered = new Map<string, RegisteredScript>();
  const granted = new Set<string>();
  const fail = (name: NonNullable<Faults['throws']>) => {
    if (faults.throws === name) throw new Error(`${name} failed`);
  };
  const api: MastodonApi = {
    permissions: {
      request: async (p) => {
        calls.push(`request ${JSON.stringify(p)}`);
        if (grant) for (const x of [...p.origins, ...p.permissions]) granted.add(x);
        return grant;
      },
      remove: async (p) => {
        calls.push(`remove ${JSON.stringify(p)}`);
        if (faults.removeRejects) throw new Error('remove failed');
        for (const x of [...p.origins, ...(p.permissions ?? [])]) granted.delete(x);
        return true;
      },
    },
    scripting: () =>
      granted.has('scripting') && !faults.noScripting
        ? {
            registerContentScripts: async (scripts) => {
              fail('registerContentScripts');
              for (const s of scripts) registered.set(s.id, s);
              calls.push(`register ${scripts.map((s) => s.id).join()}`);
            },
            unregisterContentScripts: async ({ ids }) => {
              fail('unregisterContentScripts');
              for (const id of ids) registered.delete(id);
              calls.push(`unregister ${ids.join()}`);
            },
            getRegisteredContentScripts: async ({ ids }) => {
              fail('getRegisteredContentScripts');
              return ids.filter((id) => registered.has(id)).map((id) => registered.get(id)!);
            },
          }
        : undefined,
    contentScriptFiles: () => (faults.noFiles ? [] : ['content-scripts/mastodon.js']),
  };
  return { api, calls, registered, granted };
}

describe('adding a server', () => {
  test('requests exactly that origin and `scripting`, then registers the content script there', async () => {
    const { api, calls, registered } = fakeApi(true);
    const result = await addMastodonServer(api, defaultSettings(), 'https://Hachyderm.io/home');
    expect(result.ok && result.settings.mastodonServers).toEqual(['hachyderm.io']);
    expect(calls[0]).toBe('request {"origins":["https://hachyderm.io/*"],"permissions":["scripting"]}');
    expect(registered.get(scriptIdFor('hachyderm.io'))).toEqual({
      id: 'communis-mastodon-hachyderm.io', matches: ['https://hachyderm.io/*'], js: ['content-scripts/mastodon.js'], runAt: 'document_idle', persistAcrossSessions: true,
    });
  });

  test('the permission request is the first thing awaited (it must run inside the click)', async () => {
    const { api, calls } = fakeApi(true);
    await addMastodonServer(api, defaultSettings(), 'hachyderm.io');
    expect(calls.findIndex((c) => c.startsWith('request'))).toBe(0);
  });

  test('a refused prompt changes nothing', async () => {
    const { api, calls, registered } = fakeApi(false);
    const result = await addMastodonServer(api, defaultSettings(), 'hachyderm.io');
    expect(result).toEqual({ ok: false, message: 'Access to hachyderm.io was not given, so nothing changed.' });
    expect(registered.size).toBe(0);
    expect(calls).toHaveLength(1);
  });

  test('a bad name or a server already added asks for nothing', async () => {
    const { api, calls } = fakeApi(true);
    expect((await addMastodonServer(api, defaultSettings(), 'not a server')).ok).toBe(false);
    expect((await addMastodonServer(api, { ...defaultSettings(), mastodonServers: ['hachyderm.io'] }, 'hachyderm.io')).ok).toBe(false);
    expect(calls).toEqual([]);
  });
});

/** Default settings with these servers added, one after the other, through `api`. */
async function withServers(api: MastodonApi, servers: string[]) {
  let settings = defaultSettings();
  for (const server of servers) {
    const r = await addMastodonServer(api, settings, server);
    if (r.ok) settings = r.settings;
  }
  return settings;
}

describe('a registration that fails after access was granted is rolled back', () => {
  const FAILURES: Array<[string, Faults, string]> = [
    ['looking up an earlier registration throws', { throws: 'getRegisteredContentScripts' }, 'the browser said: getRegisteredContentScripts failed'],
    ['removing an earlier registration throws', { throws: 'unregisterContentScripts' }, 'the browser said: unregisterContentScripts failed'],
    ['registering throws', { throws: 'registerContentScripts' }, 'the browser said: registerContentScripts failed'],
    ['there is no scripting API', { noScripting: true }, 'this browser cannot register it for a server'],
    ['there is no content script file', { noFiles: true }, 'this browser cannot register it for a server'],
  ];
  const stale: RegisteredScript = { id: scriptIdFor('hachyderm.io'), matches: ['https://hachyderm.io/*'], js: ['old.js'], runAt: 'document_idle', persistAcrossSessions: true };

  describe.each(FAILURES)('when %s', (_name, faults, why) => {
    test('as the first server: the origin and `scripting` are given back, and the message says why', async () => {
      const { api, granted, registered } = fakeApi(true, faults);
      registered.set(stale.id, stale); // left by an earlier add, so unregister is reached
      const result = await addMastodonServer(api, defaultSettings(), 'hachyderm.io');
      expect(result).toEqual({ ok: false, message: `Could not start the coach on hachyderm.io (${why}). Access to it was given back, so nothing changed.` });
      expect([...granted]).toEqual([]);
    });

    test('beside another server: only the new origin is given back; `scripting` stays for the other', async () => {
      const { api, granted, registered } = fakeApi(true);
      const settings = await withServers(api, ['fosstodon.org']);
      const failing = fakeApi(true, faults);
      for (const x of granted) failing.granted.add(x);
      failing.registered.set(stale.id, stale);
      for (const [id, s] of registered) failing.registered.set(id, s);
      const result = await addMastodonServer(failing.api, settings, 'hachyderm.io');
      expect(result.ok).toBe(false);
      expect([...failing.granted].sort()).toEqual(['https://fosstodon.org/*', 'scripting']);
      expect(failing.calls.at(-1)).toBe('remove {"origins":["https://hachyderm.io/*"]}');
    });
  });

  test('if the access cannot be given back either, the message says where to remove it', async () => {
    const { api, granted } = fakeApi(true, { throws: 'registerContentScripts', removeRejects: true });
    const result = await addMastodonServer(api, defaultSettings(), 'hachyderm.io');
    expect(result).toEqual({
      ok: false,
      message: "Could not start the coach on hachyderm.io (the browser said: registerContentScripts failed), nor give its access back: remove it in your browser's settings for this extension.",
    });
    expect(granted.has('https://hachyderm.io/*')).toBe(true);
  });
});

test('removing a server undoes both: the script and the origin (and `scripting` with the last server)', async () => {
  const { api, calls, registered } = fakeApi(true);
  let settings = await withServers(api, ['hachyderm.io', 'fosstodon.org']);
  calls.length = 0;
  let r = await removeMastodonServer(api, settings, 'hachyderm.io');
  if (r.ok) settings = r.settings;
  expect(settings.mastodonServers).toEqual(['fosstodon.org']);
  expect(calls).toEqual(['unregister communis-mastodon-hachyderm.io', 'remove {"origins":["https://hachyderm.io/*"]}']);
  calls.length = 0;
  r = await removeMastodonServer(api, settings, 'fosstodon.org');
  expect(r.ok && r.settings.mastodonServers).toEqual([]);
  expect(calls).toEqual(['unregister communis-mastodon-fosstodon.org', 'remove {"origins":["https://fosstodon.org/*"],"permissions":["scripting"]}']);
  expect(registered.size).toBe(0);
});

test('after an update, registrations naming an older file are re-registered with today\'s, and only those', async () => {
  const { api, calls, registered } = fakeApi(true);
  const settings = await withServers(api, ['hachyderm.io', 'fosstodon.org']);
  // The earlier version registered one file for every site.
  const old = registered.get(scriptIdFor('hachyderm.io'))!;
  registered.set(old.id, { ...old, js: ['content-scripts/content.js'] });
  calls.length = 0;
  expect(await refreshMastodonScripts(api, settings.mastodonServers)).toBe(1);
  expect(calls).toEqual(['unregister communis-mastodon-hachyderm.io', 'register communis-mastodon-hachyderm.io']);
  expect(registered.get(old.id)).toEqual(old);
  // Up to date: nothing to do; no `scripting` (nothing granted): nothing to do either.
  expect(await refreshMastodonScripts(api, settings.mastodonServers)).toBe(0);
  expect(await refreshMastodonScripts(fakeApi(false).api, ['hachyderm.io'])).toBe(0);
});
