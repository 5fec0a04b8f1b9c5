import { useT } from '../../i18n/messages';

/** Property names as the seed spells them, made readable ("entry_into_force" → "entry into force"). */
function readable(key: string): string {
  return key.replaceAll('_', ' ');
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(' · ');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

/** The remaining properties of a node or relationship, as a definition list. */
export function Properties({ properties, skip = [] }: { properties: Record<string, unknown>; skip?: string[] }) {
  const t = useT();
  const entries = Object.entries(properties).filter(
    ([key, value]) => !skip.includes(key) && value !== null && value !== '' && !(Array.isArray(value) && !value.length),
  );
  if (!entries.length) return null;
  return (
    <section>
      <h3>{t.details.properties}</h3>
      <dl className="properties">
        {entries
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, value]) => (
            <div key={key} className="property">
              <dt>{readable(key)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
