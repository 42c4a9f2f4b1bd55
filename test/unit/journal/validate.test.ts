import { describe, expect, test } from 'vitest';
import { isHttpUrl, normalizeHandle, normalizeIsoDate, personIdOf, rangeEnd } from '../../../src/journal/validate';

// Days here are UTC days (timezones.test.ts covers other zones).
process.env.TZ = 'UTC';

describe('ISO dates', () => {
  test.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2024-03-01T14:30Z', '2024-03-01T14:30:00.000Z'],
    ['2024-03-01T14:30:15Z', '2024-03-01T14:30:15.000Z'],
    ['2024-03-01T14:30:15.5Z', '2024-03-01T14:30:15.500Z'],
    ['2024-03-01T14:30:15.123456789Z', '2024-03-01T14:30:15.123Z'],
    ['2024-03-01T14:30:00+02:00', '2024-03-01T12:30:00.000Z'],
    ['2024-03-01T00:30:00-0130', '2024-03-01T02:00:00.000Z'],
    ['2024-12-31T23:59:59.999Z', '2024-12-31T23:59:59.999Z'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIsoDate(input)).toBe(expected);
  });

  test('a date-time without an offset is local time, as in JavaScript', () => {
    expect(normalizeIsoDate('2024-03-01T14:30')).toBe(new Date(2024, 2, 1, 14, 30).toISOString());
  });

  test.each([
    '2024-13-45', '2023-02-29', '2024-04-31', '2024-00-10', '2024-03-01T24:00Z', '2024-03-01T12:60Z', '2024-03-01T12:00:60Z',
    '2024-03-01T12:00+25:00', '24-03-01', '2024-3-1', '2024/03/01', 'March 1, 2024', '', ' 2024-03-01', '2024-03-01T', '1899-12-31',
    '+010000-01-01T00:00:00.000Z', '9999-12-31T23:00:00-05:00',
  ])('%j is not a valid date', (input) => {
    expect(normalizeIsoDate(input)).toBeNull();
  });

  test.each([42, null, undefined, {}, new Date()])('%j is not a date string', (input) => {
    expect(normalizeIsoDate(input)).toBeNull();
  });

  test('a day as the end of a range means its last millisecond', () => {
    expect(rangeEnd('2024-03-01')).toBe('2024-03-01T23:59:59.999Z');
    expect(rangeEnd('2024-03-01T10:00Z')).toBe('2024-03-01T10:00:00.000Z');
  });
});

describe('handles and person ids', () => {
  test.each([
    ['x', 'ada', '@ada', 'x:@ada'],
    ['x', '@Ada_Dev', '@Ada_Dev', 'x:@ada_dev'],
    ['facebook', '  Maya\u00a0  Okafor ', 'Maya Okafor', 'facebook:maya okafor'],
    ['linkedin', 'Jose\u0301', 'José', 'linkedin:josé'], // NFC
    ['linkedin', 'ÉMILE ZOLA', 'ÉMILE ZOLA', 'linkedin:émile zola'],
  ] as const)('%s %j', (site, raw, handle, id) => {
    expect(normalizeHandle(site, raw)).toBe(handle);
    expect(personIdOf(site, raw)).toBe(id);
  });
});

describe('links', () => {
  test.each([
    ['https://x.com/ada/status/1', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/A', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,hi', false],
    ['file:///etc/passwd', false],
    ['//example.com', false],
    ['/relative', false],
    ['https://', false],
    ['http:/example.com', false],
    ['', false],
  ])('%j → %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});
