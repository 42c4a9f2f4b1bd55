// @vitest-environment happy-dom
// Threads reply boxes whose surroundings are unknown still name the person
// from their "Reply to <user>..." placeholder; other boxes are posts.
import { expect, test } from 'vitest';
import { placeholderHandle, threads } from '../../../src/sites/threads';

const PLACEHOLDERS: [string | null, string | undefined][] = [
  ['Reply to grace...', '@grace'],
  ['Reply to grace.hopper_1…', '@grace.hopper_1'],
  ['Reply to @alan...', '@alan'],
  ['  Reply to alan  ', '@alan'],
  ["What's new?", undefined],
  ['Reply to ...', undefined],
  ['Reply to two words...', undefined],
  [null, undefined],
];

test.each(PLACEHOLDERS)('placeholder %j names %j', (placeholder, handle) => {
  expect(placeholderHandle(placeholder)).toBe(handle);
});

const loc = { hostname: 'www.threads.com', pathname: '/@alan/post/C1' };
const box = (placeholder: string) => {
  document.body.innerHTML = '';
  const el = document.createElement('div');
  el.setAttribute('role', 'textbox');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('data-lexical-editor', 'true');
  el.setAttribute('aria-placeholder', placeholder);
  // Unknown structure: no dialog, no post card, no send arrow.
  document.body.append(Object.assign(document.createElement('section'), {}), el);
  return el;
};

test('an inline box in unknown surroundings is a reply to the person its placeholder names', () => {
  const el = box('Reply to alan...');
  expect(threads.kindOf(el, loc)).toBe('reply');
  expect(threads.replyTo(el, loc)).toBe('@alan');
  expect(threads.submitKey(el, loc)).toBe('Mod+Enter');
});

test('a box whose placeholder names nobody is a post', () => {
  const el = box("What's new?");
  expect(threads.kindOf(el, loc)).toBe('post');
  expect(threads.replyTo(el, loc)).toBeUndefined();
});
