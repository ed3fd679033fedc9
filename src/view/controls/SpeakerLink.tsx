import { useT } from '../../store/lang';
import { useUi } from '../../store/ui';

/** When the browser blocked the speaker window: a link that opens it on a click instead. */
export function SpeakerLink() {
  const t = useT();
  const link = useUi((s) => s.speakerLink);
  const setLink = useUi((s) => s.setSpeakerLink);
  if (!link) return null;
  return (
    <div role="status" className="kw-notice">
      <p>
        {t('speakerLink.blocked')}{' '}
        <a href={link} target="kubewalk-speaker" className="kw-anchor" onClick={() => setLink(null)}>
          {t('speakerLink.open')}
        </a>
      </p>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setLink(null)}>
        {t('speakerLink.dismiss')}
      </button>
    </div>
  );
}
