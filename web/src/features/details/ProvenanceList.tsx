import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProvenanceEntry } from '../../api/client';
import { queries } from '../../api/queries';
import { useDocuments } from '../../state/documents/store';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { displayName } from '../../graph/elements';

const FIRST = 5;

/** Where the facts come from: per source, its title and date, then each quote with a link to its passage. */
export function ProvenanceList({ provenance, only }: { provenance: ProvenanceEntry[]; only?: string }) {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // A source that was ingested opens its passage inside Liaison; the others link to their public page.
  const ingested = new Set(useQuery(queries.documents()).data?.documents.map((document) => document.id) ?? []);
  const openDocument = useDocuments((state) => state.open);
  const entries = provenance
    .map((entry) => ({ ...entry, statements: only ? entry.statements.filter((statement) => statement.relationship === only) : entry.statements }))
    .filter((entry) => entry.statements.length > 0);
  if (!entries.length) return <p className="muted">{t.details.noProvenance}</p>;
  return (
    <ul className="provenance" data-testid="provenance">
      {entries.map((entry) => {
        const { source } = entry;
        const all = expanded.has(source.id);
        const statements = all || only ? entry.statements : entry.statements.slice(0, FIRST);
        return (
          <li key={source.id} className="source" data-source={source.id}>
            <p className="source-title">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title ?? source.id}
                </a>
              ) : (
                (source.title ?? source.id)
              )}
            </p>
            <p className="source-meta">{[source.publisher, source.symbol, source.published].filter(Boolean).join(' · ')}</p>
            <ul className="statements">
              {statements.map((statement) => {
                const other = graph.nodes.get(statement.other);
                const otherName = other ? displayName(other.properties, lang, other.id) : statement.other;
                return (
                  <li key={`${statement.relationship}-${statement.evidence}`} className="statement">
                    {!only && (
                      <span className="statement-fact">
                        {statement.direction === 'out' ? '→' : '←'} {t.types[statement.type] ?? statement.type} · {otherName}
                      </span>
                    )}
                    {statement.evidence && (
                      <blockquote className="evidence" lang={source.language ?? undefined}>
                        « {statement.evidence} »
                      </blockquote>
                    )}
                    {ingested.has(source.id) ? (
                      <button
                        type="button"
                        className="link passage"
                        onClick={() => openDocument({ kind: 'read', id: source.id, quote: statement.evidence || undefined })}
                        data-testid="read-passage"
                      >
                        {t.documents.readInLiaison}
                      </button>
                    ) : (
                      statement.link && (
                        <a className="passage" href={statement.link} target="_blank" rel="noreferrer">
                          {statement.evidence ? t.details.openPassage : t.details.openSource}
                        </a>
                      )
                    )}
                  </li>
                );
              })}
            </ul>
            {!only && entry.statements.length > FIRST && !all && (
              <button type="button" className="link" onClick={() => setExpanded(new Set([...expanded, source.id]))}>
                {t.expand.more(entry.total - FIRST)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
