import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { nodeName } from '../../graph/elements';
import { LABEL_STYLE, primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { CurationActions } from '../curation/CurationActions';
import { ExpandForm } from '../expand/ExpandForm';
import { Properties } from './Properties';
import { ProvenanceList } from './ProvenanceList';

/** Names in both languages, aliases, properties, degree by type (with the guarded expand) and provenance. */
export function NodeDetails({ id }: { id: string }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const { data: details, isError } = useQuery(queries.node(id));

  if (isError) return <p>{t.details.notFound}</p>;
  if (!details) return <p className="loading">{t.working}</p>;
  const { node } = details;
  const label = primaryLabel(node.labels);
  const { name_en, name_fr, aliases, id: _id, ...rest } = node.properties;
  return (
    <div className="node-details" data-node={node.id}>
      <p className="kind">
        <span className="swatch" style={{ background: LABEL_STYLE[label]?.color }} aria-hidden="true" />
        {t.label[label] ?? label}
      </p>
      <h2>{nodeName(node, lang)}</h2>
      <CurationActions element="node" id={node.id} />
      <section>
        <h3>{t.details.names}</h3>
        <dl className="names">
          <dt>{t.details.english}</dt>
          <dd lang="en">{typeof name_en === 'string' && name_en ? name_en : '—'}</dd>
          <dt>{t.details.french}</dt>
          <dd lang="fr">{typeof name_fr === 'string' && name_fr ? name_fr : '—'}</dd>
          {Array.isArray(aliases) && aliases.length > 0 && (
            <>
              <dt>{t.details.aliases}</dt>
              <dd className="aliases">{aliases.join(' · ')}</dd>
            </>
          )}
        </dl>
      </section>
      <Properties properties={rest} />
      <ExpandForm node={node.id} degree={details.degree} />
      <section>
        <h3>{t.details.provenance}</h3>
        <ProvenanceList provenance={details.provenance} />
      </section>
    </div>
  );
}
