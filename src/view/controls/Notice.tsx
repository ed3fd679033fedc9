import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';

/** Says which deep-link values (scenario, step, level, language) were unknown and what is shown instead. */
export function Notice() {
  const t = useT();
  const urlNotices = usePlayer((s) => s.urlNotices);
  const dismiss = usePlayer((s) => s.dismissNotices);
  const langUnknown = useUi((s) => s.langUnknown);
  const notices = langUnknown ? [t('notice.lang', { asked: langUnknown }), ...urlNotices] : urlNotices;
  const onDismiss = () => {
    dismiss();
    useUi.setState({ langUnknown: null });
  };
  return <NoticeList notices={notices} dismissLabel={t('notice.dismiss')} onDismiss={onDismiss} />;
}

/** A polite list of notices with one button that dismisses them all; nothing when empty. */
export function NoticeList({ notices, dismissLabel, onDismiss }: { notices: string[]; dismissLabel: string; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="kw-notice">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="kw-btn kw-btn-small" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
