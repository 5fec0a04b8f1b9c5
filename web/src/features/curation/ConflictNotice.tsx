import { useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from '../../api/client';
import { useT } from '../../i18n/messages';
import { Properties } from '../details/Properties';

/** A 409: what the element looks like now, and the way to apply one's own changes on top of it. */
export function ConflictNotice({ current, onReapply }: { current: GraphNode | GraphEdge | null; onReapply(): void }) {
  const t = useT();
  const { id: _id, version: _version, ...shown } = current?.properties ?? {};
  const notice = useRef<HTMLDivElement>(null);
  // It appears under a long form: on a small screen the user would not see it without scrolling.
  useEffect(() => {
    notice.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <div className="conflict" role="alert" data-testid="conflict" ref={notice}>
      <p>{t.curation.conflict}</p>
      {current && <Properties properties={shown} />}
      {current && (
        <button type="button" className="primary" onClick={onReapply} data-testid="reapply">
          {t.curation.reapply}
        </button>
      )}
    </div>
  );
}
