// HTML → plain text for scoring mail bodies. Regex-based on purpose: eval
// runs in plain Node with no DOM, and spam HTML is too broken for a strict
// parser to help much. Good enough to recover the words; never used on
// pages in the extension (that would need a real parser).

// Block-level tags end a line of text; dropping them outright would glue
// the last word of one paragraph to the first word of the next.
const BLOCK_TAG =
  /<\/?(?:address|article|blockquote|br|center|dd|div|dl|dt|form|h[1-6]|hr|li|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Metadata, scripts and styles are never read by the recipient.
    .replace(/<(head|script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<\/?[a-z!][^>]*>/gi, '');
  return decodeHtmlEntities(text);
}

// The entities that actually occur in mail; unknown names are left as they
// are rather than guessed at.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢',
  mdash: '—', ndash: '–', hellip: '…', bull: '•', middot: '·', deg: '°',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  times: '×', frac12: '½', iexcl: '¡', iquest: '¿',
};

/** Decodes named, decimal and hex character references; `;` is optional
 *  because sloppy mail HTML often omits it (`&nbsp `). */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));?/g,
    (whole: string, dec?: string, hex?: string, name?: string): string => {
      if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
      const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}
