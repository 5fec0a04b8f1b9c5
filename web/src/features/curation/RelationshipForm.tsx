import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { RELATIONSHIP_ENDS } from '../../../../api/src/model/relationship-ends';
import { RELATIONSHIP_TYPES } from '../../../../api/src/model/vocabulary';
import { api, type NodeLabel, type Qualifiers } from '../../api/client';
import { displayName } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { SearchBox } from '../search/SearchBox';
import { failureText, fieldOf } from './errors';
import { ProvenancePicker } from './ProvenancePicker';
import { EMPTY_PROVENANCE, provenanceOf, type ProvenanceDraft } from './provenanceDraft';
import { useAfterWrite } from './useAfterWrite';

const QUALIFIERS = ['role', 'date', 'start', 'end', 'round', 'action_type', 'note'] as const;
type QualifierKey = (typeof QUALIFIERS)[number];
type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The qualifiers typed in, as the API takes them (round is a number; empty ones left out). */
function qualifiersOf(values: Partial<Record<QualifierKey, string>>): Qualifiers {
  const qualifiers: Record<string, string | number> = {};
  for (const key of QUALIFIERS) {
    const value = values[key]?.trim();
    if (value) qualifiers[key] = key === 'round' ? Number(value) : value;
  }
  return qualifiers as Qualifiers;
}

/** The labels a type may start from (0) or end at (1), from the vocabulary's table of ends. */
function endLabels(type: RelationshipType | '', side: 0 | 1): NodeLabel[] | undefined {
  if (!type) return undefined;
  return [...new Set(RELATIONSHIP_ENDS[type].flatMap((ends) => ends[side]))];
}

/** One end of the relationship: a typeahead over the graph (the search query), showing the name picked. */
function EndPicker({ end, id, labels, onPick }: { end: 'from' | 'to'; id: string | null; labels?: NodeLabel[]; onPick(id: string): void }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const name = useNodeName(id);
  const [shown, setShown] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={`relationship-${end}`}>{t.curation.relationship[end]}</label>
      <SearchBox
        id={`relationship-${end}`}
        label={t.curation.relationship[end]}
        placeholder={t.curation.relationship.searchEnd}
        labels={labels}
        value={shown ?? name}
        onPick={(result) => {
          setShown(displayName({ name_en: result.name_en, name_fr: result.name_fr }, lang, result.id));
          onPick(result.id);
        }}
      />
    </div>
  );
}

/**
 * A new fact: type from the vocabulary, both ends by typeahead (the direction spelled out, with a
 * swap), the seed's qualifiers and the provenance it needs. The same fact from another source is
 * not duplicated: the API adds the source to it, and the form says so.
 */
export function RelationshipForm({ from: initialFrom, to: initialTo }: { from?: string; to?: string }) {
  const t = useT();
  const r = t.curation.relationship;
  const setCuration = useExplorer((state) => state.setCuration);
  const afterWrite = useAfterWrite();
  const [type, setType] = useState<RelationshipType | ''>('');
  const [ends, setEnds] = useState<{ from: string | null; to: string | null; generation: number }>({
    from: initialFrom ?? null,
    to: initialTo ?? null,
    generation: 0,
  });
  const [values, setValues] = useState<Partial<Record<QualifierKey, string>>>({});
  const [source, setSource] = useState<ProvenanceDraft>(EMPTY_PROVENANCE);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [appended, setAppended] = useState<boolean | null>(null);
  const fromName = useNodeName(ends.from);
  const toName = useNodeName(ends.to);
  const provenance = provenanceOf(source);
  const fromLabels = endLabels(type, 0);
  const toLabels = endLabels(type, 1);
  const labelList = (labels: NodeLabel[]) => labels.map((label) => t.label[label] ?? label).join(' / ');
  const save = useMutation({
    mutationFn: () =>
      api.createRelationship({
        type: type as RelationshipType,
        from: ends.from!,
        to: ends.to!,
        qualifiers: qualifiersOf(values),
        provenance: 'provenance' in provenance ? provenance.provenance : { source: '' },
        note: note.trim() || undefined,
      }),
    onSuccess: async (result) => {
      await afterWrite({ show: [result.relationship.source, result.relationship.target] });
      setAppended(result.appended);
    },
  });
  const problemField = fieldOf(save.error);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!type || !ends.from || !ends.to || 'problem' in provenance) return;
    save.mutate();
  };

  if (appended !== null)
    return (
      <div className="curation-done" role="status" data-testid="curation-done">
        <p>
          {r.direction(fromName, t.types[type] ?? type, toName)}: {appended ? r.merged : t.curation.saved}
        </p>
        <div className="next">
          <button type="button" onClick={() => setCuration({ kind: 'relate', from: ends.from ?? undefined })} data-testid="relate-again">
            {t.curation.addRelationship}
          </button>
          <button type="button" onClick={() => setCuration(null)}>
            {t.close}
          </button>
        </div>
      </div>
    );

  return (
    <form className="curation-form" onSubmit={submit} noValidate data-testid="relationship-form">
      <div className={`field${tried && !type ? ' invalid' : ''}`}>
        <label htmlFor="relationship-type">{r.type}</label>
        <select id="relationship-type" value={type} onChange={(event) => setType(event.target.value as RelationshipType)}>
          <option value="">{t.curation.choose}</option>
          {RELATIONSHIP_TYPES.map((value) => (
            <option key={value} value={value}>
              {t.types[value] ?? value}
            </option>
          ))}
        </select>
      </div>
      {fromLabels && toLabels && (
        <p className="muted hint" data-testid="expected-ends">
          {r.expects(labelList(fromLabels), labelList(toLabels))}
        </p>
      )}
      <EndPicker key={`from-${ends.generation}`} end="from" id={ends.from} labels={fromLabels} onPick={(id) => setEnds({ ...ends, from: id })} />
      <div className="direction">
        <p className="direction-sentence" data-testid="direction">
          {r.direction(fromName || '…', type ? (t.types[type] ?? type) : '…', toName || '…')}
        </p>
        <button
          type="button"
          onClick={() => setEnds({ from: ends.to, to: ends.from, generation: ends.generation + 1 })}
          aria-label={r.swap}
          title={r.swap}
          data-testid="swap-ends"
        >
          ⇅
        </button>
      </div>
      <EndPicker key={`to-${ends.generation}`} end="to" id={ends.to} labels={toLabels} onPick={(id) => setEnds({ ...ends, to: id })} />
      <fieldset className="qualifiers">
        <legend>
          {r.qualifiers} <span className="muted">({t.curation.optional})</span>
        </legend>
        {QUALIFIERS.map((key) => (
          <div key={key} className={`field${problemField === key ? ' invalid' : ''}`}>
            <label htmlFor={`qualifier-${key}`}>{t.properties[key] ?? key}</label>
            <input
              id={`qualifier-${key}`}
              type={key === 'round' ? 'number' : 'text'}
              placeholder={key === 'date' || key === 'start' || key === 'end' ? t.curation.datePlaceholder : undefined}
              value={values[key] ?? ''}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
            />
          </div>
        ))}
      </fieldset>
      <ProvenancePicker value={source} onChange={setSource} problem={tried && 'problem' in provenance ? provenance.problem : null} />
      <div className="field">
        <label htmlFor="relationship-note">{t.curation.note}</label>
        <textarea id="relationship-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {save.isError && (
        <p className="field-error" role="alert" data-testid="relationship-error">
          {failureText(t, save.error)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setCuration(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="primary" disabled={save.isPending} data-testid="curation-submit">
          {save.isPending ? t.working : t.curation.create}
        </button>
      </div>
    </form>
  );
}
