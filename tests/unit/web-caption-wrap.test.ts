import { describe, expect, it } from 'vitest';
import { wrapCaption, wrappedLabel } from '../../web/src/graph/readability/captionWrap.js';

const words = (text: string) => text.replace(/…$/u, '').split(/\s+/).filter(Boolean);

describe('caption wrapping', () => {
  it('keeps a short caption on one line, unchanged', () => {
    expect(wrapCaption('UNODC', 20)).toEqual(['UNODC']);
    expect(wrapCaption('Seminar · Warsaw 2016', 30)).toEqual(['Seminar · Warsaw 2016']);
  });

  it('wraps between words into at most two lines, each within the width', () => {
    const name = 'European Border and Coast Guard Agency';
    const lines = wrapCaption(name, 20);
    expect(lines.length).toBeLessThanOrEqual(2);
    for (const line of lines) expect(line.replace(/…$/u, '').length).toBeLessThanOrEqual(20);
    // Every word drawn is a whole word of the name, in order: nothing is cut mid-word.
    const drawn = lines.flatMap(words);
    expect(drawn).toEqual(name.split(' ').slice(0, drawn.length));
  });

  it('ends with an ellipsis after a whole word when the caption needs more than two lines', () => {
    const name = 'Group of Experts on Action against Trafficking in Human Beings';
    const lines = wrapCaption(name, 16);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const drawn = lines.flatMap(words);
    expect(drawn).toEqual(name.split(' ').slice(0, drawn.length));
    expect(lines[1]!.length).toBeLessThanOrEqual(16);
  });

  it('never cuts a word longer than a line, and drops punctuation before the ellipsis', () => {
    expect(wrapCaption('Interinstitutionnelle', 8)).toEqual(['Interinstitutionnelle']);
    const lines = wrapCaption('Conference, Vienna, Austria, and many more places after that', 12, 2);
    expect(lines[1]).toMatch(/[^,]…$/u);
  });

  it('measures with the given function (pixels) and joins lines for Cytoscape', () => {
    const pixels = (text: string) => text.length * 7;
    expect(wrappedLabel('Council of the Baltic Sea States', 120, 2, pixels)).toBe('Council of the\nBaltic Sea States');
  });
});
