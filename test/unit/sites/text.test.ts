// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { rangeFor, readEditor } from '../../../src/sites/text';

function editorFrom(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<div id="e" contenteditable="true">${html}</div>`, 'text/html');
  const el = doc.getElementById('e');
  if (!el) throw new Error('no editor');
  document.body.replaceChildren(document.importNode(el, true));
  return document.getElementById('e') as HTMLElement;
}

describe('readEditor', () => {
  test.each([
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span data-text="true">Hello there</span></div></div><div data-block="true"><div><span data-text="true">Second line</span></div></div></div>', 'Hello there\nSecond line'],
    ['Lexical paragraphs', '<p dir="ltr"><span data-lexical-text="true">One</span></p><p dir="ltr"><span data-lexical-text="true">Two</span></p>', 'One\nTwo'],
    ['Quill with an empty trailing paragraph', '<p>Buy now</p><p><br></p>', 'Buy now'],
    ['ProseMirror with a hard break', '<p>a<br>b</p>', 'a\nb'],
    ['non-breaking spaces', '<p>a\u00a0b</p>', 'a b'],
    ['emoji', '<p>🎉 congrats</p>', '🎉 congrats'],
  ])('%s', (_n, html, text) => {
    expect(readEditor(editorFrom(html)).text.trimEnd()).toBe(text);
  });

  test('textareas are read by value', () => {
    const t = document.createElement('textarea');
    t.value = 'typed on mobile';
    expect(readEditor(t)).toEqual({ text: 'typed on mobile', segments: [] });
  });
});

describe('rangeFor', () => {
  test.each([
    [0, 5, 'Hello'],
    [6, 11, 'there'],
    [12, 18, 'Second'],
    [8, 15, 'ere\nSec'],
  ])('maps [%i, %i) to the DOM text %j', (start, end, expected) => {
    const el = editorFrom('<div data-block="true"><span>Hello </span><span>there</span></div><div data-block="true"><span>Second line</span></div>');
    const { text, segments } = readEditor(el);
    expect(text.slice(start, end)).toBe(expected);
    const range = rangeFor(el, segments, start, end);
    expect(range?.toString()).toBe(expected.replace('\n', ''));
  });

  test('offsets past the text map to nothing', () => {
    const el = editorFrom('<p>short</p>');
    const { segments } = readEditor(el);
    expect(rangeFor(el, segments, 3, 50)).toBeNull();
  });
});
