import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type DocumentResponse, type Suggestion } from '../../api/client';
import { useT } from '../../i18n/messages';
import { failureText } from '../curation/errors';
import { useAfterWrite } from '../curation/useAfterWrite';
import { useNodeName } from '../details/useNodeName';

type Passage = DocumentResponse['passages'][number];

/** The name a proposed new entity would have, in the language it was read in. */
function proposedName(suggestion: Suggestion): string {
  if (suggestion.change.action !== 'create-entity') return '';
  const { properties } = suggestion.change.body;
  const name = properties.name_en ?? properties.name_fr;
  return typeof name === 'string' ? name : '';
}

/** An end of a proposed fact: the graph's name, or the name of the new entity of its group while it waits. */
function End({ id, pending }: { id: string; pending: Map<string, string> }) {
  const name = useNodeName(pending.has(id) ? null : id);
  return <strong>{pending.get(id) ?? name}</strong>;
}

function Candidate({ id, onPick, disabled }: { id: string; onPick(): void; disabled: boolean }) {
  const name = useNodeName(id);
  return (
    <button type="button" onClick={onPick} disabled={disabled} data-testid="accept-as" data-candidate={id}>
      {name}
    </button>
  );
}

function ProposalCard({
  suggestion,
  pending,
  onDone,
}: {
  suggestion: Suggestion;
  pending: Map<string, string>;
  onDone(entities: string[]): Promise<void>;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const accept = useMutation({
    mutationFn: (as?: string) => api.acceptSuggestion(suggestion.id, undefined, as),
    onSuccess: (answer) =>
      onDone([
        ...(answer.entity ? [answer.entity] : []),
        ...(answer.suggestion.change.action === 'create-relationship' ? [answer.suggestion.change.body.from, answer.suggestion.change.body.to] : []),
      ]),
  });
  const reject = useMutation({
    mutationFn: () => api.rejectSuggestion(suggestion.id, reason.trim() || t.documents.defaultReason),
    onSuccess: () => onDone([]),
  });
  const { change, origin } = suggestion;
  // The facts proposed with a new event are facts: the card says what each suggestion writes.
  const kind =
    change.action === 'create-entity'
      ? origin?.proposal === 'event'
        ? 'event'
        : 'entity'
      : origin?.proposal === 'provenance'
        ? 'provenance'
        : 'relationship';
  const busy = accept.isPending || reject.isPending;
  const failure = accept.error ?? reject.error;
  return (
    <li className={`proposal ${suggestion.status}`} data-suggestion={suggestion.id} data-kind={kind}>
      <p className="proposal-head">
        <span className="proposal-kind">{t.documents.kinds[kind]}</span>
        {origin && <span className="muted"> · {t.documents.confidence(origin.confidence)}</span>}
        {suggestion.status !== 'open' && <span className="muted"> · {t.documents.status[suggestion.status]}</span>}
      </p>
      {change.action === 'create-entity' && (
        <p>
          {t.label[change.body.label] ?? change.body.label} <strong>{proposedName(suggestion)}</strong>
          {typeof change.body.properties.start === 'string' && <span className="muted"> · {change.body.properties.start}</span>}
        </p>
      )}
      {change.action === 'create-relationship' && (
        <p>
          <End id={change.body.from} pending={pending} /> {t.types[change.body.type] ?? change.body.type}{' '}
          <End id={change.body.to} pending={pending} />
        </p>
      )}
      {suggestion.provenance.evidence && <q className="evidence">{suggestion.provenance.evidence}</q>}
      {suggestion.status === 'open' && (
        <div className="review-actions">
          <button type="button" className="primary" onClick={() => accept.mutate(undefined)} disabled={busy} data-testid="accept">
            {origin?.candidates.length ? t.documents.asNew : t.documents.accept}
          </button>
          <input
            aria-label={t.documents.reason}
            placeholder={t.documents.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="button" onClick={() => reject.mutate()} disabled={busy} data-testid="reject">
            {t.documents.reject}
          </button>
        </div>
      )}
      {suggestion.status === 'open' && origin && origin.candidates.length > 0 && (
        <p className="same-as">
          <span className="muted">{t.documents.sameAs}: </span>
          {origin.candidates.slice(0, 3).map((candidate) => (
            <Candidate key={candidate.id} id={candidate.id} disabled={busy} onPick={() => accept.mutate(candidate.id)} />
          ))}
        </p>
      )}
      {failure && (
        <p className="field-error" role="alert" data-testid="review-error">
          {failureText(t, failure)}
        </p>
      )}
    </li>
  );
}

/**
 * The new entities still waiting in a document, by placeholder id → proposed name: a fact names its
 * entity by the placeholder until it is accepted, and may sit in another passage than the entity
 * (the event in one paragraph, its participants in the next).
 */
export function pendingEntities(passages: Passage[]): Map<string, string> {
  return new Map(
    passages.flatMap((passage) =>
      passage.suggestions.flatMap((suggestion) =>
        suggestion.status === 'open' && suggestion.origin?.proposes ? [[suggestion.origin.proposes, proposedName(suggestion)] as const] : [],
      ),
    ),
  );
}

/** What a passage proposed, beside it: each proposal, and the whole passage accepted or rejected at once. */
export function PassageProposals({ documentId, passage, pending }: { documentId: string; passage: Passage; pending: Map<string, string> }) {
  const t = useT();
  const client = useQueryClient();
  const afterWrite = useAfterWrite();
  const [reason, setReason] = useState('');
  const done = async (entities: string[]) => {
    await client.invalidateQueries({ predicate: (query) => ['document', 'documents'].includes(String(query.queryKey[0])) });
    await afterWrite({ show: [...new Set(entities)] });
  };
  const acceptAll = useMutation({ mutationFn: () => api.acceptPassage(passage.id), onSuccess: (answer) => done(answer.entities) });
  const rejectAll = useMutation({
    mutationFn: () => api.rejectPassage(passage.id, reason.trim() || t.documents.defaultReason),
    onSuccess: () => done([]),
  });
  const open = passage.suggestions.filter((suggestion) => suggestion.status === 'open').length;
  const busy = acceptAll.isPending || rejectAll.isPending;
  return (
    <section className="passage-proposals" aria-label={t.documents.proposals} data-testid="passage-proposals" data-document={documentId}>
      {open > 1 && (
        <div className="review-actions group">
          <button type="button" className="primary" onClick={() => acceptAll.mutate()} disabled={busy} data-testid="accept-passage">
            {t.documents.acceptAll} ({open})
          </button>
          <input
            aria-label={t.documents.reason}
            placeholder={t.documents.reason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="button" onClick={() => rejectAll.mutate()} disabled={busy} data-testid="reject-passage">
            {t.documents.rejectAll}
          </button>
        </div>
      )}
      {(acceptAll.error ?? rejectAll.error) && (
        <p className="field-error" role="alert" data-testid="review-error">
          {failureText(t, (acceptAll.error ?? rejectAll.error) as Error)}
        </p>
      )}
      <ul className="proposals">
        {passage.suggestions.map((suggestion) => (
          <ProposalCard key={suggestion.id} suggestion={suggestion} pending={pending} onDone={done} />
        ))}
      </ul>
    </section>
  );
}
