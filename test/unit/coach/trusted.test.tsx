// @vitest-environment happy-dom
// Only the person can make the coach act (DESIGN.md): every control of the
// pill, the panel and the "Log as help" card ignores what a page script does
// to it (click(), dispatched keys, pointer and mouse events), and the
// runtime's posting detection and Alt+Shift+C ignore dispatched input too.
// Each case also checks that the same control does act on real input, so
// these tests cannot pass by finding nothing to press.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OFFER_MS, OFFER_TAG, showOffer } from '../../../src/coach/offer';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import { trusted } from '../../../src/coach/trusted';
import { CoachView, type CoachViewProps } from '../../../src/coach/view';
import { scoreDraft } from '../../../src/engine/index';
import { defaultSettings } from '../../../src/settings/schema';
import { x } from '../../../src/sites/x';
import { composer } from './composer';
import { localScore } from './local-scorer';
import { asUser, pageActs, userClick, userKey } from './user';

const flush = () => new Promise((r) => setTimeout(r, 0));
let runtime: Runtime | undefined;
afterEach(() => {
  runtime?.stop();
  runtime = undefined;
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('trusted()', () => {
  test.each([
    ['real input', 1, true],
    ['a script’s event', 0, false],
    ['an event without the flag', 0, undefined],
  ])('%s → handler runs %i time(s)', (_name, calls, flag) => {
    const handler = vi.fn();
    const event = new Event('click');
    if (flag !== undefined) Object.defineProperty(event, 'isTrusted', { value: flag });
    trusted(handler)(event);
    expect(handler).toHaveBeenCalledTimes(calls);
  });
});

/** The panel open with findings (so Ignore / Switch off are there) and one rule ignored (so Stop ignoring is). */
function renderPanel() {
  const result = scoreDraft('Excited to announce our new app! Sign up today, link in bio.', { site: 'x', kind: 'post' });
  expect(result.findings.length).toBeGreaterThan(0);
  const spies = { onToggle: vi.fn(), onPause: vi.fn(), onIgnoreRule: vi.fn(), onResetIgnored: vi.fn(), onOpenRule: vi.fn() };
  const props: CoachViewProps = { result, state: 'scored', expanded: true, ignored: 1, ...spies };
  const mount = document.createElement('div');
  document.body.append(mount);
  render(h(CoachView, props), mount);
  const calls = () => Object.values(spies).reduce((n, s) => n + s.mock.calls.length, 0);
  return { mount, spies, calls };
}

describe('the pill and the panel', () => {
  test('a page pressing every control in every way changes nothing', () => {
    const { mount, calls } = renderPanel();
    const all = [...mount.querySelectorAll('*')];
    expect(mount.querySelectorAll('button').length).toBeGreaterThanOrEqual(5);
    for (const el of all) pageActs(el);
    expect(calls()).toBe(0);
  });

  test('each button acts on a real click, once', () => {
    const { mount, spies, calls } = renderPanel();
    const buttons = [...mount.querySelectorAll('button')];
    for (const [i, b] of buttons.entries()) {
      userClick(b);
      expect(calls(), b.textContent ?? '').toBe(i + 1);
    }
    for (const s of Object.values(spies)) expect(s).toHaveBeenCalled();
  });

  test('Escape closes the panel only when the person presses it', () => {
    const { mount, spies } = renderPanel();
    const pill = mount.querySelector('button.pill') as HTMLElement;
    pill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(spies.onToggle).not.toHaveBeenCalled();
    userKey(pill, 'keydown', { key: 'Escape' });
    expect(spies.onToggle).toHaveBeenCalledOnce();
  });
});

describe('the "Log as help" card', () => {
  const post = { site: 'x' as const, kind: 'reply' as const, replyTo: '@mallory' };
  const card = () => document.querySelector(OFFER_TAG);

  test('a page pressing every control in every way neither logs nor closes it', async () => {
    const log = vi.fn(async () => {});
    showOffer(document, post, false, log);
    await flush();
    const host = card();
    const inside = [...(host?.shadowRoot?.querySelectorAll('*') ?? [])];
    expect(inside.filter((e) => e.localName === 'button')).toHaveLength(2);
    for (const el of [host!, ...inside]) pageActs(el);
    await flush();
    expect(log).not.toHaveBeenCalled();
    expect(card()).not.toBeNull();
    // The same button logs on a real click.
    userClick([...host!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Log as help to @mallory'));
    await flush();
    expect(log).toHaveBeenCalledOnce();
  });

  test('a page’s mouseenter does not keep the card on screen; the real pointer does', () => {
    vi.useFakeTimers();
    showOffer(document, post, false, async () => {});
    card()!.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(OFFER_MS + 1);
    expect(card()).toBeNull();
    showOffer(document, post, false, async () => {});
    card()!.dispatchEvent(asUser(new MouseEvent('mouseenter')));
    vi.advanceTimersByTime(OFFER_MS + 1);
    expect(card()).not.toBeNull();
  });
});

describe('the runtime', () => {
  const reply = { hostname: 'x.com', pathname: '/ada/status/123' };
  function start() {
    const { root, editor } = composer('Thanks, this helped a lot!');
    const button = document.createElement('div');
    button.dataset.testid = 'tweetButtonInline';
    document.body.append(root, button);
    const onPosted = vi.fn();
    runtime = startRuntime(document, x, reply, defaultSettings(), { score: localScore, onPosted });
    const clear = () => ((editor.firstElementChild as HTMLElement).textContent = '');
    return { editor, button, onPosted, clear };
  }

  test.each([
    ['clicks the post button', (t: ReturnType<typeof start>) => pageActs(t.button), (t: ReturnType<typeof start>) => userClick(t.button)],
    [
      'presses Ctrl+Enter in the editor',
      (t: ReturnType<typeof start>) => t.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true })),
      (t: ReturnType<typeof start>) => userKey(t.editor, 'keydown', { key: 'Enter', ctrlKey: true }),
    ],
  ])('a page that %s and clears the box gets no offer; the person does', async (_name, page, person) => {
    const t = start();
    page(t);
    t.clear();
    await flush();
    expect(t.onPosted).not.toHaveBeenCalled();
    (t.editor.firstElementChild as HTMLElement).textContent = 'Thanks again!';
    await flush();
    person(t);
    t.clear();
    await flush();
    expect(t.onPosted).toHaveBeenCalledOnce();
  });

  test('a dispatched Alt+Shift+C neither moves focus to the coach nor is taken from the site', () => {
    const t = start();
    const fake = new KeyboardEvent('keydown', { code: 'KeyC', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    t.editor.dispatchEvent(fake);
    const host = document.querySelector('communis-coach');
    expect(fake.defaultPrevented).toBe(false);
    expect(host?.shadowRoot?.activeElement ?? null).toBeNull();
    userKey(t.editor, 'keydown', { code: 'KeyC', altKey: true, shiftKey: true });
    expect(host?.shadowRoot?.activeElement?.classList.contains('pill')).toBe(true);
  });
});

describe('source check', () => {
  // Belt and braces for the tests above: a new on…={…} handler in the coach's
  // views must go through trusted(), directly or through a const that does.
  const dir = join(import.meta.dirname, '../../../src/coach');
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsx'));
  test.each(files)('%s: every JSX event handler is trusted()', (file) => {
    const src = readFileSync(join(dir, file), 'utf8');
    const handlers = [...src.matchAll(/\bon[A-Z]\w*=\{([^}]*)/g)].map((m) => (m[1] ?? '').trim());
    expect(handlers.length).toBeGreaterThan(0);
    for (const value of handlers) {
      const ok = value.startsWith('trusted(') || new RegExp(`const ${value} = trusted\\(`).test(src);
      expect(ok, `${file}: ${value}`).toBe(true);
    }
  });
});
