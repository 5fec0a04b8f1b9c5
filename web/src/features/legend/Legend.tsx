import { LABEL_STYLE } from '../../graph/palette';
import type { Messages } from '../../i18n/messages';

interface Props {
  counts: Record<string, number>;
  t: Messages;
}

/** One row per label on the canvas: its colour, its name in the UI language and its count. */
export function Legend({ counts, t }: Props) {
  const labels = Object.keys(LABEL_STYLE).filter((label) => counts[label]);
  return (
    <section className="legend" aria-label={t.legend}>
      <h2>{t.legend}</h2>
      <ul>
        {labels.map((label) => (
          <li key={label} data-label={label}>
            <span className="swatch" style={{ background: LABEL_STYLE[label]?.color }} aria-hidden="true" />
            <span className="legend-name">{t.labels[label] ?? label}</span>
            <span className="legend-count">{counts[label]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
