import { useMemo, useState } from 'react';
import type { CountryMapEntry } from '../../../../api/src/contract/map';
import { statusSources } from './mapText';
import { FILL, type FillCategory } from './status';

export interface MapTableRow {
  entry: CountryMapEntry;
  name: string;
  category: FillCategory;
}

export interface MapTableProps {
  rows: MapTableRow[];
  caption: string;
  categories: FillCategory[];
  labelOf: (category: FillCategory) => string;
  /** The date column: "since 2008-02-01", "until 2022-03-16", "date unknown"… already localised. */
  dateOf: (entry: CountryMapEntry) => string;
  strings: { country: string; status: string; date: string; source: string; filter: string; all: string; open: string; title: string };
  onOpen: (id: string) => void;
}

/**
 * The keyboard and screen-reader equivalent of the map: the same countries, categories and
 * filters, with each status's date and the source that states it (one link away).
 */
export function MapTable({ rows, caption, categories, labelOf, dateOf, strings, onOpen }: MapTableProps) {
  const [shown, setShown] = useState<FillCategory | 'all'>('all');
  const visible = useMemo(() => rows.filter((row) => shown === 'all' || row.category === shown), [rows, shown]);
  return (
    <section className="map-table" aria-label={strings.title}>
      <label>
        {strings.filter}{' '}
        <select value={shown} onChange={(event) => setShown(event.target.value as FillCategory | 'all')} data-testid="map-table-filter">
          <option value="all">{strings.all}</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {labelOf(category)}
            </option>
          ))}
        </select>
      </label>
      {/* Its own scrolling area under the map: the rows stay on screen at 1280×720, the map too. */}
      <div className="map-table-rows" data-testid="map-table-rows">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.country}</th>
              <th scope="col">{strings.status}</th>
              <th scope="col">{strings.date}</th>
              <th scope="col">{strings.source}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map(({ entry, name, category }) => {
              const sources = statusSources(entry);
              return (
                <tr key={entry.id} data-country={entry.id} data-category={category}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onOpen(entry.id)} aria-label={`${strings.open}: ${name}`}>
                      {name}
                    </button>
                  </th>
                  <td className="map-table-status">
                    {/* The map's colour of the row (the comparison's added/gone are the canvas's), beside its words. */}
                    <span className="map-legend-swatch" style={{ background: FILL[category] }} data-fill={FILL[category]} aria-hidden="true" />
                    {labelOf(category)}
                  </td>
                  <td className="map-table-date" title={dateOf(entry)}>
                    {dateOf(entry)}
                  </td>
                  <td className="map-table-source">
                    {sources.map((source, index) =>
                      source.link ? (
                        <a key={`${source.id}-${index}`} href={source.link} target="_blank" rel="noreferrer" title={source.title ?? source.id}>
                          {source.title ?? source.id}
                        </a>
                      ) : (
                        <span key={`${source.id}-${index}`} className="map-table-source-title" title={source.title ?? source.id}>
                          {source.title ?? source.id}
                        </span>
                      ),
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
