// Reading a composer's text with offsets, and mapping engine offsets back to
// DOM ranges for highlights. Read-only: nothing here touches the editor.

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}
export interface EditorText {
  text: string;
  /** Text nodes in order; empty for textareas (no DOM to highlight). */
  segments: Segment[];
}

// Elements that start a new line in every editor we support (Draft.js
// blocks are divs, Lexical, Quill and ProseMirror use paragraphs).
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

export function readEditor(editor: Element): EditorText {
  if (isTextField(editor)) return { text: editor.value, segments: [] };
  const segments: Segment[] = [];
  let text = '';
  const doc = editor.ownerDocument;
  const walker = doc.createTreeWalker(editor, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data.length === 0) continue;
      segments.push({ node: n as Text, start: text.length });
      text += data;
    } else if (BLOCKS.has((n as Element).tagName) && text.length > 0 && !text.endsWith('\n')) {
      text += '\n';
    } else if ((n as Element).tagName === 'BR' && (n as Element).nextSibling) {
      // A <br> between text is a soft line break; a trailing one is an empty block's placeholder.
      text += '\n';
    }
  }
  // Editors keep zero-width placeholders and non-breaking spaces; the engine sees plain spaces.
  return { text: text.replace(/\u00a0/g, ' '), segments };
}

/** The DOM range over [start, end) of the extracted text, or null if it cannot be mapped. */
export function rangeFor(editor: Element, segments: Segment[], start: number, end: number): Range | null {
  const at = (offset: number, preferEnd: boolean): [Text, number] | null => {
    // Binary search for the segment containing the offset.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      if (!s) break;
      const len = s.node.data.length;
      if (offset < s.start) hi = mid - 1;
      else if (offset > s.start + len || (offset === s.start + len && !preferEnd)) lo = mid + 1;
      else return [s.node, offset - s.start];
    }
    return null;
  };
  const a = at(start, false);
  const b = at(end, true);
  if (!a || !b) return null;
  const range = editor.ownerDocument.createRange();
  try {
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
  } catch {
    return null; // the editor changed under us; the next score will remap
  }
  return range;
}
