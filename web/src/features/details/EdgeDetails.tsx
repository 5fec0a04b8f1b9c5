import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { nodeName } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { CurationActions } from '../curation/CurationActions';
import { topicName } from '../network/pairRanking';
import { useCooperationPairs } from '../network/useCooperationPairs';
import { Properties } from './Properties';
import { ProvenanceList } from './ProvenanceList';

/** Type, ends, properties and provenance (document title, evidence, date, link) of a relationship. */
export function EdgeDetails({ id }: { id: string }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const edge = useExplorer((state) => state.graph.edges.get(id));
  const source = useExplorer((state) => (edge ? state.graph.nodes.get(edge.source) : undefined));
  const target = useExplorer((state) => (edge ? state.graph.nodes.get(edge.target) : undefined));
  const projected = edge?.type === 'COOPERATED_WITH';
  const ranking = useCooperationPairs();
  const pair = ranking?.pairs.find((candidate) => candidate.edge === id);
  const sources = useQuery({
    ...queries.edgeProvenance(id, edge ? [edge.source, edge.target] : []),
    enabled: Boolean(edge) && !projected,
  });
  const provenance = sources.isError ? [] : (sources.data ?? null);

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
      {!projected && <CurationActions element="relationship" id={edge.id} />}
      <Properties properties={rest} />
      {projected && Array.isArray(events) && (
        <section>
          <h3>{t.details.sharedEvents}</h3>
          <ul className="shared-events">
            {pair && ranking ? (
              pair.events.map((eventId) => {
                const event = ranking.events[eventId];
                // Every id a pair lists is described in `events` (the API builds both from the same rows).
                if (!event) return null;
                const place = lang === 'fr' ? event.place_fr : event.place_en;
                return (
                  <li key={eventId}>
                    <strong>{(lang === 'fr' ? event.name_fr : event.name_en) ?? event.name_en ?? event.name_fr ?? event.caption[lang]}</strong>
                    <span className="muted">
                      {' '}
                      — {event.start}
                      {event.online ? `, ${t.pairs.online}` : ''}
                      {place ? `, ${t.pairs.place(place)}` : ''}
                    </span>
                  </li>
                );
              })
            ) : (
              <li>{t.working}</li>
            )}
          </ul>
          {pair && ranking && pair.topics.length > 0 && (
            <>
              <h3>{t.pairs.topics}</h3>
              <ul className="shared-topics">
                {pair.topics.map((topic) => (
                  <li key={topic.id}>
                    {topicName(ranking.topics[topic.id], topic.id, lang)} ({topic.events})
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
