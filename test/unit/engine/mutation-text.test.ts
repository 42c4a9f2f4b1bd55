// The engine's text helpers (rule.ts, language.ts, parse.ts), found by
// mutation testing (issue 21): word boundaries of phrase lists, clause limits,
// questions and links, the foreign-language threshold, and sentence offsets
// and the parse cache.
import { describe, expect, test } from 'vitest';
import { isEnglish } from '../../../src/engine/language';
import { clearParseCache, parse, parseCount } from '../../../src/engine/parse';
import {
  dropOverlapping, fromClauseStart, inQuestion, inUrl, matchSpans, mergeOverlaps, phraseRegex, sentenceAt, toClauseEnd, URL_RE, withItsClause, type Context,
} from '../../../src/engine/rule';

const found = (re: RegExp, text: string) => matchSpans(text, re).map((m) => text.slice(m.start, m.end));

describe('phrase lists', () => {
  const re = phraseRegex(['buy', 'buy now', "don't miss", 'c++', '$5 off', 'a.b']);
  test.each([
    ['Buy NOW please', ['Buy NOW']], // the longest phrase wins, any case
    ['buy   now', ['buy   now']], // any run of spaces
    ['buy\nnow', ['buy\nnow']],
    ['buyer buys', []], // whole words only
    ['rebuy', []],
    ['@buy #buy', []], // not a handle or a hashtag
    ['don’t miss it', ['don’t miss']], // curly apostrophe as typed on phones
    ["don't miss it", ["don't miss"]],
    ['learn c++ today', ['c++']],
    ['ccc++', []],
    ['x$5 off', ['$5 off']], // a phrase that does not start with a letter needs no boundary before it
    ['axb', []], // dots are dots
    ['a.b', ['a.b']],
  ])('%j → %j', (text, expected) => {
    expect(found(re, text)).toEqual(expected);
  });

  test('an empty match never loops, and a used regex starts again from the beginning', () => {
    expect(matchSpans('axxb', /x*/g).map((m) => [m.start, m.end])).toEqual([[1, 3]]);
    const g = /a/g;
    g.exec('aaa');
    g.exec('aaa');
    expect(matchSpans('aaa', g)).toHaveLength(3);
  });
});

describe('clauses', () => {
  test.each([
    ['To enter: follow and tag a friend. Then wait', 'To enter', 'To enter: follow and tag a friend'],
    ['Buy it now!!', 'Buy', 'Buy it now'],
    ['Ask me? ok', 'Ask', 'Ask me'],
    ['Line one   \nline two', 'Line', 'Line one'],
    [`Go ${'x'.repeat(100)}`, 'Go', `Go ${'x'.repeat(79)}`], // at most 80 characters on
    // A comma, semicolon, bracket or dash ends the phrase a reader would point at…
    ['Or just book us, we know the area', 'Or', 'Or just book us'],
    ['Book now (only 3 left)', 'Book', 'Book now'],
    ['Call us - we are open late', 'Call', 'Call us'],
    ['Buy it; then tell me', 'Buy', 'Buy it'],
    // …and a long clause is cut at the last word within 40 characters (a run with no space, above, is left whole).
    ['Order the big family bundle of handmade lavender soaps and candles today', 'Order', 'Order the big family bundle of handmade'],
    // Exactly 40 characters on is still whole.
    ['Go now and tell every friend you have ever. Then', 'Go', 'Go now and tell every friend you have ever'],
  ])('%j from %j ends at %j', (text, word, clause) => {
    const start = text.indexOf(word);
    const span = toClauseEnd(text, { start, end: start + word.length });
    expect(text.slice(span.start, span.end)).toBe(clause);
  });

  test.each([
    ['Big news. the pear scones are back', 'are back', 'the pear scones are back'],
    ['Hi: new scones are back', 'are back', 'new scones are back'],
    ['Wow!   scones are back', 'are back', 'scones are back'],
    ['Hey?\nscones are back', 'are back', 'scones are back'],
    ['🎉 scones are back', 'are back', 'scones are back'],
    ['❤️scones are back', 'are back', 'scones are back'],
    [`${'y'.repeat(100)} are back`, 'are back', `${'y'.repeat(59)} are back`], // at most 60 characters back
    ['scones are back', 'are back', 'scones are back'],
  ])('%j: %j starts at %j', (text, word, clause) => {
    const start = text.indexOf(word);
    const span = fromClauseStart(text, { start, end: start + word.length });
    expect(text.slice(span.start, span.end)).toBe(clause);
  });
});

