import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { NodeLabel, SearchResult } from '../../api/client';
import { queries } from '../../api/queries';
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

/** `value`, once it has stayed the same for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Typeahead over names and aliases in both languages (ARIA 1.2 combobox: arrows move, Enter picks,
 * Escape closes). Requests are debounced; the query cache cancels the previous one as the user types.
 */
export function SearchBox({ id, label, placeholder, labels, value, onPick }: Props) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const [text, setText] = useState(value ?? '');
  const [shownValue, setShownValue] = useState(value);
  const [open, setOpen] = useState(false);
  const [activeIn, setActiveIn] = useState<{ results: SearchResult[] | null; index: number }>({ results: null, index: -1 });
  const listId = useId();
  const input = useRef<HTMLInputElement | null>(null);

  // A picker whose value changes from outside (a reset, a link) shows the new value.
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== undefined) setText(value);
  }

  const q = useDebounced(text.trim(), 150);
  const search = useQuery({ ...queries.search(q, labels), enabled: open && q.length >= 2 });
  const results = search.data?.results ?? [];
  // The first result is active when a new list arrives; the arrows move from there.
  const active = activeIn.results === results ? activeIn.index : results.length ? 0 : -1;
  const setActive = (move: (index: number) => number) => setActiveIn({ results, index: move(active) });

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
                onKeyDown={(event) => {
                  if (event.key === 'Enter') pick(result);
                }}
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
