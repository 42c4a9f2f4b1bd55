// Options: "Coach me on my Mastodon server". Adding a server asks the browser
// for that one origin at that moment (optional permission) and registers the
// coach there; removing it undoes both (src/settings/mastodon-servers.ts).
import { useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { addMastodonServer, removeMastodonServer, type ServerChange } from '../settings/mastodon-servers';
import { browserMastodonApi } from '../settings/mastodon-browser';

const api = browserMastodonApi;

export function MastodonServers({ settings, onChange }: { settings: Settings; onChange(s: Settings): Promise<void> }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const apply = async (change: Promise<ServerChange>) => {
    const result = await change;
    if (result.ok) await onChange(result.settings);
    setMessage(result.message);
    return result.ok;
  };
  return (
    <section aria-labelledby="mastodon-heading">
      <h2 id="mastodon-heading">Mastodon</h2>
      <p>
        Mastodon runs on many servers. Add yours and Communis asks your browser for access to that one server only, at that
        moment; remove it and the access is given back.
      </p>
      <form
        class="mastodon-add"
        onSubmit={(e) => {
          e.preventDefault();
          // The permission request runs inside this click (a user gesture).
          void apply(addMastodonServer(api, settings, input)).then((ok) => ok && setInput(''));
        }}
      >
        <label for="mastodon-server">Coach me on my Mastodon server:</label>{' '}
        <input
          id="mastodon-server"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="hachyderm.io"
          aria-label="Mastodon server"
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Add</button>
      </form>
      {settings.mastodonServers.length > 0 && (
        <ul aria-label="Your Mastodon servers">
          {settings.mastodonServers.map((server) => (
            <li key={server}>
              {server}{' '}
              <button type="button" aria-label={`Remove ${server}`} onClick={() => void apply(removeMastodonServer(api, settings, server))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message ?? ''}</p>
    </section>
  );
}
