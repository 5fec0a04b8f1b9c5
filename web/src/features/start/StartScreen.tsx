import { useEffect, useRef, useState } from 'react';
import { api, isAbort, type ViewDefinition } from '../../api/client';
import { useT } from '../../i18n/messages';
import { useLatest } from '../../graph/useLatest';
import { useExplorer } from '../../state/store';
import { useViews } from '../views/useViews';
import { distinctShortNames } from './shortNames';
import { viewDigest, type DigestEntry, type ViewDigest } from './viewDigest';
import { ViewThumbnail } from './ViewThumbnail';

type ViewGraph = Awaited<ReturnType<typeof api.view>>;

/** The ids a view starts from: what the card draws large in the middle of its picture. */
function anchorsOf(view: ViewDefinition): string[] {
  const params = view.spec.params as { ids?: string[]; actors?: string[]; from?: string; to?: string };
  return params.ids ?? params.actors ?? [params.from, params.to].filter((id): id is string => typeof id === 'string');
}

// A page opened from a deep link already has its picture: the start screen is for fresh visits.
const freshVisit = typeof location !== 'undefined' && !['c', 'story'].some((key) => new URLSearchParams(location.search).has(key));

/**
 * The first screen: a search-first start with one card per curated view (a sketch of its graph, a
 * one-line summary, its main actors and instruments, the years it covers) and a way into the whole
 * graph. It covers the canvas until the user picks something, searches, or asks for the overview.
 */
export function StartScreen() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const [dismissed, setDismissed] = useState(!freshVisit);
  const views = useViews();
  const [graphs, setGraphs] = useState<Record<string, ViewGraph>>({});

  // The overview loads behind the cards; any later operation (search, view, expand) ends the start.
  useEffect(
    () =>
      useExplorer.subscribe((state, previous) => {
        if (previous.history.length > 0 && state.history.length > previous.history.length) setDismissed(true);
      }),
    [],
  );

  useEffect(() => {
    if (dismissed || !views?.length) return;
    const controller = new AbortController();
    // One view at a time: the overview is loading too, and six parallel subgraph queries would
    // compete with it on a small server. A card without its facts still reads (title, summary).
    void (async () => {
      for (const view of views) {
        // A busy server may time out once: one more try before the card stays without facts.
        for (let attempt = 0; attempt < 2; attempt++) {
          try {
            const graph = await api.view(view.id, controller.signal);
            setGraphs((previous) => ({ ...previous, [view.id]: graph }));
            break;
          } catch (error) {
            if (isAbort(error)) return;
          }
        }
      }
    })();
    return () => controller.abort();
  }, [views, dismissed]);

  // The screen goes away with the button that had the keyboard: the next Tab starts again from the
  // top of the page (the skip link), not from wherever the vanished screen stood in the page.
  const section = useRef<HTMLElement>(null);
  const close = () => {
    const active = document.activeElement;
    if (!active || active === document.body || section.current?.contains(active)) document.querySelector<HTMLElement>('.app')?.focus();
    setDismissed(true);
  };
  const closeOnEscape = useLatest(close);

  useEffect(() => {
    if (dismissed) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeOnEscape.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dismissed, closeOnEscape]);

  if (dismissed) return null;
  return (
    <section className="start-screen" aria-labelledby="start-title" data-testid="start-screen" ref={section}>
      <div className="start-inner">
        <h2 id="start-title">{t.start.title}</h2>
        <p className="start-lead">{t.start.lead}</p>
        <div className="start-actions">
          <button type="button" className="primary" data-testid="start-skip" onClick={close}>
            {t.start.overview}
          </button>
          <span className="muted">{t.start.hint}</span>
        </div>
        <ul className="start-cards">
          {(views ?? []).map((view) => {
            const graph = graphs[view.id];
            const digest: ViewDigest | null = graph ? viewDigest(graph, lang) : null;
            const short = (entries: DigestEntry[]) => distinctShortNames(entries, 32).join(', ');
            const title = lang === 'fr' ? view.title_fr : view.title_en;
            return (
              <li key={view.id}>
                <button
                  type="button"
                  className="start-card"
                  data-testid="start-card"
                  data-view={view.id}
                  onClick={() => {
                    close();
                    void useExplorer.getState().perform({ kind: 'view', id: view.id });
                  }}
                >
                  {graph ? (
                    <ViewThumbnail nodes={graph.nodes} edges={graph.edges} anchors={anchorsOf(view)} />
                  ) : (
                    <span className="view-thumb placeholder" />
                  )}
                  <span className="start-card-text">
                    <span className="start-card-title">{title}</span>
                    <span className="start-card-summary">{(lang === 'fr' ? view.summary_fr : view.summary_en) ?? ''}</span>
                    {digest && (
                      <span className="start-card-facts">
                        {digest.actors.length > 0 && (
                          <span>
                            <strong>{t.start.actors}</strong> {short(digest.actors)}
                          </span>
                        )}
                        {digest.instruments.length > 0 && (
                          <span>
                            <strong>{t.start.instruments}</strong> {short(digest.instruments)}
                          </span>
                        )}
                        {digest.years && (
                          <span>
                            <strong>{t.start.years}</strong>{' '}
                            {digest.years.first === digest.years.last ? digest.years.first : `${digest.years.first}–${digest.years.last}`}
                          </span>
                        )}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
