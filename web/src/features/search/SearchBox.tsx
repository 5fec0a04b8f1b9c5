import { useEffect, useId, useRef, useState } from 'react';
import { api, isAbort, type NodeLabel, type SearchResult } from '../../api/client';
import { displayName } from '../../graph/elements';
import { LABEL_STYLE, primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';

interface Props {
  id: string;
  label: string;
  placeholder?: string;
  /** Restrict results to these labels (e.g. Country for the country filter). */
  labels?: NodeLabel[];
  /** Text shown once a value is picked (the picked node's name), for pickers that keep a value. */
  value?: string;
  onPick(result: SearchResult): void;
}

/** The other-language name, shown under the main one when it differs (helps "onudc" → UNODC). */
function otherName(result: SearchResult, lang: 'en' | 'fr'): string | null {
  const other = lang === 'en' ? result.name_fr : result.name_en;
  const main = displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id);
  return other && other !== main ? other : null;
}

/**
 * Typeahead over names and aliases in both languages (ARIA 1.2 combobox: arrows move, Enter picks,
 * Escape closes). Requests are debounced and the previous one is cancelled as the user types.
 */
export function SearchBox({ id, label, placeholder, labels, value, onPick }: Props) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const [text, setText] = useState(value ?? '');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const input = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    if (value !== undefined) setText(value);
  }, [value]);

  useEffect(() => {
    const q = text.trim();
    if (!open || q.length < 2) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.search({ q, limit: 10, labels }, controller.signal).then(
        (response) => {
          setResults(response.results);
          setActive(response.results.length ? 0 : -1);
        },
        (error: unknown) => {
          if (!isAbort(error)) setResults([]);
        },
      );
    }, 150);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, labels?.join(',')]);

  const pick = (result: SearchResult) => {
    setOpen(false);
    setText(value !== undefined ? displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id) : '');
    onPick(result);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && open && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim().length >= 2;
  return (
    <div className="search" data-testid={`search-${id}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? label}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label={label}>
          {results.length === 0 && <li className="search-empty">{t.search.none}</li>}
          {results.map((result, index) => {
            const nodeLabel = primaryLabel(result.labels);
            const other = otherName(result, lang);
            return (
              <li
                key={result.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                data-id={result.id}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(result)}
              >
                <span className="swatch" style={{ background: LABEL_STYLE[nodeLabel]?.color }} aria-hidden="true" />
                <span className="result-name">{displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id)}</span>
                <span className="result-label">{t.label[nodeLabel] ?? nodeLabel}</span>
                {other && <span className="result-other">{other}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
