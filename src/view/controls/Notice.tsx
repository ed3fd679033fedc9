import { usePlayer } from '../../store/hooks';

/** Says which deep-link values were unknown and what is shown instead. */
export function Notice() {
  const notices = usePlayer((s) => s.urlNotices);
  const dismiss = usePlayer((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="kw-notice">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="kw-btn kw-btn-small" onClick={dismiss}>
        Dismiss notice
      </button>
    </div>
  );
}
