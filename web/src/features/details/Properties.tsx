import { useT, type Messages } from '../../i18n/messages';

/** Property names in the UI language; an unknown one made readable ("entry_into_force" → "entry into force"). */
function readable(key: string, t: Messages): string {
  return t.properties[key] ?? key.replaceAll('_', ' ');
}

/** Values in the UI language where the vocabulary is closed (kinds, languages, yes/no). */
function show(key: string, value: unknown, t: Messages): string {
  if (Array.isArray(value)) return value.join(' · ');
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if ((key === 'kind' || key === 'language') && typeof value === 'string') return t.kinds[value] ?? value;
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
              <dt>{readable(key, t)}</dt>
              <dd>{show(key, value, t)}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
