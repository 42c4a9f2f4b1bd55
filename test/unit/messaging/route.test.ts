// Only the extension's own pages and content scripts may ask the background
// anything (src/messaging/route.ts): a table of senders against every message
// the background accepts, and the journal's import port.
import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_METHODS, IMPORT_PORT, type JournalRequest } from '../../../src/journal/rpc';
import { acceptsPort, routeMessage, type Route } from '../../../src/messaging/route';
import { senderKind, type SenderKind, type SenderLike } from '../../../src/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const self = { id: ID, base: `chrome-extension://${ID}/` };
const OTHER = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const tab = { id: 7 };

const SENDERS: Array<[string, SenderLike | undefined, SenderKind]> = [
  ['our popup (no tab)', { id: ID, url: `${self.base}popup.html` }, 'extension-page'],
  ['our journal opened in a tab', { id: ID, tab, url: `${self.base}journal.html` }, 'extension-page'],
  ['our options page', { id: ID, tab, url: `${self.base}options.html#rule-call-to-action` }, 'extension-page'],
  ['our content script on X', { id: ID, tab, url: 'https://x.com/home' }, 'content-script'],
  ['our content script on a Mastodon server', { id: ID, tab, url: 'https://hachyderm.io/home' }, 'content-script'],
  ['another extension’s page', { id: OTHER, url: `chrome-extension://${OTHER}/popup.html` }, 'foreign'],
  ['another extension’s page claiming our url', { id: OTHER, url: `${self.base}journal.html` }, 'foreign'],
  ['another extension’s content script', { id: OTHER, tab, url: 'https://x.com/home' }, 'foreign'],
  ['a web page url without a tab', { id: ID, url: 'https://x.com/home' }, 'foreign'],
  ['a look-alike extension origin', { id: ID, tab, url: `chrome-extension://${ID}x/journal.html` }, 'foreign'],
  ['a tab that is not a web page', { id: ID, tab, url: 'file:///home/me/page.html' }, 'foreign'],
  ['a web page url with no id', { tab, url: 'https://x.com/home' }, 'foreign'],
  ['our page url with no id', { url: `${self.base}popup.html` }, 'foreign'],
  ['no url', { id: ID, tab }, 'foreign'],
  ['a null tab', { id: ID, tab: null, url: 'https://x.com/home' }, 'foreign'],
  ['an empty sender', {}, 'foreign'],
  ['no sender', undefined, 'foreign'],
];

const journal = (method: JournalRequest['method']): JournalRequest => ({ type: 'communis:journal', method, args: [] });
const MESSAGES: Array<[string, unknown]> = [
  ['score', { type: 'communis:score', text: 'Thanks for this!', site: 'x', kind: 'post', rules: {} }],
  ['warm', { type: 'communis:warm' }],
  ['open-rule', { type: 'communis:open-rule', ruleId: 'call-to-action' }],
  ['journal addEntry', journal('addEntry')],
  ['journal listEntries', journal('listEntries')],
  ['journal clear', journal('clear')],
];

/** What each kind of sender gets for each message. */
function expected(kind: SenderKind, name: string): Partial<Route> {
  if (kind === 'foreign') return { to: 'nobody' };
  if (name.startsWith('journal')) return { to: 'journal', fromContentScript: kind === 'content-script' };
  return { to: name as Route['to'] };
}

describe('senderKind', () => {
  test.each(SENDERS)('%s → %s', (_name, sender, kind) => {
    expect(senderKind(sender, self)).toBe(kind);
  });

  test('an extension whose id is unknown trusts nobody', () => {
    expect(senderKind({ id: '', tab, url: 'https://x.com/home' }, { id: '', base: self.base })).toBe('foreign');
  });
});

describe('routeMessage', () => {
  const cases = SENDERS.flatMap(([who, sender, kind]) => MESSAGES.map(([name, message]) => [who, name, sender, kind, message] as const));
  test.each(cases)('%s sends %s', (_who, name, sender, kind, message) => {
    const route = routeMessage(message, sender, self);
    expect(route).toMatchObject(expected(kind, name));
    if (route.to === 'open-rule') expect(route.ruleId).toBe('call-to-action');
    if (route.to === 'score') expect(route.request).toBe(message);
  });

  test('a content script may only write one entry: every other journal method is refused downstream', () => {
    expect([...CONTENT_SCRIPT_METHODS]).toEqual(['addEntry']);
  });

  test.each([
    ['an unknown type', { type: 'communis:nope' }],
    ['an open-rule with a path in it', { type: 'communis:open-rule', ruleId: '../journal.html' }],
    ['a journal method that does not exist', { type: 'communis:journal', method: 'eval', args: [] }],
    ['a string', 'communis:warm'],
    ['null', null],
  ])('%s from our own page goes to nobody', (_name, message) => {
    expect(routeMessage(message, { id: ID, url: `${self.base}journal.html` }, self)).toEqual({ to: 'nobody' });
  });
});

describe('acceptsPort', () => {
  test.each(SENDERS)('the import port from %s', (_name, sender, kind) => {
    expect(acceptsPort({ name: IMPORT_PORT, sender }, self)).toBe(kind === 'extension-page');
  });

  test('a port of another name is never served', () => {
    expect(acceptsPort({ name: 'communis:other', sender: { id: ID, url: `${self.base}journal.html` } }, self)).toBe(false);
  });
});
