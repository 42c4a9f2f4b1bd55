// A Draft.js-like X composer (the markup the X adapter knows), for the coach's unit tests.
export function composer(text = ''): { root: HTMLElement; editor: HTMLElement } {
  const root = document.createElement('div');
  root.className = 'DraftEditor-root';
  const editor = document.createElement('div');
  editor.dataset.testid = 'tweetTextarea_0';
  editor.setAttribute('contenteditable', 'true');
  const block = document.createElement('div');
  block.textContent = text;
  editor.append(block);
  root.append(editor);
  return { root, editor };
}
