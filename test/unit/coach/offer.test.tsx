// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OFFER_TAG, showOffer } from '../../../src/coach/offer';
import { userClick } from './user';

const post = { site: 'x' as const, kind: 'reply' as const, replyTo: '@ada' };
const card = () => document.querySelector(OFFER_TAG)?.shadowRoot;
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => document.body.replaceChildren());

describe('log-as-help offer', () => {
  test('"offer" asks first and logs only when accepted', async () => {
    const log = vi.fn(async () => {});
    showOffer(document, post, false, log);
    await flush();
    const button = Array.from(card()?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Log as help to @ada');
    expect(button).toBeDefined();
    expect(log).not.toHaveBeenCalled();
    userClick(button);
    await flush();
    await flush();
    expect(log).toHaveBeenCalledOnce();
    expect(card()?.textContent).toContain('Logged as help to @ada');
  });

  test('"Not now" closes without logging', async () => {
    const log = vi.fn(async () => {});
    showOffer(document, post, false, log);
    await flush();
    userClick(Array.from(card()?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Not now'));
    await flush();
    expect(document.querySelector(OFFER_TAG)).toBeNull();
    expect(log).not.toHaveBeenCalled();
  });

  test('"always" logs at once and says so; a failure is reported, not hidden', async () => {
    const log = vi.fn(async () => {
      throw new Error('store down');
    });
    showOffer(document, post, true, log);
    await flush();
    await flush();
    expect(log).toHaveBeenCalledOnce();
    expect(card()?.textContent).toContain('Could not log it');
  });

  test('a new offer replaces the previous one', async () => {
    showOffer(document, post, false, async () => {});
    showOffer(document, { ...post, replyTo: '@grace' }, false, async () => {});
    expect(document.querySelectorAll(OFFER_TAG)).toHaveLength(1);
    expect((document.querySelector(OFFER_TAG) as HTMLElement).dataset.replyTo).toBe('@grace');
  });
});
