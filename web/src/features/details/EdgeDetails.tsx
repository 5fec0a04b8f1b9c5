import { useEffect, useState } from 'react';
import { api, isAbort, type ProvenanceEntry } from '../../api/client';
import { nodeName } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
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
  const [provenance, setProvenance] = useState<ProvenanceEntry[] | null>(null);
  const projected = edge?.type === 'COOPERATED_WITH';

  useEffect(() => {
    if (!edge || projected) return;
    const controller = new AbortController();
    setProvenance(null);
    edgeProvenance(edge.id, [edge.source, edge.target], controller.signal).then(setProvenance, (error: unknown) => {
      if (!isAbort(error)) setProvenance([]);
    });
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
            {events.map((event) => (
              <li key={event}>{event.replace(/^event-/, '').replaceAll('-', ' ')}</li>
            ))}
          </ul>
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
