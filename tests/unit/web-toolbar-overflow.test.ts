import { describe, expect, it } from 'vitest';
import { groupsThatFit } from '../../web/src/features/toolbar/overflow';

describe('groupsThatFit', () => {
  const widths = [100, 70, 230, 170, 280, 90, 70];
  const total = widths.reduce((a, b) => a + b, 0) + 6 * (widths.length - 1);

  it('keeps every group on the row when they all fit, without a More button', () => {
    expect(groupsThatFit(widths, total, 6, 60)).toBe(widths.length);
    expect(groupsThatFit(widths, total + 500, 6, 60)).toBe(widths.length);
  });

  it('moves the last groups into More, leaving room for the More button', () => {
    const available = total - 1;
    const count = groupsThatFit(widths, available, 6, 60);
    expect(count).toBeLessThan(widths.length);
    const used = widths.slice(0, count).reduce((a, b) => a + b, 0) + 6 * count + 60;
    expect(used).toBeLessThanOrEqual(available);
    // One more group would not have fitted.
    expect(used + widths[count]! + 6).toBeGreaterThan(available);
  });

  it('keeps order: a later small group never jumps ahead of an earlier big one', () => {
    expect(groupsThatFit([50, 400, 10], 200, 0, 40)).toBe(1);
  });

  it('puts everything in More when not even the first group fits', () => {
    expect(groupsThatFit([300, 20], 200, 6, 60)).toBe(0);
  });
});
