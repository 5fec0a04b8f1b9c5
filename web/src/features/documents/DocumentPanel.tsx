import { useT } from '../../i18n/messages';
import { useDocuments } from '../../state/documents/store';
import { AddDocumentForm } from './AddDocumentForm';
import { DocumentList } from './DocumentList';
import { DocumentReader } from './DocumentReader';
import './documents.css';

/** The panel beside the canvas for documents: add one (editors), the list, or one document's reader. */
export function DocumentPanel() {
  const t = useT();
  const task = useDocuments((state) => state.task);
  const open = useDocuments((state) => state.open);
  if (!task) return null;
  const title = task.kind === 'add' ? t.documents.add : task.kind === 'list' ? t.documents.list : t.documents.reader;
  return (
    <aside className="document-panel" aria-label={title} data-testid="document-panel" data-task={task.kind}>
      <header>
        <h2>{title}</h2>
        {task.kind === 'read' && (
          <button type="button" className="link" onClick={() => open({ kind: 'list' })}>
            {t.documents.back}
          </button>
        )}
        <button type="button" className="close" onClick={() => open(null)} aria-label={t.close}>
          ×
        </button>
      </header>
      {task.kind === 'add' && <AddDocumentForm />}
      {task.kind === 'list' && <DocumentList />}
      {task.kind === 'read' && <DocumentReader key={`${task.id}|${task.quote ?? ''}`} id={task.id} quote={task.quote} queued={task.queued} />}
    </aside>
  );
}
