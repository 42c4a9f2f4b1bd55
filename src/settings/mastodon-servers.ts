// Adding and removing the user's Mastodon servers. Mastodon runs on thousands
// of servers, so none is in the manifest: when the user adds one in options,
// exactly that origin (https://<server>/*) and `scripting` are requested as
// optional permissions on that click, and the content script is registered
// for that origin (if that fails, the access is given back at once);
// removing the server unregisters the script and gives the origin back (and
// `scripting` with the last server). See README.
import { mastodonMatch } from '../sites/matches';
import { mastodonServerOf, type Settings } from './schema';

/** A script registered with scripting.registerContentScripts. */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The parts of the WebExtension API this needs (a fake in unit tests). */
export interface MastodonApi {
  permissions: {
    request(p: { origins: string[]; permissions: string[] }): Promise<boolean>;
    remove(p: { origins: string[]; permissions?: string[] }): Promise<boolean>;
  };
  /** Only present once `scripting` is granted: read it after the request. */
  scripting(): {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string; js?: string[]; matches?: string[] }>>;
  } | undefined;
  /** The content script file registered on a server (MASTODON_CONTENT_SCRIPT in the extension). */
  contentScriptFiles(): string[];
}

export const scriptIdFor = (server: string) => `communis-mastodon-${server}`;

export type ServerChange = { ok: true; settings: Settings; message: string } | { ok: false; message: string };

/** Called from the click on "Add": the permission request must be the first thing awaited (user gesture). */
export async function addMastodonServer(api: MastodonApi, settings: Settings, input: string): Promise<ServerChange> {
  const server = mastodonServerOf(input);
  if (!server) return { ok: false, message: `"${input.trim()}" is not a server name like hachyderm.io.` };
  if (settings.mastodonServers.includes(server)) return { ok: false, message: `${server} is already in the list.` };
  const origin = mastodonMatch(server);
  let granted = false;
  try {
    granted = await api.permissions.request({ origins: [origin], permissions: ['scripting'] });
  } catch (e) {
    return { ok: false, message: `Could not ask for access to ${server}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!granted) return { ok: false, message: `Access to ${server} was not given, so nothing changed.` };
  // From here on the access is granted: if the coach cannot be registered,
  // give it back (and `scripting` unless another server uses it), or the
  // browser keeps access that nothing in options lists or can remove.
  const rollBack = async (why: string): Promise<ServerChange> => {
    const returned = await api.permissions
      .remove({ origins: [origin], ...(settings.mastodonServers.length === 0 ? { permissions: ['scripting'] } : {}) })
      .then((removed) => removed !== false, () => false);
    return {
      ok: false,
      message: returned
        ? `Could not start the coach on ${server} (${why}). Access to it was given back, so nothing changed.`
        : `Could not start the coach on ${server} (${why}), nor give its access back: remove it in your browser's settings for this extension.`,
    };
  };
  const scripting = api.scripting();
  const js = api.contentScriptFiles();
  if (!scripting || js.length === 0) return rollBack('this browser cannot register it for a server');
  const id = scriptIdFor(server);
  try {
    if ((await scripting.getRegisteredContentScripts({ ids: [id] })).length) await scripting.unregisterContentScripts({ ids: [id] });
    await scripting.registerContentScripts([{ id, matches: [origin], js, runAt: 'document_idle', persistAcrossSessions: true }]);
  } catch (e) {
    return rollBack(`the browser said: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    ok: true,
    settings: { ...settings, mastodonServers: [...settings.mastodonServers, server] },
    message: `Communis now coaches you on ${server}. Reload its open tabs to start.`,
  };
}

/** Undoes addMastodonServer: unregisters the script and gives the origin back (and `scripting` with the last server). */
export async function removeMastodonServer(api: MastodonApi, settings: Settings, server: string): Promise<ServerChange> {
  const rest = settings.mastodonServers.filter((s) => s !== server);
  const scripting = api.scripting();
  if (scripting) await scripting.unregisterContentScripts({ ids: [scriptIdFor(server)] }).catch(() => undefined);
  await api.permissions
    .remove({ origins: [mastodonMatch(server)], ...(rest.length === 0 ? { permissions: ['scripting'] } : {}) })
    .catch(() => false);
  return { ok: true, settings: { ...settings, mastodonServers: rest }, message: `${server} removed; Communis no longer runs there.` };
}

/**
 * After an update: scripts registered by an earlier version may name a file
 * this version no longer builds (the content script was one file for every
 * site before each site got its own). Re-registers any of the user's
 * servers whose script names other files; returns how many it fixed.
 */
export async function refreshMastodonScripts(api: MastodonApi, servers: readonly string[]): Promise<number> {
  const scripting = api.scripting();
  if (!scripting || servers.length === 0) return 0;
  const js = api.contentScriptFiles();
  const registered = await scripting.getRegisteredContentScripts({ ids: servers.map(scriptIdFor) });
  const stale = registered.filter((r) => (r.js ?? []).join('\n') !== js.join('\n'));
  if (stale.length === 0) return 0;
  await scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) });
  await scripting.registerContentScripts(
    stale.map((r) => ({ id: r.id, matches: r.matches ?? [], js, runAt: 'document_idle' as const, persistAcrossSessions: true })),
  );
  return stale.length;
}
