// @vitest-environment happy-dom
// "Let the writer disagree": Ignore here hides a rule's findings in this box
// only (nothing stored, score recomputed without them); "Switch this rule
// off" asks the background to open Settings at that rule.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { SCORE_DELAY_MS } from '../../../src/coach/coach';
import { startRuntime, type Runtime } from '../../../src/coach/runtime';
import { localScore } from './local-scorer';
import { composer as xComposer } from './composer';
import { scoreDraft } from '../../../src/engine/index';
import { isOpenRuleRequest, optionsPathForRule, ruleFromHash } from '../../../src/settings/open-rule';
import { defaultSettings } from '../../../src/settings/schema';
import { x } from '../../../src/sites/x';
import { userClick } from './user';

const loc = { hostname: 'x.com', pathname: '/home' };
/** Scores are not run in the task that mounts a coach or handles a click: wait past the pause. */
const settle = () => new Promise((r) => setTimeout(r, SCORE_DELAY_MS + 20));
const TEXT = 'Excited to announce our new app! Sign up today, link in bio.';

/** An X composer with `text`, on the page. */
function composer(text: string): HTMLElement {
  const { root, editor } = xComposer(text);
  document.body.append(root);
  return editor;
}

let runtimes: Runtime[] = [];
afterEach(() => {
  for (const r of runtimes) r.stop();
  runtimes = [];
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const buttons = (host: Element, name: RegExp) =>
  [...(host.shadowRoot?.querySelectorAll('button') ?? [])].filter((b) => name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));

describe('Ignore here', () => {
  test('hides the rule in this box only, recomputes the score, and can be undone', async () => {
    composer(TEXT);
    composer(TEXT);
    runtimes.push(startRuntime(document, x, loc, defaultSettings(), { score: localScore }));
    await settle();
    const [first, second] = [...document.querySelectorAll('communis-coach')] as HTMLElement[];
    if (!first || !second) throw new Error('two coaches expected');
    const full = scoreDraft(TEXT, { site: 'x', kind: 'post' });
    expect(full.findings.some((f) => f.ruleId === 'call-to-action')).toBe(true);
    userClick(buttons(first, /Communis coach/)[0]);
    await settle();
    userClick(buttons(first, /^Ignore call-to-action here$/)[0]);
    await settle();
    const without = scoreDraft(TEXT, { site: 'x', kind: 'post', rules: { 'call-to-action': 'off' } });
    expect(first.dataset.score).toBe(String(without.score));
    expect(buttons(first, /^Ignore call-to-action here$/)).toHaveLength(0);
    // The other box is untouched, and nothing was stored.
    expect(second.dataset.score).toBe(String(full.score));
    userClick(buttons(first, /Stop ignoring 1 rule here/)[0]);
    await settle();
    expect(first.dataset.score).toBe(String(full.score));
  });

  test('"Switch this rule off" sends only the rule id to the background', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    composer(TEXT);
    runtimes.push(startRuntime(document, x, loc, defaultSettings(), { score: localScore }));
    await settle();
    const host = document.querySelector('communis-coach') as HTMLElement;
    userClick(buttons(host, /Communis coach/)[0]);
    await settle();
    userClick(buttons(host, /^Switch call-to-action off in Settings$/)[0]);
    expect(send).toHaveBeenCalledWith({ type: 'communis:open-rule', ruleId: 'call-to-action' });
  });
});

describe('open-rule messages', () => {
  test.each([
    [{ type: 'communis:open-rule', ruleId: 'call-to-action' }, true],
    [{ type: 'communis:open-rule', ruleId: '../journal.html' }, false],
    [{ type: 'communis:open-rule', ruleId: 'x'.repeat(41) }, false],
    [{ type: 'communis:open-rule' }, false],
    ['communis:open-rule', false],
  ])('%j is a valid request: %s', (message, ok) => {
    expect(isOpenRuleRequest(message)).toBe(ok);
  });
  test('the options fragment round-trips', () => {
    expect(ruleFromHash(`#${optionsPathForRule('learned-words').split('#')[1] ?? ''}`)).toBe('learned-words');
    expect(ruleFromHash('#rule-<b>')).toBeUndefined();
  });
});
