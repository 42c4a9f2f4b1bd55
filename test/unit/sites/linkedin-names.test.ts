// LinkedIn actor lines carry markers after the name (connection degree,
// pronouns, badges); the person is the name alone.
import { expect, test } from 'vitest';
import { personName } from '../../../src/sites/linkedin';

const CASES: [line: string | null | undefined, name: string | undefined][] = [
  ['Priya Raman • 2nd', 'Priya Raman'],
  ['Priya Raman • 3rd+', 'Priya Raman'],
  ['Priya Raman · 1st', 'Priya Raman'],
  ['Priya Raman\n  •\n  2nd', 'Priya Raman'],
  ['Priya Raman • 2nd degree connection', 'Priya Raman'],
  ['Priya Raman 3rd+ degree connection', 'Priya Raman'],
  ['Priya Raman (She/Her)', 'Priya Raman'],
  ['Priya Raman (she/her) • 2nd', 'Priya Raman'],
  ['Priya Raman (They/Them/Theirs)', 'Priya Raman'],
  ['Priya Raman Verified • 2nd', 'Priya Raman'],
  ['Priya Raman • 2nd Verified', 'Priya Raman'],
  ['Priya Raman Premium', 'Priya Raman'],
  ['Priya Raman Author', 'Priya Raman'],
  ['Priya Raman (She/Her) Verified Premium • 3rd+ Author', 'Priya Raman'],
  ['Priya Raman • Author', 'Priya Raman'],
  // Names stay whole: accents, hyphens, apostrophes, initials, credentials, brackets that are not pronouns.
  ['Zoë O\'Brien-Núñez', 'Zoë O\'Brien-Núñez'],
  ['J. R. Okafor, PhD', 'J. R. Okafor, PhD'],
  ['Mei Chen (陈美)', 'Mei Chen (陈美)'],
  ['Verity Authorson', 'Verity Authorson'],
  ['Grace Hopper', 'Grace Hopper'],
  ['  Grace   Hopper  ', 'Grace Hopper'],
  ['• 2nd', undefined],
  ['', undefined],
  [null, undefined],
  [undefined, undefined],
];

test.each(CASES)('%j names %j', (line, name) => {
  expect(personName(line)).toBe(name);
});
