import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, type Provenance, type Suggestion } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { failureText } from '../curation/errors';
import { useAfterWrite } from '../curation/useAfterWrite';
import { shown } from '../history/diff';
import { PassageGroupActions } from '../documents/PassageGroupActions';

/** The open suggestions with their provenance; an editor accepts one (it becomes their change) or rejects it with a reason. */
export function ReviewQueue() {
  const t = useT();
  const open = useQuery(queries.suggestions('open'));
  return (
    <section className="review" data-testid="review-queue" aria-labelledby="review-title">
      {/* The panel's header names the queue already: the heading is for screen readers' outline. */}
      <h3 id="review-title" className="visually-hidden">
        {t.review.title}
      </h3>
      {open.isError && <p className="field-error">{failureText(t, open.error)}</p>}
      {!open.data && !open.isError && <p className="loading">{t.working}</p>}
      {open.data?.suggestions.length === 0 && <p className="muted">{t.review.empty}</p>}
      <ol className="suggestions">
        {open.data?.suggestions.map((suggestion, index, all) => {
          // A document's proposals come grouped by passage: the first of each passage heads its group.
          const passage = suggestion.origin?.passage;
          const first = passage && all.findIndex((other) => other.origin?.passage === passage) === index;
          return (
            <SuggestionCard key={suggestion.id} suggestion={suggestion}>
              {first && suggestion.origin && (
                <PassageGroupActions
                  source={suggestion.origin.source}
                  passage={passage}
                  count={all.filter((other) => other.origin?.passage === passage).length}
                  quote={suggestion.provenance.evidence}
                />
              )}
            </SuggestionCard>
          );
        })}
      </ol>
    </section>
  );
}

/** What the suggestion would write, as property → value lines. */
function proposed(suggestion: Suggestion): [string, unknown][] {
  const { change } = suggestion;
  if (change.action === 'update-entity' || change.action === 'update-relationship')
    return [...Object.entries(change.body.set ?? {}), ...(change.body.unset ?? []).map((key): [string, unknown] => [key, null])];
  if (change.action === 'create-entity') return [['label', change.body.label], ...Object.entries(change.body.properties)];
  if (change.action === 'create-relationship')
    return [
      ['type', change.body.type],
      ['from', change.body.from],
      ['to', change.body.to],
    ];
  return [['reason', change.body.reason]];
}

function ProvenanceLine({ provenance }: { provenance: Provenance }) {
  const t = useT();
  const source = useNodeName('source' in provenance ? provenance.source : null);
  return (
    <p className="suggestion-provenance">
      <span className="muted">{t.curation.labelled(t.curation.provenance.source)}</span>
      {'source' in provenance ? source : provenance.newSource.title}
      {provenance.evidence && <q lang="">{provenance.evidence}</q>}
    </p>
  );
}

function SuggestionCard({ suggestion, children }: { suggestion: Suggestion; children?: ReactNode }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const target = useNodeName(suggestion.target.kind === 'node' ? suggestion.target.id : null);
  const afterWrite = useAfterWrite();
  const [reason, setReason] = useState('');
  // The outcome, not its sentence: it is said at render time, in the language of the moment.
  const [outcome, setOutcome] = useState<'accepted' | 'rejected' | null>(null);
  const done = async (reviewed: 'accepted' | 'rejected') => {
    setOutcome(reviewed);
    await afterWrite(suggestion.target.kind === 'node' && suggestion.target.id ? { show: [suggestion.target.id] } : {});
  };
  const accept = useMutation({ mutationFn: () => api.acceptSuggestion(suggestion.id), onSuccess: () => done('accepted') });
  const reject = useMutation({ mutationFn: () => api.rejectSuggestion(suggestion.id, reason.trim()), onSuccess: () => done('rejected') });
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(suggestion.created_at));
  const failure = accept.error ?? reject.error;
  return (
    <li className="suggestion" data-suggestion={suggestion.id}>
      {children}
      <p className="change-head">
        <strong>
          {t.review.target[suggestion.target.kind]}
          {suggestion.target.kind === 'node' ? ` ${t.curation.quoted(target)}` : ''}
        </strong>
        <span className="muted"> — {t.review.from(suggestion.suggested_by, when)}</span>
      </p>
      <table className="diff">
        <caption>{t.review.change}</caption>
        <tbody>
          {proposed(suggestion).map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t.properties[key] ?? key.replaceAll('_', ' ')}</th>
              <td className="after">{shown(value) || t.history.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProvenanceLine provenance={suggestion.provenance} />
      {suggestion.note && <p className="change-note">{t.curation.quoted(suggestion.note)}</p>}
      {outcome ? (
        <p className="saved" role="status">
          {t.review[outcome]}
        </p>
      ) : (
        <div className="review-actions">
          <button
            type="button"
            className="primary"
            onClick={() => accept.mutate()}
            disabled={accept.isPending || reject.isPending}
            data-testid="accept"
          >
            {t.review.accept}
          </button>
          <label className="visually-hidden" htmlFor={`reason-${suggestion.id}`}>
            {t.review.reason}
          </label>
          <input id={`reason-${suggestion.id}`} placeholder={t.review.reason} value={reason} onChange={(event) => setReason(event.target.value)} />
          <button
            type="button"
            onClick={() => reject.mutate()}
            disabled={!reason.trim() || accept.isPending || reject.isPending}
            data-testid="reject"
          >
            {t.review.reject}
          </button>
        </div>
      )}
      {failure && (
        <p className="field-error" role="alert" data-testid="review-error">
          {failureText(t, failure)}
        </p>
      )}
    </li>
  );
}
