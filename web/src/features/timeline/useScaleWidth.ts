import { useEffect, useState } from 'react';

/**
 * The width of the time bar's scale and of a year label in its font, measured once the scale is
 * laid out and again whenever it is resized (a panel opening beside the canvas narrows it).
 * Returns the ref callback to put on the scale.
 */
export function useScaleWidth(sample: string): [(element: HTMLElement | null) => void, { width: number; labelWidth: number }] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [measure, setMeasure] = useState({ width: 0, labelWidth: 0 });
  useEffect(() => {
    if (!element) return;
    const context = document.createElement('canvas').getContext('2d');
    const observer = new ResizeObserver(() => {
      const style = getComputedStyle(element);
      let labelWidth = sample.length * parseFloat(style.fontSize) * 0.6;
      if (context) {
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        labelWidth = context.measureText(sample).width;
      }
      setMeasure({ width: element.clientWidth, labelWidth: Math.ceil(labelWidth) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, sample]);
  return [setElement, measure];
}
