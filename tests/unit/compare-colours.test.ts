import { describe, expect, it } from 'vitest';
import { FILL } from '../../web/src/features/map/status.js';
import { COMPARE_COLOURS } from '../../web/src/features/timeline/compareColours.js';
import { ciede2000, DEFICIENCIES, lab, labSeenWith, type Lab } from './compare-colour-difference.js';

/** The comparison's categories as the map and its table draw them ("none": held at neither year). */
const COMPARISON = { ...COMPARE_COLOURS, none: FILL.none };

/** Plainly different at a glance (ΔE00 ≥ 20), and still apart with a colour-vision deficiency (≥ 12). */
const APART = 20;
const APART_DEFICIENT = 12;
/**
 * The chromatic categories in hue families of their own (CIELCh hue angles 30°+ apart): salmon and
 * vermilion were far enough apart in ΔE00 (lightness) yet both read "red-orange", which is what a
 * reader names and confuses.
 */
const HUE_APART = 30;

/** CIELCh hue angle in degrees, 0…360. */
const hueAngle = ([, a, b]: Lab) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;

const pairs = Object.entries(COMPARISON).flatMap(([a, colourA], index, all) =>
  all.slice(index + 1).map(([b, colourB]) => ({ name: `${a}/${b}`, a: colourA, b: colourB })),
);

describe('CIEDE2000 and the colour-vision simulation', () => {
  it("reproduces Sharma, Wu and Dalal's published test pairs", () => {
    const sharma: [Lab, Lab, number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
      [[50, -0.001, 2.49], [50, 0.0009, -2.49], 4.8045],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    ];
    for (const [x, y, expected] of sharma) {
      expect(ciede2000(x, y)).toBeCloseTo(expected, 3);
      expect(ciede2000(y, x)).toBeCloseTo(expected, 3);
    }
  });

  it('converts sRGB to CIELAB (D65) and makes red and green alike for a deuteranope', () => {
    const [l, a, b] = lab('#ffffff');
    expect(l).toBeCloseTo(100, 2);
    expect(Math.abs(a) + Math.abs(b)).toBeLessThan(0.01);
    expect(lab('#808080')[0]).toBeCloseTo(53.59, 1);
    // The classic confusion: red and green far apart in normal vision, close for a deuteranope.
    const normal = ciede2000(lab('#d62728'), lab('#2ca02c'));
    const deuteranope = ciede2000(labSeenWith('#d62728', 'deuteranopia'), labSeenWith('#2ca02c', 'deuteranopia'));
    expect(normal).toBeGreaterThan(50);
    expect(deuteranope).toBeLessThan(normal / 2);
  });
});

describe('comparison colours (added, gone, changed, unchanged, held at neither)', () => {
  it(`keep every pair at ΔE00 ≥ ${APART} in normal vision`, () => {
    for (const { name, a, b } of pairs) expect(ciede2000(lab(a), lab(b)), name).toBeGreaterThanOrEqual(APART);
  });

  for (const deficiency of DEFICIENCIES) {
    it(`keep every pair at ΔE00 ≥ ${APART_DEFICIENT} as seen with ${deficiency}`, () => {
      for (const { name, a, b } of pairs) {
        expect(ciede2000(labSeenWith(a, deficiency), labSeenWith(b, deficiency)), name).toBeGreaterThanOrEqual(APART_DEFICIENT);
      }
    });
  }

  it(`give added, gone and changed hues ${HUE_APART}° or more apart`, () => {
    const chromatic = [COMPARE_COLOURS.added, COMPARE_COLOURS.removed, COMPARE_COLOURS.changed];
    for (const [index, a] of chromatic.entries()) {
      for (const b of chromatic.slice(index + 1)) {
        const apart = Math.abs(hueAngle(lab(a)) - hueAngle(lab(b)));
        expect(Math.min(apart, 360 - apart), `${a}/${b}`).toBeGreaterThanOrEqual(HUE_APART);
      }
    }
  });

  it('are the colours the map fills with, one per category', () => {
    expect([FILL.added, FILL.removed, FILL.changed, FILL.kept]).toEqual([
      COMPARE_COLOURS.added,
      COMPARE_COLOURS.removed,
      COMPARE_COLOURS.changed,
      COMPARE_COLOURS.kept,
    ]);
  });
});
