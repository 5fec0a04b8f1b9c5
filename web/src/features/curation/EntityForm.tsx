import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, type GraphNode } from '../../api/client';
import { queries } from '../../api/queries';
import { nodeName } from '../../graph/elements';
import { primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { ConflictNotice } from './ConflictNotice';
import { conflictOf, failureText, fieldProblem, versionOf } from './errors';
import { FieldInput } from './FieldInput';
import { checkEntity, fieldsOf, NODE_LABELS, type NodeLabel, type ProblemReason } from './fields';
import { ProvenancePicker } from './ProvenancePicker';
import { EMPTY_PROVENANCE, provenanceOf, type ProvenanceDraft } from './provenanceDraft';
import { useAfterWrite } from './useAfterWrite';
import { patchOf, propertiesOf, toDraft, type Draft } from './values';

type Mode = 'create' | 'edit' | 'suggest';

/** Create an entity, edit one (only what changed is sent, with the version read), or suggest a correction (viewers). */
export function EntityForm({ mode, id }: { mode: Mode; id?: string }) {
  const t = useT();
  const details = useQuery({ ...queries.node(id ?? ''), enabled: mode !== 'create' && Boolean(id) });
  if (mode === 'create') return <EntityEditor mode="create" />;
  if (details.isError) return <p>{t.details.notFound}</p>;
  if (!details.data) return <p className="loading">{t.working}</p>;
  return <EntityEditor key={id} mode={mode} node={details.data.node} />;
}

function draftOf(label: NodeLabel, properties: Record<string, unknown>): Draft {
  return Object.fromEntries(fieldsOf(label).map((field) => [field.key, toDraft(field, properties[field.key])]));
}

/** True once the user started describing a source (so an entity's optional provenance is sent). */
function described(draft: ProvenanceDraft): boolean {
  return draft.mode === 'existing' ? draft.source !== null || draft.evidence.trim() !== '' : draft.title.trim() !== '';
}

function EntityEditor({ mode, node }: { mode: Mode; node?: GraphNode }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const setCuration = useExplorer((state) => state.setCuration);
  const afterWrite = useAfterWrite();
  const [label, setLabel] = useState<NodeLabel>(node ? (primaryLabel(node.labels) as NodeLabel) : 'Event');
  // The entity as the user read it: what they changed is measured against it. After a conflict the
  // same changes go onto the current version (whose other values stay), so this stays as read.
  const [base, setBase] = useState<GraphNode | undefined>(node);
  const [draft, setDraft] = useState<Draft>(() => draftOf(label, node?.properties ?? {}));
  const [givenId, setGivenId] = useState('');
  const [note, setNote] = useState('');
  const [source, setSource] = useState<ProvenanceDraft>(EMPTY_PROVENANCE);
  // Reasons, not sentences: they are said at render time, so a change of language re-says them.
  const [problems, setProblems] = useState<Record<string, ProblemReason>>({});
  const [tried, setTried] = useState(false);
  // What was written, not a sentence: it is said at render time, in the language of the moment.
  const [done, setDone] = useState<{ node?: GraphNode } | null>(null);
  const fields = useMemo(() => fieldsOf(label), [label]);
  const stored = base?.properties ?? {};
  const patch = mode === 'create' ? null : patchOf(fields, draft, stored);
  const changedCount = patch ? Object.keys(patch.set).length + patch.unset.length : 0;
  const provenance = provenanceOf(source);
  const provenanceProblem = 'problem' in provenance ? provenance.problem : null;
  const needsProvenance = mode === 'suggest' || (mode === 'create' && described(source));

  /** A refused field that has its own control on this form (the others' refusals are said below the form). */
  const shownNextTo = (key: string) => key === 'id' || fields.some((field) => field.key === key);

  const save = useMutation({
    mutationFn: async (over?: GraphNode) => {
      const current = over ?? base;
      const note_ = note.trim() || undefined;
      const chosen = 'provenance' in provenance ? provenance.provenance : undefined;
      if (mode === 'create')
        return api.createEntity({
          label,
          properties: propertiesOf(fields, draft),
          ...(givenId.trim() ? { id: givenId.trim() } : {}),
          ...(chosen && described(source) ? { provenance: chosen } : {}),
          note: note_,
        });
      const { set, unset } = patchOf(fields, draft, base?.properties ?? {});
      const body = { version: versionOf(current?.properties ?? {}), set, unset, note: note_ };
      if (mode === 'edit') return api.updateEntity(current!.id, body);
      return api.suggest({
        target: { kind: 'node', id: current!.id },
        change: { action: 'update-entity', id: current!.id, body },
        provenance: chosen!,
        note: note_,
      });
    },
    onSuccess: async (result) => {
      if ('node' in result) {
        const written = result.node;
        setBase(written);
        // What is stored now (after a conflict, with the other person's values too) is the new starting point.
        if (mode === 'edit') setDraft(draftOf(label, written.properties));
        // Said once the canvas and the caches show it, so "done" means visible everywhere.
        await afterWrite({ show: [written.id], focus: { kind: 'node', id: written.id } });
        setDone({ node: written });
      } else {
        await afterWrite({});
        setDone({});
      }
    },
    onError: (error) => {
      const problem = fieldProblem(error);
      if (problem && shownNextTo(problem.key)) setProblems({ [problem.key]: problem.reason });
    },
  });
  const conflict = conflictOf(save.error);
  const problemKey = fieldProblem(save.error)?.key;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    const found = checkEntity(label, propertiesOf(fields, draft));
    setProblems(found);
    if (Object.keys(found).length || (needsProvenance && provenanceProblem) || (patch && changedCount === 0)) return;
    save.mutate(undefined);
  };

  const problemText = (key: string) => {
    const reason = problems[key];
    return reason ? t.curation.problems[reason] : undefined;
  };
  const doneMessage = !done
    ? ''
    : !done.node
      ? t.curation.suggestSent
      : mode === 'create'
        ? t.curation.created(nodeName(done.node, lang))
        : t.curation.saved;
  if (done && mode !== 'edit')
    return (
      <div className="curation-done" role="status" data-testid="curation-done">
        <p>{doneMessage}</p>
        {done.node && (
          <div className="next">
            <span>{t.curation.afterCreate}</span>
            <button type="button" onClick={() => setCuration({ kind: 'relate', from: done.node!.id })} data-testid="relate-from-new">
              {t.curation.relateFrom}
            </button>
            <button type="button" onClick={() => setCuration({ kind: 'relate', to: done.node!.id })} data-testid="relate-to-new">
              {t.curation.relateTo}
            </button>
          </div>
        )}
      </div>
    );

  return (
    <form className="curation-form" onSubmit={submit} noValidate data-testid={`entity-form-${mode}`}>
      {mode === 'create' && (
        <>
          <div className="field">
            <label htmlFor="entity-label">{t.curation.label}</label>
            <select
              id="entity-label"
              value={label}
              onChange={(event) => {
                const next = event.target.value as NodeLabel;
                setLabel(next);
                setDraft((previous) => ({ ...draftOf(next, {}), ...previous }));
                setProblems({});
              }}
            >
              {NODE_LABELS.map((value) => (
                <option key={value} value={value}>
                  {t.label[value] ?? value}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${problems.id ? ' invalid' : ''}`}>
            <label htmlFor="entity-id">
              {t.curation.id} <span className="muted">({t.curation.optional})</span>
            </label>
            <input id="entity-id" value={givenId} onChange={(event) => setGivenId(event.target.value)} aria-describedby="entity-id-hint" />
            <p className="muted hint" id="entity-id-hint">
              {t.curation.idHint}
            </p>
            {problems.id && <p className="field-error">{problemText('id')}</p>}
          </div>
        </>
      )}
      {fields.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={draft[field.key]}
          error={problemText(field.key)}
          changed={patch ? field.key in patch.set || patch.unset.includes(field.key) : false}
          onChange={(value) => setDraft((previous) => ({ ...previous, [field.key]: value }))}
        />
      ))}
      {mode !== 'edit' && (
        <ProvenancePicker
          value={source}
          onChange={setSource}
          optional={mode === 'create'}
          problem={tried && needsProvenance ? provenanceProblem : null}
        />
      )}
      <div className="field">
        <label htmlFor="curation-note">{t.curation.note}</label>
        <textarea id="curation-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {patch && (
        <p className="muted" data-testid="changed-count">
          {changedCount ? t.curation.changedFields(changedCount) : t.curation.nothingChanged}
        </p>
      )}
      {tried && Object.keys(problems).length > 0 && (
        <p className="field-error" role="alert">
          {t.curation.fix}
        </p>
      )}
      {conflict && <ConflictNotice current={conflict.current} onReapply={() => save.mutate(conflict.current as GraphNode)} />}
      {save.isError && !conflict && !(problemKey && shownNextTo(problemKey)) && (
        <p className="field-error" role="alert">
          {failureText(t, save.error)}
        </p>
      )}
      {done && mode === 'edit' && (
        <p className="saved" role="status" data-testid="curation-saved">
          {doneMessage}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setCuration(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="primary" disabled={save.isPending} data-testid="curation-submit">
          {save.isPending ? t.working : mode === 'create' ? t.curation.create : mode === 'edit' ? t.curation.save : t.curation.send}
        </button>
      </div>
    </form>
  );
}
