import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { SearchBox } from '../search/SearchBox';
import { MAX_EVIDENCE_WORDS, wordCount, type ProvenanceDraft } from './provenanceDraft';
import { displayName } from '../../graph/elements';

interface Props {
  value: ProvenanceDraft;
  onChange(value: ProvenanceDraft): void;
  /** The reason it cannot be sent yet, once the user tried. */
  problem?: 'needSource' | 'needEvidence' | 'tooLong' | null;
  optional?: boolean;
}

/**
 * Where a fact comes from: a Source of the graph picked by typeahead, or a new Source (title,
 * publisher, date, URL, language), and the verbatim quote with a live word count (≤ 12).
 */
export function ProvenancePicker({ value, onChange, problem, optional }: Props) {
  const t = useT();
  const p = t.curation.provenance;
  const lang = useExplorer((state) => state.lang);
  const words = wordCount(value.evidence);
  const tooLong = words > MAX_EVIDENCE_WORDS;
  const setMode = (mode: 'existing' | 'new') =>
    onChange(
      mode === 'existing'
        ? { mode, source: null, evidence: value.evidence }
        : { mode, title: '', publisher: '', published: '', url: '', language: lang, evidence: value.evidence },
    );
  return (
    <fieldset className="provenance" data-testid="provenance">
      <legend>
        {p.title}
        {optional && <span className="muted"> ({t.curation.optional})</span>}
      </legend>
      <div className="segmented" role="radiogroup" aria-label={p.title}>
        {(['existing', 'new'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={value.mode === mode}
            onClick={() => setMode(mode)}
            data-testid={`provenance-${mode}`}
          >
            {p[mode]}
          </button>
        ))}
      </div>
      {value.mode === 'existing' ? (
        <div className="field">
          <label htmlFor="provenance-source">{p.source}</label>
          <SearchBox
            id="provenance-source"
            label={p.source}
            placeholder={p.searchSource}
            labels={['Source']}
            value={value.source?.name ?? ''}
            onPick={(result) =>
              onChange({
                ...value,
                source: { id: result.id, name: displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id) },
              })
            }
          />
          {value.source && <p className="muted source-id">{value.source.id}</p>}
        </div>
      ) : (
        <div className="new-source">
          {(['title', 'publisher', 'published', 'url'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`new-source-${key}`}>{key === 'title' ? p.title_ : p[key]}</label>
              <input id={`new-source-${key}`} value={value[key]} onChange={(event) => onChange({ ...value, [key]: event.target.value })} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="new-source-language">{p.language}</label>
            <select
              id="new-source-language"
              value={value.language}
              onChange={(event) => onChange({ ...value, language: event.target.value as 'en' | 'fr' })}
            >
              <option value="en">{t.kinds.en}</option>
              <option value="fr">{t.kinds.fr}</option>
            </select>
          </div>
        </div>
      )}
      <div className={`field${tooLong ? ' invalid' : ''}`}>
        <label htmlFor="provenance-evidence">{p.evidence}</label>
        <textarea
          id="provenance-evidence"
          rows={2}
          value={value.evidence}
          aria-describedby="provenance-words"
          aria-invalid={tooLong}
          onChange={(event) => onChange({ ...value, evidence: event.target.value })}
        />
        <p id="provenance-words" className={`word-count${tooLong ? ' over' : ''}`} aria-live="polite" data-testid="evidence-words">
          {p.words(words)}
        </p>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {p[problem]}
        </p>
      )}
    </fieldset>
  );
}
