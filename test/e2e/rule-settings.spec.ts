// Per-rule settings end to end: a weight set in Settings reaches the coach
// (score equal to the engine's with that weight), switching the rule off
// and on keeps the weight, and the coach panel's "Ignore here" and "Switch
// this rule off" work in the real built extension.
import { scoreDraft } from '../../src/engine/index';
import { COMPOSERS, expect, openComposer, test, typeHuman } from './harness';

// Its own browser: changed settings must not leak into other tests.
test.use({ reuseBrowser: false });

// Costly but not at the floor: weighted, plain and off give three different scores (0, 23 and 47 with the eighth session's model).
const TEXT = 'Our new course is live. Sign up today.';
const RULE = 'call-to-action';

test('a rule weight set in Settings reaches the coach, and survives switching the rule off and on', async ({ page, context, extensionId }) => {
  const c = COMPOSERS.find((x) => x.id === 'x/home-inline');
  if (!c) throw new Error('fixture case missing');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const weight = options.getByRole('spinbutton', { name: `${RULE} weight` });
  await weight.fill('2');
  await weight.press('Tab');
  const on = options.getByRole('checkbox', { name: `${RULE} on` });
  await on.uncheck();
  await expect(weight).toBeDisabled();
  await on.check();
  await expect(weight).toHaveValue('2');

  const editor = await openComposer(page, c);
  await typeHuman(page, editor, TEXT);
  const host = page.locator('communis-coach').first();
  const weighted = scoreDraft(TEXT, { site: 'x', kind: 'post', rules: { [RULE]: 2 } });
  const plain = scoreDraft(TEXT, { site: 'x', kind: 'post' });
  expect(weighted.score).not.toBe(plain.score);
  await expect(host).toHaveAttribute('data-score', String(weighted.score));
});

test('Ignore here recomputes without the rule in that box; Switch this rule off opens Settings at the rule', async ({ page, context }) => {
  const c = COMPOSERS.find((x) => x.id === 'x/home-inline');
  if (!c) throw new Error('fixture case missing');
  const editor = await openComposer(page, c);
  await typeHuman(page, editor, TEXT);
  const host = page.locator('communis-coach').first();
  await expect(host).toHaveAttribute('data-score', String(scoreDraft(TEXT, { site: 'x', kind: 'post' }).score));
  await host.getByRole('button', { name: /Communis coach: score/ }).click();
  await host.getByRole('button', { name: `Ignore ${RULE} here` }).first().click();
  await expect(host).toHaveAttribute('data-score', String(scoreDraft(TEXT, { site: 'x', kind: 'post', rules: { [RULE]: 'off' } }).score));
  // The editor still holds exactly what was typed.
  await expect(editor).toHaveText(TEXT);

  const opened = context.waitForEvent('page');
  await host.getByRole('button', { name: /^Switch [a-z-]+ off in Settings$/ }).first().click();
  const options = await opened;
  await options.waitForLoadState();
  expect(new URL(options.url()).hash).toMatch(/^#rule-[a-z-]+$/);
  const ruleId = new URL(options.url()).hash.slice('#rule-'.length);
  await expect(options.getByRole('checkbox', { name: `${ruleId} on` })).toBeFocused();
});
