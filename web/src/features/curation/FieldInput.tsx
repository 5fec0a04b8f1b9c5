import { useT } from '../../i18n/messages';
import type { Field } from './fields';

interface Props {
  field: Field;
  value: string | boolean | undefined;
  error?: string;
  changed?: boolean;
  onChange(value: string | boolean): void;
}

/** One property's control, chosen by its type in the seed schema; its label comes from the catalogue. */
export function FieldInput({ field, value, error, changed, onChange }: Props) {
  const t = useT();
  const id = `field-${field.key}`;
  const label = t.properties[field.key] ?? field.key.replaceAll('_', ' ');
  const describedBy = error ? `${id}-error` : undefined;
  const common = { id, name: field.key, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, 'data-field': field.key };
  const text = typeof value === 'string' ? value : '';
  let control;
  if (field.kind === 'boolean')
    control = <input type="checkbox" {...common} checked={value === true} onChange={(event) => onChange(event.target.checked)} />;
  else if (field.kind === 'choice')
    control = (
      <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t.curation.choose}</option>
        {field.choices?.map((choice) => (
          <option key={choice} value={choice}>
            {t.kinds[choice] ?? choice}
          </option>
        ))}
      </select>
    );
  else if (field.kind === 'list' || field.kind === 'long-text')
    control = (
      <textarea
        {...common}
        rows={field.kind === 'list' ? 2 : 3}
        placeholder={field.kind === 'list' ? t.curation.listHint : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  else
    control = (
      <input
        {...common}
        type={field.kind === 'number' ? 'number' : 'text'}
        inputMode={field.kind === 'date' ? 'numeric' : undefined}
        placeholder={field.kind === 'date' ? t.curation.datePlaceholder : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  return (
    <div className={`field${field.kind === 'boolean' ? ' flag' : ''}${changed ? ' changed' : ''}${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {field.required && <span className="required"> ({t.curation.required})</span>}
      </label>
      {control}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
