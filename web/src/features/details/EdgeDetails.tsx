import { useEffect, useState } from 'react';
import { api, isAbort, type ProvenanceEntry } from '../../api/client';
import { nodeName } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useCooperationPairs } from '../network/useCooperationPairs';
import { Properties } from './Properties';
import { ProvenanceList } from './ProvenanceList';

/**
 * The sources of one relationship. There is no relationship endpoint, but a node's provenance
 * lists, per source, the statements of each of its relationships with the document's title and a
 * link to the passage; we ask for one end, then the other if the first one's list was capped.
 */
async function edgeProvenance(edgeId: string, ends: string[], signal: AbortSignal): Promise<ProvenanceEntry[]> {
  for (const end of ends) {
    const details = await api.node(end, signal);
    const found = details.provenance.filter((entry) => entry.statements.some((statement) => statement.relationship === edgeId));
    if (found.length) return found;
  }
  return [];
}

/** Type, ends, properties and provenance (document title, evidence, date, link) of a relationship. */
export function EdgeDetails({ id }: { id: string }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const edge = useExplorer((state) => state.graph.edges.get(id));
  const source = useExplorer((state) => (edge ? state.graph.nodes.get(edge.source) : undefined));
  const target = useExplorer((state) => (edge ? state.graph.nodes.get(edge.target) : undefined));
  // Keyed by edge, so a newly focused edge shows "working" until its own provenance arrives.
  const [loaded, setLoaded] = useState<{ id: string; list: ProvenanceEntry[] } | null>(null);
  const provenance = loaded?.id === id ? loaded.list : null;
  const projected = edge?.type === 'COOPERATED_WITH';
  const pair = useCooperationPairs()?.find((candidate) => candidate.edge === id);

  useEffect(() => {
    if (!edge || projected) return;
    const controller = new AbortController();
    edgeProvenance(edge.id, [edge.source, edge.target], controller.signal).then(
      (list) => setLoaded({ id: edge.id, list }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ id: edge.id, list: [] });
      },
    );
    return () => controller.abort();
  }, [edge, projected]);

  if (!edge) return <p>{t.details.notFound}</p>;
  const { sources: _sources, evidence: _evidence, id: _id, events, ...rest } = edge.properties;
  const sourceName = source ? nodeName(source, lang) : edge.source;
  const targetName = target ? nodeName(target, lang) : edge.target;
  return (
    <div className="edge-details" data-edge={edge.id}>
      <p className="kind">{t.details.type}</p>
      <h2>
        {sourceName} <span className="edge-type">— {t.types[edge.type] ?? edge.type} →</span> {targetName}
      </h2>
      <Properties properties={rest} />
      {projected && Array.isArray(events) && (
        <section>
          <h3>{t.details.sharedEvents}</h3>
          <ul className="shared-events">
            {pair ? (
              pair.events.map((event) => (
                <li key={event.id}>
                  <strong>{(lang === 'fr' ? event.name_fr : event.name_en) ?? event.name_en ?? event.name_fr ?? event.caption[lang]}</strong>
                  <span className="muted">
                    {' '}
                    — {event.start}
                    {event.online ? `, ${t.pairs.online}` : ''}
                    {(lang === 'fr' ? event.place_fr : event.place_en)
                      ? `, ${t.pairs.place((lang === 'fr' ? event.place_fr : event.place_en)!)}`
                      : ''}
                  </span>
                </li>
              ))
            ) : (
              <li>{t.working}</li>
            )}
          </ul>
          {pair && pair.topics.length > 0 && (
            <>
              <h3>{t.pairs.topics}</h3>
              <ul className="shared-topics">
                {pair.topics.map((topic) => (
                  <li key={topic.id}>
                    {(lang === 'fr' ? topic.name_fr : topic.name_en) ?? topic.id} ({topic.events})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {!projected && (
        <section>
          <h3>{t.details.provenance}</h3>
          {provenance === null ? <p className="loading">{t.working}</p> : <ProvenanceList provenance={provenance} only={edge.id} />}
        </section>
      )}
    </div>
  );
}
