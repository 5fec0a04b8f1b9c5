import { useState } from 'react';
import type { SearchResult } from '../../api/client';
import { displayName } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';

import { SearchBox } from '../search/SearchBox';

interface End {
  id: string;
  name: string;
}

/** "How is Frontex connected to GRETA?": the k shortest paths, added to the canvas and highlighted. */
export function PathFinder() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const busy = useExplorer((state) => state.busy);
  const perform = useExplorer((state) => state.perform);
  const [from, setFrom] = useState<End | null>(null);
  const [to, setTo] = useState<End | null>(null);
  const [k, setK] = useState(3);
  const [maxLength, setMaxLength] = useState(4);
  const end = (result: SearchResult): End => ({
    id: result.id,
    name: displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id),
  });

  return (
    <details className="panel paths" data-testid="path-finder">
      <summary>
        <h2>{t.paths.title}</h2>
      </summary>
      <div className="picker">
        <span className="picker-label">{t.paths.from}</span>
        <SearchBox
          id="path-from"
          label={t.paths.from}
          placeholder={t.paths.pick}
          value={from?.name ?? ''}
          onPick={(result) => setFrom(end(result))}
        />
      </div>
      <div className="picker">
        <span className="picker-label">{t.paths.to}</span>
        <SearchBox id="path-to" label={t.paths.to} placeholder={t.paths.pick} value={to?.name ?? ''} onPick={(result) => setTo(end(result))} />
      </div>
      <div className="expand-options">
        <label>
          {t.paths.k}{' '}
          <select value={k} onChange={(event) => setK(Number(event.target.value))}>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          {t.paths.maxLength}{' '}
          <select value={maxLength} onChange={(event) => setMaxLength(Number(event.target.value))}>
            {[1, 2, 3, 4, 5, 6].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </div>
      <button
        type="button"
        className="primary"
        disabled={!from || !to || from.id === to.id || busy}
        data-testid="path-run"
        onClick={() => {
          if (from && to) void perform({ kind: 'paths', from: from.id, to: to.id, k, maxLength });
        }}
      >
        {t.paths.run}
      </button>
    </details>
  );
}
