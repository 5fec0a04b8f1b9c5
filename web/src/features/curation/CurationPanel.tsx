import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { HistoryList } from '../history/HistoryList';
import { ReviewQueue } from '../review/ReviewQueue';
import { DeleteForm } from './DeleteForm';
import { EntityForm } from './EntityForm';
import { MergeForm } from './MergeForm';
import { RelationshipForm } from './RelationshipForm';
import './curation.css';

/** The panel next to the details panel: the curation form, history or review queue the user opened. */
export function CurationPanel() {
  const t = useT();
  const task = useExplorer((state) => state.curation);
  const setCuration = useExplorer((state) => state.setCuration);
  if (!task) return null;
  const title =
    task.kind === 'create'
      ? t.curation.newEntity
      : task.kind === 'edit'
        ? t.curation.edit
        : task.kind === 'relate'
          ? t.curation.addRelationship
          : task.kind === 'delete'
            ? t.curation.delete
            : task.kind === 'merge'
              ? t.curation.merge
              : task.kind === 'suggest'
                ? t.curation.suggest
                : task.kind === 'history'
                  ? t.curation.history
                  : t.review.title;
  // A new key per task: a form opened for another element starts afresh.
  const key = JSON.stringify(task);
  return (
    <aside className={`curation-panel${task.kind === 'review' ? ' wide' : ''}`} aria-label={title} data-testid="curation-panel" data-task={task.kind}>
      <header>
        <h2>{title}</h2>
        <button type="button" className="close" onClick={() => setCuration(null)} aria-label={t.close}>
          ×
        </button>
      </header>
      {task.kind === 'create' && <EntityForm key={key} mode="create" />}
      {task.kind === 'edit' && <EntityForm key={key} mode="edit" id={task.id} />}
      {task.kind === 'suggest' && <EntityForm key={key} mode="suggest" id={task.id} />}
      {task.kind === 'relate' && <RelationshipForm key={key} from={task.from} to={task.to} />}
      {task.kind === 'delete' && <DeleteForm key={key} element={task.element} id={task.id} />}
      {task.kind === 'merge' && <MergeForm key={key} id={task.id} />}
      {task.kind === 'history' && <HistoryList key={key} element={task.element} id={task.id} />}
      {task.kind === 'review' && <ReviewQueue />}
    </aside>
  );
}
