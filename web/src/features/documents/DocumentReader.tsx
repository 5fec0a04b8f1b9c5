import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { DocumentResponse } from '../../api/client';
import { queries } from '../../api/queries';
import { LABEL_STYLE } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useAccount } from '../account/useAccount';
import { failureText } from '../curation/errors';
import { useOpenNode } from '../search/useOpenNode';
import { PassageProposals, pendingEntities } from './PassageProposals';
import { passageWithQuote, segmentsOf } from './segments';

type Passage = DocumentResponse['passages'][number];

/** A passage's text with the graph's names in their label colours (click: the entity on the canvas) and the quote marked. */
function PassageText({ passage, quote, lang }: { passage: Passage; quote?: string; lang: string }) {
  const t = useT();
  const openNode = useOpenNode();
  const Tag = passage.heading ? 'h3' : 'p';
  return (
    <Tag className="passage-text" lang={lang}>
      {segmentsOf(passage.text, passage.mentions, quote).map((segment) => {
        const content = segment.quoted ? <mark className="quote">{segment.text}</mark> : segment.text;
        if (!segment.mention) return <span key={segment.start}>{content}</span>;
        const color = LABEL_STYLE[segment.mention.label]?.color;
        return (
          <button
            key={segment.start}
            type="button"
            className="mention"
            style={{ borderColor: color, backgroundColor: `${color}1f` }}
            title={t.documents.showMention(segment.text)}
            data-entity={segment.mention.entityId}
            data-label={segment.mention.label}
            onClick={() => void openNode(segment.mention?.entityId ?? '')}
          >
            {content}
          </button>
        );
      })}
    </Tag>
  );
}

/**
 * An ingested document: its passages in reading order, names highlighted, and beside each passage
 * what it proposed (editors accept or reject one by one or the whole passage). Opened from a
 * fact's provenance, it scrolls to the passage of the quote and marks it.
 */
export function DocumentReader({ id, quote, queued }: { id: string; quote?: string; queued?: number }) {
  const t = useT();
  const { canEdit } = useAccount();
  const document = useQuery(queries.document(id));
  const quoted = useRef<HTMLElement | null>(null);
  const data = document.data;
  const target =
    data && quote
      ? passageWithQuote(
          data.passages.map((passage) => passage.text),
          quote,
        )
      : -1;
  useEffect(() => {
    if (target >= 0) quoted.current?.scrollIntoView({ block: 'center' });
  }, [target]);
  if (document.isError) return <p className="field-error">{failureText(t, document.error)}</p>;
  if (!data) return <p className="loading">{t.working}</p>;
  const { source } = data;
  const pending = pendingEntities(data.passages);
  return (
    <div className="document-reader" data-testid="document-reader" data-source={source.id}>
      <h3 className="document-title" lang={source.language}>
        {source.title}
      </h3>
      <p className="muted">
        {[
          source.publisher,
          source.symbol,
          source.published && `${t.documents.published} ${source.published}`,
          t.documents.passages(data.passages.length),
        ]
          .filter(Boolean)
          .join(' · ')}
        {source.url && (
          <>
            {' · '}
            <a href={source.url} target="_blank" rel="noreferrer">
              {t.documents.publicUrl}
            </a>
          </>
        )}
      </p>
      {queued !== undefined && (
        <p className="saved" role="status" data-testid="document-added">
          {t.documents.added(queued)}
        </p>
      )}
      <ol className="passages">
        {data.passages.map((passage, index) => (
          <li
            key={passage.id}
            className={`passage-row${index === target ? ' target' : ''}`}
            data-passage={passage.id}
            ref={index === target ? (element) => void (quoted.current = element) : undefined}
          >
            <div className="passage-body">
              {passage.page !== null && <span className="page muted">{t.documents.page(passage.page)}</span>}
              <PassageText passage={passage} quote={index === target ? quote : undefined} lang={source.language} />
            </div>
            {canEdit && passage.suggestions.length > 0 && <PassageProposals documentId={source.id} passage={passage} pending={pending} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
