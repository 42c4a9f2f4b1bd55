// Best-effort MIME body extraction for the SpamAssassin corpus, used only by
// `npm run eval`. The goal is "the words a person would read in the mail",
// not a full RFC 2045–2049 implementation: headers, attachments and markup
// are dropped so the engine scores prose, not MIME plumbing.

import { htmlToText } from './html';

interface MimeEntity {
  /** Lower-cased header name → unfolded value (first occurrence wins). */
  headers: Map<string, string>;
  body: string;
}

interface TextParts {
  plain: string[];
  html: string[];
}

// Nested multiparts in real spam rarely go past 3–4 levels; the cap only
// guards against hostile or broken input recursing forever.
const MAX_DEPTH = 20;

/**
 * The readable body of a raw RFC 822 message: text/plain parts if there are
 * any, otherwise text/html parts with tags and entities removed; transfer
 * encodings and charsets decoded; whitespace collapsed; cut to `limit`
 * characters.
 */
export function mimeBody(raw: string, limit = 2000): string {
  const out: TextParts = { plain: [], html: [] };
  collect(parseEntity(raw.replace(/\r\n?/g, '\n')), out, 0);
  const text = out.plain.length > 0 ? out.plain.join('\n') : out.html.map(htmlToText).join('\n');
  return truncate(text.replace(/\s+/g, ' ').trim(), limit);
}

function collect(entity: MimeEntity, out: TextParts, depth: number): void {
  if (depth > MAX_DEPTH) return;
  // Attached files (logs, patches, vcards) are not the message being written.
  if (/^\s*attachment\b/i.test(entity.headers.get('content-disposition') ?? '')) return;

  const { type, params } = contentType(entity);
  if (type.startsWith('multipart/')) {
    const parts = params.boundary === undefined ? [] : splitMultipart(entity.body, params.boundary);
    // A multipart without a usable boundary is broken; its raw body is still
    // the best guess at the text.
    if (parts.length === 0) out.plain.push(entity.body);
    for (const part of parts) collect(parseEntity(part), out, depth + 1);
  } else if (type === 'message/rfc822') {
    collect(parseEntity(decodeBody(entity, params.charset)), out, depth + 1);
  } else if (type === 'text/plain') {
    out.plain.push(decodeBody(entity, params.charset));
  } else if (type === 'text/html') {
    out.html.push(decodeBody(entity, params.charset));
  }
  // Anything else (images, application/*, signatures) carries no prose.
}

/** Splits at the first empty line; lines before it are headers. */
function parseEntity(text: string): MimeEntity {
  const match = /^[ \t]*$/m.exec(text);
  let headerBlock: string;
  let body: string;
  if (match === null) {
    // No blank line: all headers if every line looks like one, else all body.
    const allHeaders = text.split('\n').every((l) => /^[!-9;-~]+:|^[ \t]/.test(l));
    headerBlock = allHeaders ? text : '';
    body = allHeaders ? '' : text;
  } else {
    headerBlock = text.slice(0, match.index);
    body = text.slice(match.index + match[0].length + 1);
  }
  return { headers: parseHeaders(headerBlock), body };
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Unfold continuation lines first (RFC 5322 §2.2.3).
  for (const line of block.replace(/\n(?=[ \t])/g, '').split('\n')) {
    // Lines without "name:" (such as the mbox "From addr date" line) are skipped.
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m?.[1] === undefined || m[2] === undefined) continue;
    const name = m[1].toLowerCase();
    if (!headers.has(name)) headers.set(name, m[2].trim());
  }
  return headers;
}

interface ContentType {
  type: string;
  params: Partial<Record<string, string>>;
}

function contentType(entity: MimeEntity): ContentType {
  const header = entity.headers.get('content-type');
  if (header !== undefined) {
    const type = (/^\s*([^;\s]+)/.exec(header)?.[1] ?? 'text/plain').toLowerCase();
    return { type, params: parseParams(header) };
  }
  return sniffType(entity.body);
}

/**
 * Some corpus messages lost their Content-Type header on the way, yet their
 * body is plainly HTML; without this they would be scored as raw markup.
 * (Sniffing a multipart boundary too was tried and dropped: ham that quotes
 * a spam's MIME source lost its own prose.)
 */
function sniffType(body: string): ContentType {
  if (/^\s*<(?:!doctype\s+html|html)\b/i.test(body)) return { type: 'text/html', params: {} };
  return { type: 'text/plain', params: {} };
}

function parseParams(header: string): Partial<Record<string, string>> {
  const params: Partial<Record<string, string>> = {};
  const re = /;\s*([!#$%&'*+.^`|~\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]*)/g;
  for (let m = re.exec(header); m !== null; m = re.exec(header)) {
    const name = m[1]?.toLowerCase();
    const value = m[2] ?? '';
    if (name === undefined) continue;
    params[name] = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
  }
  return params;
}

/** Body parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split('\n')) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current !== null) parts.push(current.join('\n'));
      return parts;
    }
    if (trimmed === delimiter) {
      if (current !== null) parts.push(current.join('\n'));
      current = [];
    } else if (current !== null) {
      current.push(line);
    }
  }
  // Truncated message without a closing delimiter: keep what arrived.
  if (current !== null) parts.push(current.join('\n'));
  return parts;
}

function decodeBody(entity: MimeEntity, charset: string | undefined): string {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'base64') return decodeBytes(base64Bytes(entity.body), charset);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body, charset);
  // 7bit/8bit/binary: the corpus loader already turned the bytes into a string.
  return entity.body;
}

/**
 * Quoted-printable: `=XX` escapes are bytes in the part's charset, but any
 * non-ASCII character already in the string was decoded by the corpus
 * loader, so only runs of ASCII and escapes go through the charset decoder.
 */
function decodeQuotedPrintable(body: string, charset: string | undefined): string {
  const text = body.replace(/=[ \t]*\n/g, ''); // soft line breaks
  let result = '';
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) result += decodeBytes(Uint8Array.from(bytes), charset);
    bytes = [];
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const hex = code === 0x3d ? /^[0-9A-Fa-f]{2}$/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex !== null) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      flush();
      result += text[i] ?? '';
    }
  }
  flush();
  return result;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Lenient base64: skips line breaks and junk, stops at padding. */
function base64Bytes(body: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    if (ch === '=') break;
    const value = BASE64_ALPHABET.indexOf(ch);
    if (value < 0) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8').decode(bytes);
  } catch {
    // Unknown labels ("unknown-8bit", typos) throw RangeError: fall back.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Cuts to `limit` UTF-16 units without leaving half a surrogate pair. */
function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, Math.max(0, limit));
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
