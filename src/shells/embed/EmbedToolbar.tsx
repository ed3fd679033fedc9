import { useId, useSyncExternalStore } from 'react';
import { LEVELS } from '../../engine/types';
import { toggleFullscreen } from '../../embed/keys';
import { isLevel } from '../../playback/levels';
import { usePlayer } from '../../store/hooks';
import { selectLevel } from '../../store/selectors';
import { encodeUrl } from '../../playback/url';
import { DownloadImage } from './DownloadImage';

const LEVEL_LABEL = { overview: 'Overview', standard: 'Standard', deep: 'Deep' } as const;

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
  const id = useId();
  const level = usePlayer(selectLevel);
  // Re-rendered on every step so the link always points at the step on screen.
  const search = usePlayer((s) => encodeUrl(s.playback, s.trace.steps));
  const dispatch = usePlayer((s) => s.dispatch);
  const full = useSyncExternalStore(subscribeFullscreen, () => (root.getRootNode() as Document | ShadowRoot).fullscreenElement === root, () => false);
  const canFullscreen = document.fullscreenEnabled && typeof root.requestFullscreen === 'function';
  return (
    <div className="kw-embed-toolbar">
      <div className="kw-field">
        <label htmlFor={`${id}-level`}>Detail level</label>
        <select
          id={`${id}-level`}
          value={level}
          onChange={(e) => {
            if (isLevel(e.target.value)) dispatch({ type: 'levelChosen', level: e.target.value });
          }}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l]}
            </option>
          ))}
        </select>
      </div>
      <DownloadImage root={root} />
      {canFullscreen ? (
        <button type="button" className="kw-btn kw-btn-small" aria-pressed={full} onClick={() => toggleFullscreen(root)}>
          {full ? 'Exit fullscreen' : 'Fullscreen'}
        </button>
      ) : null}
      {appUrl ? (
        <a className="kw-embed-open" href={`${appUrl}${search}`} target="_blank" rel="noopener">
          Open in kubewalk
        </a>
      ) : null}
    </div>
  );
}
