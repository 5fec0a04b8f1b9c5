import { FILL, type FillCategory } from './status';

export interface MapLegendProps {
  title: string;
  items: { category: FillCategory; count: number }[];
  labelOf: (category: FillCategory) => string;
}

/** The map's legend: one swatch per category with how many countries it holds now. */
export function MapLegend({ title, items, labelOf }: MapLegendProps) {
  return (
    <figure className="map-legend" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ul>
        {items.map(({ category, count }) => (
          <li key={category} data-category={category} data-count={count}>
            <span className="map-legend-swatch" style={{ background: FILL[category] }} aria-hidden="true" />
            {labelOf(category)} <span className="map-legend-count">({count})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
