import { describe, expect, it } from 'vitest';
import { distinctShortNames } from '../../web/src/features/start/shortNames.js';

// Two instruments of the OSCE Alliance view (seed/documents/doc-un-sg-report-2010.json): their
// first 32 characters are the same, so a plain cut shows the same text twice on the card.
const CHILD = 'Report on the agreed position of Alliance partners on child-sensitive victim protection';
const VICTIMS = 'Report on the agreed position of Alliance partners on the protection of trafficking victims';

/** Every word shown (ellipsis and tag aside) is a whole word of the name: nothing is cut mid-word. */
function wholeWords(short: string, name: string): boolean {
  const words = new Set(name.split(/\s+/));
  return short
    .replace(/\s*\([^)]*\)$/u, '')
    .split(/[\s…]+/u)
    .filter(Boolean)
    .every((word) => words.has(word));
}

describe('distinct short names on entry-point cards', () => {
  it('leaves names that do not collide as the plain cut', () => {
    expect(distinctShortNames([{ name: 'GRETA' }, { name: 'Council of Europe Convention on Action against Trafficking' }], 32)).toEqual([
      'GRETA',
      'Council of Europe Convention on…',
    ]);
  });

  it('keeps two names that begin alike apart, with the words where they differ, never cut mid-word', () => {
    const plain = distinctShortNames([{ name: CHILD }], 32)[0];
    expect(distinctShortNames([{ name: VICTIMS }], 32)[0]).toBe(plain);
    const shown = distinctShortNames([{ name: CHILD }, { name: VICTIMS }], 32);
    expect(new Set(shown).size).toBe(2);
    expect(wholeWords(shown[0]!, CHILD)).toBe(true);
    expect(wholeWords(shown[1]!, VICTIMS)).toBe(true);
    expect(shown[0]).toContain('child-sensitive');
    expect(shown[1]).not.toContain('child-sensitive');
    for (const short of shown) expect(short.length).toBeLessThanOrEqual(40);
  });

  it('tells namesakes apart by symbol or year when they have distinct ones', () => {
    const shown = distinctShortNames(
      [
        { name: CHILD, year: 2009 },
        { name: VICTIMS, year: 2008 },
      ],
      32,
    );
    expect(new Set(shown).size).toBe(2);
    expect(shown[0]!.endsWith('(2009)')).toBe(true);
    expect(shown[1]!.endsWith('(2008)')).toBe(true);
    const bySymbol = distinctShortNames(
      [
        { name: CHILD, symbol: 'A/65/113', year: 2010 },
        { name: VICTIMS, symbol: 'A/64/178', year: 2010 },
      ],
      32,
    );
    expect(bySymbol.map((short) => /\(([^)]*)\)$/u.exec(short)?.[1])).toEqual(['A/65/113', 'A/64/178']);
    // The same year twice tells nothing: the differing words are shown instead.
    const sameYear = distinctShortNames(
      [
        { name: CHILD, year: 2010 },
        { name: VICTIMS, year: 2010 },
      ],
      32,
    );
    expect(new Set(sameYear).size).toBe(2);
    expect(sameYear.some((short) => short.includes('(2010)'))).toBe(false);
  });

  it('keeps three names with long common beginnings distinct', () => {
    const names = [`${VICTIMS} in Europe`, `${VICTIMS} in Asia`, CHILD];
    const shown = distinctShortNames(
      names.map((name) => ({ name })),
      32,
    );
    expect(new Set(shown).size).toBe(3);
    shown.forEach((short, index) => expect(wholeWords(short, names[index]!)).toBe(true));
  });

  it('leaves the same name given twice as it is (nothing to tell apart)', () => {
    expect(distinctShortNames([{ name: CHILD }, { name: CHILD }], 32)).toEqual([
      distinctShortNames([{ name: CHILD }], 32)[0],
      distinctShortNames([{ name: CHILD }], 32)[0],
    ]);
  });
});
