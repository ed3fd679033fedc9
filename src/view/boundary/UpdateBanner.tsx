import { useEffect, useSyncExternalStore } from 'react';
import { useT } from '../../store/lang';
import { applyUpdate, onWaitingChange, registerServiceWorker, waitingWorker } from './serviceWorker';
import './boundary.css';

/**
 * Registers the service worker once the page is up, and offers a new version once it is
 * installed: a reload the reader asks for, never a surprise one. The live region is always
 * there (empty), so the offer is announced when it appears.
 */
export function UpdateBanner() {
  const t = useT();
  const waiting = useSyncExternalStore(onWaitingChange, waitingWorker, () => null);
  // After the first render: offline support never competes with the first paint.
  useEffect(registerServiceWorker, []);
  return (
    <div aria-live="polite" className="kw-update-region">
      {waiting ? (
        <div className="kw-notice kw-update">
          <span>{t('update.ready')}</span>
          <button type="button" className="kw-btn kw-btn-small" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
