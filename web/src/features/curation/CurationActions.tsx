import { useT } from '../../i18n/messages';
import { useExplorer, type CurationTask } from '../../state/store';
import { useAccount } from '../account/useAccount';

/**
 * The details panel's entry to curation: what the signed-in role may do with this element
 * (editors edit, relate, merge, delete; viewers suggest a correction), and its history for all.
 */
export function CurationActions({ element, id }: { element: 'node' | 'relationship'; id: string }) {
  const t = useT();
  const { account, canEdit } = useAccount();
  const setCuration = useExplorer((state) => state.setCuration);
  const current = useExplorer((state) => state.curation);
  const action = (task: CurationTask, text: string, testId: string) => {
    const active = JSON.stringify(current) === JSON.stringify(task);
    return (
      <button type="button" aria-pressed={active} onClick={() => setCuration(active ? null : task)} data-testid={testId}>
        {text}
      </button>
    );
  };
  return (
    <div className="curation-actions" role="group" aria-label={t.curation.panel}>
      {canEdit && element === 'node' && action({ kind: 'edit', id }, t.curation.edit, 'curate-edit')}
      {canEdit && element === 'node' && action({ kind: 'relate', from: id }, t.curation.addRelationship, 'curate-relate')}
      {account && !canEdit && element === 'node' && action({ kind: 'suggest', id }, t.curation.suggest, 'curate-suggest')}
      {action({ kind: 'history', element, id }, t.curation.history, 'curate-history')}
      {canEdit && element === 'node' && action({ kind: 'merge', id }, t.curation.merge, 'curate-merge')}
      {canEdit && action({ kind: 'delete', element, id }, t.curation.delete, 'curate-delete')}
    </div>
  );
}
