import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { groupsThatFit } from './overflow';

/** Space between groups on the row (CSS `.toolbar { gap }`), in px. */
const GAP = 6;
/** The More button's width before it was ever drawn. */
const MORE_WIDTH = 72;

/**
 * How many of `count` toolbar groups fit on the row. Each group's width is measured while it is on
 * the row and remembered per `measureKey` (the language, which changes the words and so the widths);
 * until every group of a key has been measured, all of them are drawn on the row once.
 */
export function useOverflow(
  row: RefObject<HTMLElement | null>,
  more: RefObject<HTMLElement | null>,
  count: number,
  measureKey: string,
): { shown: number; measure(index: number): (element: HTMLElement | null) => void } {
  const widths = useRef(new Map<string, number[]>());
  const [fit, setFit] = useState<{ key: string; shown: number } | null>(null);

  useLayoutEffect(() => {
    const element = row.current;
    if (!element) return;
    const update = () => {
      const known = widths.current.get(measureKey) ?? [];
      const complete = known.length >= count && known.slice(0, count).every((width) => width > 0);
      const shown = complete ? groupsThatFit(known.slice(0, count), element.clientWidth, GAP, more.current?.offsetWidth || MORE_WIDTH) : count;
      setFit((previous) => (previous?.key === measureKey && previous.shown === shown ? previous : { key: measureKey, shown }));
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [row, more, count, measureKey]);

  const measure = (index: number) => (element: HTMLElement | null) => {
    if (!element || !element.offsetWidth) return;
    const known = widths.current.get(measureKey) ?? [];
    known[index] = element.offsetWidth;
    widths.current.set(measureKey, known);
  };
  return { shown: fit?.key === measureKey ? fit.shown : count, measure };
}
