import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useDocuments } from '../../state/documents/store';
import { failureText } from '../curation/errors';

/** The ingested documents, newest first, with what is left to review. */
export function DocumentList() {
  const t = useT();
  const open = useDocuments((state) => state.open);
  const documents = useQuery(queries.documents());
  if (documents.isError) return <p className="field-error">{failureText(t, documents.error)}</p>;
  if (!documents.data) return <p className="loading">{t.working}</p>;
  if (documents.data.documents.length === 0) return <p className="muted">{t.documents.none}</p>;
  return (
    <ul className="document-list" data-testid="document-list">
      {documents.data.documents.map((document) => (
        <li key={document.id}>
          <button type="button" className="link" onClick={() => open({ kind: 'read', id: document.id })} lang={document.language}>
            {document.title}
          </button>
          <span className="muted">
            {' '}
            · {[document.publisher, document.published, t.documents.passages(document.passages)].filter(Boolean).join(' · ')}
            {document.open > 0 && ` · ${t.documents.open(document.open)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
