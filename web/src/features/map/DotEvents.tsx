import type { MapEvent } from '../../../../api/src/contract/map';

export interface DotEventsProps {
  /** "5 events at Vienna, Bratislava", already in the language. */
  title: string;
  events: MapEvent[];
  nameOf: (event: MapEvent) => string;
  openLabel: (name: string) => string;
  closeLabel: string;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/**
 * Every event of the dot last clicked, each a button to its details and provenance: a dot may stand
 * for several places' events (they overlap on screen), and its tooltip shows only the first few.
 */
export function DotEvents({ title, events, nameOf, openLabel, closeLabel, onOpen, onClose }: DotEventsProps) {
  return (
    <section className="map-events-list" aria-label={title} data-testid="map-events-list">
      <h3>{title}</h3>
      <ul>
        {events.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => onOpen(event.id)} aria-label={openLabel(nameOf(event))}>
              {nameOf(event)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose} data-testid="map-events-close">
        {closeLabel}
      </button>
    </section>
  );
}
