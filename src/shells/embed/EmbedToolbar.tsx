import { useSyncExternalStore } from 'react';
import { toggleFullscreen } from '../../embed/keys';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { encodeUrl } from '../../playback/url';
import { LevelPicker } from '../../view/controls/Pickers';
import { DownloadImage } from './DownloadImage';

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

interface Props {
  root: HTMLElement;
  /** Where the full app lives (null for a custom scenario, which the app cannot open). */
  appUrl: string | null;
}

/** Full controls: detail level, download, fullscreen (when the page allows it), open in the app. */
export function EmbedToolbar({ root, appUrl }: Props) {
  const t = useT();
  // Re-rendered on every step so the link always points at the step on screen.
  const search = usePlayer((s) => encodeUrl(s.playback, s.trace.steps));
  const full = useSyncExternalStore(subscribeFullscreen, () => (root.getRootNode() as Document | ShadowRoot).fullscreenElement === root, () => false);
  const canFullscreen = document.fullscreenEnabled && typeof root.requestFullscreen === 'function';
  return (
    <div className="kw-embed-toolbar">
      <LevelPicker />
      <DownloadImage root={root} />
      {canFullscreen ? (
        <button type="button" className="kw-btn kw-btn-small" aria-pressed={full} onClick={() => toggleFullscreen(root)}>
          {full ? t('embed.exitFullscreen') : t('embed.fullscreen')}
        </button>
      ) : null}
      {appUrl ? (
        <a className="kw-embed-open" href={`${appUrl}${search}`} target="_blank" rel="noopener">
          {t('embed.open')}
        </a>
      ) : null}
    </div>
  );
}