describe('one rule\'s overlapping hits, and cues in plain words', () => {
  test.each([
    ['overlapping hits become their union, with the larger factor', [{ start: 5, end: 12, factor: 0.5 }, { start: 0, end: 7 }], [{ start: 0, end: 12, factor: 1 }]],
    ['hits that only touch stay apart', [{ start: 0, end: 5 }, { start: 5, end: 9 }], [{ start: 0, end: 5 }, { start: 5, end: 9 }]],
    ['a hit inside another adds nothing', [{ start: 0, end: 10 }, { start: 2, end: 4, factor: 2 }], [{ start: 0, end: 10, factor: 2 }]],
    ['none', [], []],
  ])('%s', (_name, hits, expected) => {
    expect(mergeOverlaps(hits).map((h) => ({ start: h.start, end: h.end, ...(h.factor === undefined ? {} : { factor: h.factor }) }))).toEqual(expected);
  });

  test.each([
    ['the first of two overlapping hits speaks', [{ start: 0, end: 5 }, { start: 3, end: 8 }], [{ start: 0, end: 5 }]],
    ['order is kept, not sorted', [{ start: 6, end: 9 }, { start: 0, end: 7 }, { start: 0, end: 2 }], [{ start: 6, end: 9 }, { start: 0, end: 2 }]],
    ['touching hits both speak', [{ start: 0, end: 3 }, { start: 3, end: 6 }], [{ start: 0, end: 3 }, { start: 3, end: 6 }]],
    // A hit dropped does not silence the next: c overlaps only b, which gave way to a.
    ['a chain keeps its ends', [{ start: 0, end: 4 }, { start: 3, end: 7 }, { start: 5, end: 9 }], [{ start: 0, end: 4 }, { start: 5, end: 9 }]],
  ])('dropOverlapping: %s', (_name, hits, expected) => {
    expect(dropOverlapping(hits)).toEqual(expected);
  });

  test.each([
    // Plain words alone are read with their clause, both ways.
    ['DOUBLE points on ALL purchases, this weekend ONLY!!! Thanks', 'this weekend ONLY', 'DOUBLE points on ALL purchases, this weekend ONLY'],
    ['Just in 🚲 3 refurbished bikes. Come by.', 'Just in', 'Just in 🚲 3 refurbished bikes'],
    // A cue with content keeps its own span.
    ['Big news. Our scones are back today.', 'scones are back', 'scones are back'],
  ])('%j: %j reads as %j', (text, cue, expected) => {
    const start = text.indexOf(cue);
    const span = withItsClause(text, { start, end: start + cue.length });
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});

describe('sentences, questions and links', () => {
  const ctxOf = (text: string) => ({ text, sentences: parse(text), urls: matchSpans(text, URL_RE) }) as unknown as Context;

  test.each([
    ['Is it good? 🙂', 0, true],
    ['Is it good?', 3, true],
    ['Is it good?  ok!', 3, true], // up to four characters after the mark
    ['It is good.', 0, false],
    ['It is. Is it?', 2, false],
    ['It is. Is it?', 8, true],
  ] as const)('%j at %i is in a question: %s', (text, pos, q) => {
    expect(inQuestion(ctxOf(text), pos)).toBe(q);
  });

  test('a position belongs to the sentence around it, up to its last character', () => {
    const ctx = ctxOf('One two. Three four.');
    expect(sentenceAt(ctx, 0)?.text).toBe('One two.');
    expect(sentenceAt(ctx, 7)?.text).toBe('One two.');
    expect(sentenceAt(ctx, 9)?.text).toBe('Three four.');
    expect(sentenceAt(ctx, 19)?.text).toBe('Three four.');
    expect(sentenceAt(ctx, 20)).toBeUndefined();
  });

  // Sentences given by hand, so the splitter cannot decide where they end.
  const ctxWith = (sentences: Array<[string, number, number]>, urls: Array<[number, number]> = []) =>
    ({ sentences: sentences.map(([text, start, end]) => ({ text, start, end, terms: [] })), urls: urls.map(([start, end]) => ({ start, end })) }) as unknown as Context;

  test('a position between two sentences is in neither', () => {
    const ctx = ctxWith([['One two.', 0, 8], ['Three four.', 11, 22]]);
    expect(sentenceAt(ctx, 9)).toBeUndefined();
    expect(sentenceAt(ctx, 11)?.text).toBe('Three four.');
  });

  test('an empty sentence still holds its own position', () => {
    expect(sentenceAt(ctxWith([['', 5, 5]]), 5)?.start).toBe(5);
  });

  test.each([
    ['Why?!', true],
    ['Really? lol', true],
    ['Really? loool', false],
    ['Why? ', true],
  ])('a sentence %j is a question: %s', (text, q) => {
    expect(inQuestion(ctxWith([[text, 0, text.length]]), 0)).toBe(q);
  });

  test('a span that starts where a link ends, or ends where it starts, is beside it', () => {
    const ctx = ctxWith([], [[4, 15]]);
    expect(inUrl(ctx, { start: 15, end: 19 })).toBe(false);
    expect(inUrl(ctx, { start: 0, end: 4 })).toBe(false);
    expect(inUrl(ctx, { start: 14, end: 19 })).toBe(true);
  });

  test('words inside a link are not prose; words beside it are', () => {
    const text = 'see example.com/buy now';
    const ctx = ctxOf(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(inUrl(ctx, at('buy'))).toBe(true);
    expect(inUrl(ctx, at('see'))).toBe(false);
    expect(inUrl(ctx, at('now'))).toBe(false);
    expect(inUrl(ctx, { start: 3, end: 4 })).toBe(false); // the space right before it
  });

  test.each([
    ['go to https://a.io/x?y=1 now', ['https://a.io/x?y=1']],
    ['www.shop.co.uk and shop.store', ['www.shop.co.uk', 'shop.store']],
    ['e.g. this and Mr. Smith', []],
    // The reserved documentation ending, and a host with its subdomain, whole.
    ['4 spaces left 👉 hightrailguiding.example', ['hightrailguiding.example']],
    ['on my Owncast at stream.shedbrew.example.', ['stream.shedbrew.example']],
    // An address or a Mastodon handle is not a link, with or without a path.
    ['mail hello@studio.com or @lena@mastodon.social', []],
    ['boost @ann@hachyderm.io/@ann', []],
  ])('links in %j', (text, links) => {
    expect(found(URL_RE, text)).toEqual(links);
  });
});

describe('English or not', () => {
  test.each([
    ['', true],
    ['BUY NOW 50% OFF', true],
    ['que que', false], // two foreign function words and no English
    ['que la', true], // two-letter ones count half: 1.5 is not enough
    ['que la la', false],
    ['que que the', false], // 2 > 1 × 1.5
    ['que que the the', true], // 2 is not more than 2 × 1.5
    ['que que que the the', true], // 3 is not more than 3
    ['que que que que the the', false],
    ['#que #que @que', true], // tags and handles say nothing about the language
    ['que.com que.com', true], // nor do links
    ['这是中文 ab', false], // more non-Latin letters than Latin ones
    ['这是 abc', true],
    ['这是 ab', true], // as many: not more
  ])('%j → %s', (text, english) => {
    expect(isEnglish(text)).toBe(english);
  });
});

describe('parse', () => {
  test('sentences and words with offsets into the draft; blank parts are skipped', () => {
    const text = 'Hello there.   How are you?  \n\n ';
    const out = parse(text);
    expect(out.map((s) => [s.text, s.start, s.end])).toEqual([['Hello there.', 0, 12], ['How are you?', 15, 27]]);
    for (const s of out) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(out[1]!.terms.map((t) => t.normal)).toEqual(['how', 'are', 'you']);
    expect(parse('   ')).toEqual([]);
  });

  test('a sentence seen before is not parsed again, until it falls out of the cache', () => {
    clearParseCache();
    const before = parseCount();
    parse('Cached once.');
    parse('Cached once.');
    expect(parseCount() - before).toBe(1);
    clearParseCache();
    parse('Cached once.');
    expect(parseCount() - before).toBe(2);
  });

  test('the cache keeps the 2,000 sentences used last', () => {
    clearParseCache();
    parse('First.');
    parse('Second.');
    for (let i = 0; i < 1_998; i++) parse(`S${i}.`);
    parse('First.'); // used again: now the newest
    parse('One more.'); // the 2,001st: the oldest, "Second.", goes
    const before = parseCount();
    parse('First.');
    expect(parseCount()).toBe(before);
    parse('Second.');
    expect(parseCount()).toBe(before + 1);
    clearParseCache();
  });
});
