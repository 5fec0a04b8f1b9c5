import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM, fitViewport, overlayInsets } from '../../web/src/graph/fit.js';

const canvas = { left: 300, top: 56, right: 1240, bottom: 636 }; // 940 × 580, as at 1280×720

describe('overlays over the canvas', () => {
  it('counts a notice near the bottom as a covered bottom band, a bar near the top as a top band', () => {
    const notice = { left: 308, top: 560, right: 900, bottom: 628 };
    const toolbar = { left: 308, top: 64, right: 1232, bottom: 100 };
    expect(overlayInsets(canvas, [notice, toolbar])).toEqual({ top: 100 - 56, bottom: 636 - 560 });
  });

  it('ignores overlays that are not drawn or lie outside the canvas', () => {
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    const outside = { left: 1250, top: 500, right: 1400, bottom: 600 };
    expect(overlayInsets(canvas, [hidden, outside])).toEqual({ top: 0, bottom: 0 });
  });
});

describe('fitting a drawing clear of the overlays', () => {
  const width = 940;
  const height = 580;
  const padding = 60;
  // Rings of neighbours around an expanded node, taller than wide.
  const box = { x1: -200, y1: -230, w: 400, h: 470 };
  const rendered = (fit: ReturnType<typeof fitViewport>) => ({
    top: fit.zoom * box.y1 + fit.pan.y,
    bottom: fit.zoom * (box.y1 + box.h) + fit.pan.y,
    left: fit.zoom * box.x1 + fit.pan.x,
    right: fit.zoom * (box.x1 + box.w) + fit.pan.x,
  });

  it('leaves the covered bottom band free, with the padding, and keeps the toolbar space', () => {
    for (const bottomBand of [0, 40, 76, 130]) {
      const fit = fitViewport(box, width, height, padding, { top: 0, bottom: bottomBand });
      const drawn = rendered(fit);
      expect(drawn.bottom).toBeLessThanOrEqual(height - bottomBand - padding + 1e-6);
      expect(drawn.top).toBeGreaterThanOrEqual(padding + 40 - 1e-6);
      expect(drawn.left).toBeGreaterThanOrEqual(padding - 1e-6);
      expect(drawn.right).toBeLessThanOrEqual(width - padding + 1e-6);
      // Height decides here: the drawing fills the free band (not smaller than needed).
      expect(drawn.bottom - drawn.top).toBeGreaterThan(height - bottomBand - 2 * padding - 40 - 20);
    }
  });

  it('is the plain fit under the toolbar when nothing covers the canvas', () => {
    const fit = fitViewport(box, width, height, padding, { top: 0, bottom: 0 });
    const zoom = Math.min(FIT_MAX_ZOOM, (width - 2 * padding) / box.w, (height - 2 * padding - 40) / box.h);
    expect(fit.zoom).toBeCloseTo(zoom, 9);
    const drawn = rendered(fit);
    expect((drawn.top + drawn.bottom) / 2).toBeCloseTo(height / 2 + 20, 6);
  });

  it('never zooms in past the limit, and keeps a third of the height under a very tall notice', () => {
    expect(fitViewport({ x1: 0, y1: 0, w: 10, h: 10 }, width, height, padding, { top: 0, bottom: 0 }).zoom).toBe(FIT_MAX_ZOOM);
    const fit = fitViewport(box, width, height, padding, { top: 0, bottom: 560 });
    expect(fit.zoom).toBeGreaterThan(0);
    expect(rendered(fit).bottom - rendered(fit).top).toBeCloseTo(height / 3, 6);
  });
});
