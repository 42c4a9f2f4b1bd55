// The content script decides whether to watch a site from the raw stored
// settings, without the schema (which needs the engine). It must read them
// exactly as parseSettings() does, for every shape, old and broken ones too.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSettings } from '../../../src/settings/schema';
import { siteSwitchedOff } from '../../../src/settings/site-switch';
import { SITE_IDS } from '../../../src/settings/sites';

const value = fc.oneof(fc.boolean(), fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.constant('false'));
const sites = fc.dictionary(fc.constantFrom(...SITE_IDS, 'myspace'), value);
const stored = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.array(value),
  // current shape
  fc.record({ version: fc.constantFrom(1, 2, 0, undefined, null), sites: fc.oneof(sites, value) }, { requiredKeys: [] }),
  // before versioning: switches at the top level, sometimes next to a sites object
  fc.tuple(sites, fc.option(sites)).map(([top, inner]) => (inner ? { ...top, sites: inner } : top)),
);

describe('siteSwitchedOff', () => {
  test('agrees with parseSettings on every stored shape', () => {
    fc.assert(
      fc.property(stored, (s) => {
        const parsed = parseSettings(s).settings;
        for (const id of SITE_IDS) expect(siteSwitchedOff(s, id)).toBe(!parsed.sites[id]);
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  test.each([
    [{ version: 1, sites: { x: false } }, 'x', true],
    [{ version: 1, sites: { x: false } }, 'linkedin', false],
    [{ x: false }, 'x', true],
    [{ version: 1, x: false }, 'x', false],
    [{ sites: { x: true }, x: false }, 'x', false],
    [undefined, 'facebook', false],
  ] as const)('%j switches %s off: %s', (s, id, off) => {
    expect(siteSwitchedOff(s, id)).toBe(off);
  });
});
