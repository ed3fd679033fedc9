import { applyUpdate, useUpdate } from './serviceWorker';

/** Offers the new version once its service worker is installed: a reload, never a surprise one. */
export function UpdateBanner() {
  const waiting = useUpdate((s) => s.waiting);
  if (!waiting) return null;
  return (
    <div role="status" className="kw-notice kw-update">
      <span>A new version of kubewalk is ready.</span>
      <button type="button" className="kw-btn kw-btn-small" onClick={applyUpdate}>
        Reload to update
      </button>
    </div>
  );
}
