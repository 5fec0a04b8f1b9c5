import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, LABEL_STYLE } from '../../web/src/graph/palette.js';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('explorer colours (WCAG AA)', () => {
  it('draws every label colour at 3:1 or more against the white canvas, and can carry white text at 4.5:1', () => {
    for (const [label, style] of Object.entries(LABEL_STYLE)) {
      expect(contrast(style.color, '#ffffff'), label).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps community colours at 3:1 or more against the canvas', () => {
    for (const color of COMMUNITY_COLORS) expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(3);
  });

  it('gives each label its own colour and its own shape, so neither alone carries the meaning', () => {
    const styles = Object.values(LABEL_STYLE);
    expect(new Set(styles.map((style) => style.color)).size).toBe(styles.length);
    expect(new Set(styles.map((style) => style.shape)).size).toBe(styles.length);
  });
});
