import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type Change } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useAccount } from '../account/useAccount';
import { useNodeName } from '../details/useNodeName';
import { useAfterWrite } from '../curation/useAfterWrite';
import { diffOf, mergeOf, shown, type MergedEntity } from './diff';

/**
 * What the history offers to undo: an edit, an added source, a delete (restored), a merge (both
 * entities back, as they were). A creation or a restore is not offered (undoing it would delete
 * without a reason); imports, suggestion records and reverts themselves are refused by the server,
 * so no button promises them.
 */
const REVERTIBLE = new Set<Change['action']>(['update', 'provenance', 'delete', 'merge']);

/** The changes of one node or relationship, newest first: who, when, how, what (before → after), with revert for editors. */
export function HistoryList({ element, id }: { element: 'node' | 'relationship'; id: string }) {
  const t = useT();
  const name = useNodeName(element === 'node' ? id : null) || id;
  const history = useQuery(queries.history(element, id));
  return (
    <section className="history" data-testid="history" aria-labelledby="history-title">
      <h3 id="history-title">{t.history.title(name)}</h3>
      {history.isError && <p className="field-error">{history.error.message}</p>}
      {!history.data && !history.isError && <p className="loading">{t.working}</p>}
      {history.data?.changes.length === 0 && <p className="muted">{t.history.empty}</p>}
      <ol className="changes">
        {history.data?.changes.map((change) => (
          <ChangeEntry key={change.id} change={change} element={element} id={id} />
        ))}
      </ol>
    </section>
  );
}

function ChangeEntry({ change, element, id }: { change: Change; element: 'node' | 'relationship'; id: string }) {
  const t = useT();
  const h = t.history;
  const lang = useExplorer((state) => state.lang);
  const { canEdit } = useAccount();
  const afterWrite = useAfterWrite();
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(change.at));
  const merge = change.action === 'merge' ? mergeOf(change.before, change.after) : null;
  // A merge moves whole relationships: its record reads as one sentence, not a property table.
  const rows = (change.action === 'merge' ? [] : diffOf(change.before, change.after)).filter((row) => shown(row.before) || shown(row.after));
  const nameOf = (entity: MergedEntity) =>
    String(entity.properties[`name_${lang}`] ?? entity.properties.name_en ?? entity.properties.name_fr ?? entity.id);
  const value = (key: string, raw: unknown) =>
    key === 'relationships' && typeof raw === 'number'
      ? h.relationshipCount(raw)
      : key === 'type' && typeof raw === 'string'
        ? (t.types[raw] ?? raw)
        : key === 'label' && typeof raw === 'string'
          ? (t.label[raw] ?? raw)
          : shown(raw);
  const restore = change.action === 'delete';
  const undo = useMutation({
    mutationFn: async () => {
      if (!restore) return void (await api.revertChange(change.id));
      if (element === 'node') return void (await api.restoreEntity(id));
      const { relationship } = await api.restoreRelationship(id);
      return [relationship.source, relationship.target];
    },
    onSuccess: (ends) => afterWrite(element === 'node' ? { show: [id], focus: { kind: 'node', id } } : { show: ends ?? [] }),
  });
  return (
    <li className="change" data-change={change.id} data-action={change.action}>
      <p className="change-head">
        <strong>{h.actions[change.action] ?? change.action}</strong> — {h.by(change.actor, when)}
        <span className="muted"> · {h.via[change.via] ?? change.via}</span>
      </p>
      {change.suggested_by && <p className="muted">{h.suggestedBy(change.suggested_by)}</p>}
      {change.reverts && <p className="muted">{h.reverts}</p>}
      {change.note && <p className="change-note">{t.curation.quoted(change.note)}</p>}
      {rows.length > 0 && (
        <table className="diff">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{h.before}</th>
              <th scope="col">{h.after}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{h.keys[row.key] ?? t.properties[row.key] ?? row.key.replaceAll('_', ' ')}</th>
                <td className="before">{value(row.key, row.before) || h.none}</td>
                <td className="after">{value(row.key, row.after) || h.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {merge && <p className="merge-summary">{h.mergedInto(nameOf(merge.merged), nameOf(merge.kept))}</p>}
      {canEdit && !change.reverted_by && REVERTIBLE.has(change.action) && (
        <button type="button" onClick={() => undo.mutate()} disabled={undo.isPending || undo.isSuccess} data-testid="revert">
          {undo.isSuccess ? h.reverted : restore ? h.restore : h.revert}
        </button>
      )}
      {undo.isError && <p className="field-error">{undo.error.message}</p>}
    </li>
  );
}
