import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useT } from '../../i18n/messages';
import { useDocuments } from '../../state/documents/store';
import { failureText } from '../curation/errors';
import { useAfterWrite } from '../curation/useAfterWrite';
import { useNodeName } from '../details/useNodeName';

/**
 * In the review queue, the head of the suggestions one passage of an ingested document proposed:
 * the document's name, a link to read the passage, and the whole passage accepted or rejected at once.
 */
export function PassageGroupActions({ source, passage, count, quote }: { source: string; passage: string; count: number; quote?: string }) {
  const t = useT();
  const client = useQueryClient();
  const afterWrite = useAfterWrite();
  const open = useDocuments((state) => state.open);
  const title = useNodeName(source);
  const done = async (entities: string[]) => {
    await client.invalidateQueries({ predicate: (query) => ['document', 'documents'].includes(String(query.queryKey[0])) });
    await afterWrite({ show: entities });
  };
  const accept = useMutation({ mutationFn: () => api.acceptPassage(passage), onSuccess: (answer) => done(answer.entities) });
  const reject = useMutation({ mutationFn: () => api.rejectPassage(passage, t.documents.defaultReason), onSuccess: () => done([]) });
  const busy = accept.isPending || reject.isPending;
  return (
    <div className="passage-group" data-passage={passage}>
      <p>
        <strong>{title}</strong>{' '}
        <button type="button" className="link" onClick={() => open({ kind: 'read', id: source, quote })}>
          {t.documents.readInLiaison}
        </button>
      </p>
      {count > 1 && (
        <div className="review-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => accept.mutate()} data-testid="accept-passage">
            {t.documents.acceptAll} ({count})
          </button>
          <button type="button" disabled={busy} onClick={() => reject.mutate()} data-testid="reject-passage">
            {t.documents.rejectAll}
          </button>
        </div>
      )}
      {(accept.error ?? reject.error) && (
        <p className="field-error" role="alert" data-testid="review-error">
          {failureText(t, (accept.error ?? reject.error) as Error)}
        </p>
      )}
    </div>
  );
}
