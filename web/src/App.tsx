import { useEffect, useMemo, useState } from 'react';
import { api, ApiError, type GraphResponse } from './api/client';
import { Legend } from './features/legend/Legend';
import { GraphCanvas } from './graph/GraphCanvas';
import { toElements } from './graph/elements';
import { primaryLabel } from './graph/palette';
import { catalogues, type Lang } from './i18n/messages';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'fr') return fromUrl;
  const stored = window.localStorage.getItem('liaison.lang');
  return stored === 'fr' ? 'fr' : 'en';
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [graph, setGraph] = useState<GraphResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const t = catalogues[lang];

  useEffect(() => {
    const controller = new AbortController();
    api
      .graph(controller.signal)
      .then((data) => {
        setGraph(data);
        setError(null);
      })
      .catch((failure: unknown) => {
        if ((failure as Error).name === 'AbortError') return;
        setError(failure instanceof ApiError ? failure.code : 'NETWORK');
        // Recover on our own once the API or Neo4j is back.
        window.setTimeout(() => setAttempt((n) => n + 1), 3000);
      });
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    window.localStorage.setItem('liaison.lang', lang);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(null, '', url);
    document.documentElement.lang = lang;
  }, [lang]);

  const elements = useMemo(() => (graph ? toElements(graph, lang) : []), [graph, lang]);
  const counts = useMemo(() => {
    const result: Record<string, number> = {};
    for (const node of graph?.nodes ?? []) {
      const label = primaryLabel(node.labels);
      result[label] = (result[label] ?? 0) + 1;
    }
    return result;
  }, [graph]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t.title}</h1>
          <p className="subtitle">{t.subtitle}</p>
        </div>
        <label className="lang">
          {t.language}{' '}
          <select value={lang} onChange={(event) => setLang(event.target.value as Lang)} aria-label={t.language}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </header>
      <main className="workspace">
        <aside className="sidebar">
          {graph && <p className="summary">{t.summary(graph.nodes.length, graph.edges.length)}</p>}
          <Legend counts={counts} t={t} />
        </aside>
        <section className="canvas-area" aria-label="graph">
          {error && (
            <div role="alert" className="banner">
              {t.unavailable}{' '}
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                {t.retry}
              </button>
            </div>
          )}
          {!graph && !error && <div className="loading">{t.loading}</div>}
          {graph && <GraphCanvas elements={elements} />}
        </section>
      </main>
    </div>
  );
}
