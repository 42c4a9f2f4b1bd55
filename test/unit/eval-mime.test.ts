import { describe, expect, test } from 'vitest';
import { mimeBody } from '../../src/eval/mime';

const msg = (...lines: string[]): string => lines.join('\n');
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64').replace(/.{1,20}/g, '$&\n');

// The mbox "From " line and Received headers as they appear in the corpus.
const ENVELOPE = ['From someone@example.com  Wed Jul  4 16:46:05 2001', 'Received: from a by b', '    with SMTP id 42'];

describe('mimeBody', () => {
  test.each([
    {
      name: 'plain message, whitespace collapsed',
      raw: msg(...ENVELOPE, 'Subject: hi', '', 'Hello   there,', '', '  how are you?  ', ''),
      expected: 'Hello there, how are you?',
    },
    {
      name: 'CRLF line endings',
      raw: 'Subject: hi\r\nContent-Type: text/plain\r\n\r\nLine one\r\nline two\r\n',
      expected: 'Line one line two',
    },
    {
      name: 'headers are never part of the body',
      raw: msg('Subject: BUY NOW', 'From: spammer@example.com', '', 'body only'),
      expected: 'body only',
    },
    {
      name: 'quoted-printable latin-1 with soft line breaks',
      raw: msg('Content-Type: text/plain; charset="iso-8859-1"', 'Content-Transfer-Encoding: quoted-printable', '',
        'Un caf=E9 tr=E8s bon, merci beau=', 'coup =3D parfait'),
      expected: 'Un café très bon, merci beaucoup = parfait',
    },
    {
      name: 'quoted-printable utf-8 multi-byte sequence',
      raw: msg('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: Quoted-Printable', '',
        'na=C3=AFve r=C3=A9sum=C3=A9 =E2=9C=93'),
      expected: 'naïve résumé ✓',
    },
    {
      name: 'quoted-printable keeps characters the loader already decoded',
      raw: msg('Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '',
        'déjà =E9t=E9'),
      expected: 'déjà été',
    },
    {
      name: 'base64 utf-8 across wrapped lines',
      raw: msg('Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '',
        b64('Grüße aus Köln — thanks for the help!')),
      expected: 'Grüße aus Köln — thanks for the help!',
    },
    {
      name: 'unknown charset falls back to utf-8',
      raw: msg('Content-Type: text/plain; charset=unknown-8bit', 'Content-Transfer-Encoding: base64', '', b64('plain ok')),
      expected: 'plain ok',
    },
    {
      name: 'html body: tags, scripts, styles and head removed; entities decoded',
      raw: msg('Content-Type: text/html', '',
        '<html><head><title>T</title><style>p{color:red}</style></head><body>',
        '<p>Hi&nbsp;there &amp; <b>welcome</b>!</p><script>alert(1)</script>',
        '<!-- hidden --><div>Caf&#233; &#xE9;t&eacute; &copy; &bogus;</div></body></html>'),
      expected: 'Hi there & welcome! Café ét&eacute; © &bogus;',
    },
    {
      name: 'block tags separate words, inline tags do not',
      raw: msg('Content-Type: text/html', '', 'one<br>two<p>three</p>fo<b>ur</b>'),
      expected: 'one two three four',
    },
    {
      name: 'multipart/alternative prefers text/plain over html',
      raw: msg('MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="XYZ"', '',
        'This is a multi-part message in MIME format.', '--XYZ', 'Content-Type: text/plain; charset=us-ascii', '',
        'The plain version.', '--XYZ', 'Content-Type: text/html', '', '<p>The <i>html</i> version.</p>', '--XYZ--',
        'epilogue is ignored'),
      expected: 'The plain version.',
    },
    {
      name: 'multipart with only html, quoted-printable, folded Content-Type header',
      raw: msg('Content-Type: multipart/related;', '\tboundary="----=_NextPart_000_0001"', '',
        '------=_NextPart_000_0001', 'Content-Type: text/html; charset="iso-8859-1"',
        'Content-Transfer-Encoding: quoted-printable', '',
        '<font size=3D"5">FREE=20offer</font> for <b>you=21</b>', '------=_NextPart_000_0001',
        'Content-Type: image/gif', 'Content-Transfer-Encoding: base64', '', 'R0lGODlhAQABAAAAACw=',
        '------=_NextPart_000_0001--'),
      expected: 'FREE offer for you!',
    },
    {
      name: 'nested multipart: mixed > alternative + attachment',
      raw: msg('Content-Type: multipart/mixed; boundary=outer', '', '--outer',
        'Content-Type: multipart/alternative; boundary="inner"', '', '--inner',
        'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', b64('Nested plain text.'),
        '--inner', 'Content-Type: text/html', '', '<p>Nested html</p>', '--inner--', '', '--outer',
        'Content-Type: text/plain; name="log.txt"', 'Content-Disposition: attachment; filename="log.txt"', '',
        'attached log lines', '--outer--'),
      expected: 'Nested plain text.',
    },
    {
      name: 'nested multipart with html only at depth two',
      raw: msg('Content-Type: multipart/mixed; boundary=a', '', '--a',
        'Content-Type: multipart/related; boundary=b', '', '--b', 'Content-Type: text/html', '',
        '<div>Deep&nbsp;html</div>', '--b--', '--a', 'Content-Type: application/pdf', '', '%PDF-1.4', '--a--'),
      expected: 'Deep html',
    },
    {
      name: 'all text/plain parts are joined',
      raw: msg('Content-Type: multipart/mixed; boundary=p', '', '--p', '', 'first part without headers', '--p',
        'Content-Type: text/plain', '', 'second part', '--p--'),
      expected: 'first part without headers second part',
    },
    {
      name: 'message/rfc822 part is opened',
      raw: msg('Content-Type: multipart/mixed; boundary=fw', '', '--fw', 'Content-Type: message/rfc822', '',
        'Subject: inner', 'Content-Type: text/plain', '', 'Forwarded words.', '--fw--'),
      expected: 'Forwarded words.',
    },
    {
      name: 'missing closing boundary keeps the last part',
      raw: msg('Content-Type: multipart/alternative; boundary=z', '', '--z', 'Content-Type: text/plain', '',
        'truncated message'),
      expected: 'truncated message',
    },
    {
      name: 'multipart without a boundary parameter falls back to the raw body',
      raw: msg('Content-Type: multipart/mixed', '', 'just text'),
      expected: 'just text',
    },
    {
      name: 'no Content-Type but an HTML body is treated as HTML',
      raw: msg('Subject: x', '', '<HTML><BODY><p>Sniffed&nbsp;html</p></BODY></HTML>'),
      expected: 'Sniffed html',
    },
    {
      name: 'only non-text parts gives an empty string',
      raw: msg('Content-Type: multipart/mixed; boundary=q', '', '--q', 'Content-Type: image/png', '', 'xx', '--q--'),
      expected: '',
    },
    { name: 'empty input', raw: '', expected: '' },
    { name: 'no header block at all', raw: 'just some words', expected: 'just some words' },
  ])('$name', ({ raw, expected }) => {
    expect(mimeBody(raw)).toBe(expected);
  });

  test.each([
    { name: 'default limit is 2,000 characters', raw: `Subject: x\n\n${'word '.repeat(1000)}`, limit: undefined, length: 2000 },
    { name: 'custom limit', raw: 'Subject: x\n\nabcdefghij', limit: 4, length: 4 },
    { name: 'short text is not padded', raw: 'Subject: x\n\nabc', limit: 10, length: 3 },
    // 'a😀' is 3 UTF-16 units; cutting at 2 would leave half an emoji.
    { name: 'never splits a surrogate pair', raw: 'Subject: x\n\na😀b', limit: 2, length: 1 },
  ])('$name', ({ raw, limit, length }) => {
    const body = limit === undefined ? mimeBody(raw) : mimeBody(raw, limit);
    expect(body).toHaveLength(length);
  });
});
