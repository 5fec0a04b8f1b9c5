import { useEffect, useState } from 'react';
import { useT } from '../../i18n/messages';
import { useStatus } from '../../state/status';
import { useExplorer } from '../../state/store';

/** How long a request runs before the spinner appears (quick ones do not flicker). */
const SPINNER_AFTER_MS = 300;

/**
 * Plain words for the three things that can go wrong or take time: the API or Neo4j is down (with
 * automatic recovery), a request takes long (spinner and Cancel), a request failed.
 */
export function StatusBar() {
  const t = useT();
  const inFlight = useStatus((state) => state.inFlight.length);
  const busySince = useStatus((state) => state.busySince);
  const cancelAll = useStatus((state) => state.cancelAll);
  const dismiss = useStatus((state) => state.dismiss);
  const cancelOperation = useExplorer((state) => state.cancelOperation);
  const outage = useStatus((state) => state.outage);
  const failure = useStatus((state) => state.failure);
  const cancelledAt = useStatus((state) => state.cancelledAt);
  const linkSetAside = useStatus((state) => state.linkSetAside);
  // The stretch of activity that has lasted long enough for the spinner.
  const [slowFor, setSlowFor] = useState<number | null>(null);
  const slow = busySince !== null && slowFor === busySince;

  useEffect(() => {
    if (busySince === null) return;
    const timer = window.setTimeout(() => setSlowFor(busySince), SPINNER_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [busySince]);

  return (
    <div className="status-bar" data-testid="status">
      {outage && (
        <div role="alert" className="banner outage" data-testid="outage">
          {outage === 'NETWORK' ? t.offline : t.unavailable}{' '}
          <button type="button" onClick={() => location.reload()}>
            {t.retry}
          </button>
        </div>
      )}
      {slow && inFlight > 0 && !outage && (
        <div className="banner progress" role="status" data-testid="progress">
          <span className="spinner" aria-hidden="true" /> {t.working}{' '}
          <button
            type="button"
            onClick={() => {
              cancelOperation();
              cancelAll();
            }}
            data-testid="cancel"
          >
            {t.cancel}
          </button>
        </div>
      )}
      {!slow && cancelledAt && !outage && (
        <div className="banner" role="status">
          {t.cancelled}{' '}
          <button type="button" className="close" aria-label={t.close} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {linkSetAside && (
        <div className="banner failure" role="alert" data-testid="link-set-aside">
          {t.linkSetAside}{' '}
          <button type="button" className="close" aria-label={t.close} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
      {failure && !outage && (
        <div className="banner failure" role="alert">
          {t.failed(failure)}{' '}
          <button type="button" className="close" aria-label={t.close} onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
