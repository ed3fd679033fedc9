import { useId, useState } from 'react';
import { LEVELS } from '../../engine/types';
import { isLevel } from '../../playback/levels';
import { DEFAULT_SCENARIO } from '../../playback/state';
import { playerStore, useDispatch, usePlayer } from '../../store/hooks';
import { dismissSandboxNotices, useSandbox } from '../../store/sandbox';
import { sandboxLink } from '../../store/sandboxUrlSync';
import { useUi } from '../../store/ui';
import { UserSwitcher } from './UserSwitcher';

/** The sandbox's header: detail level, user, share link, and the way back to the walkthrough. */
export function SandboxBar() {
  const level = usePlayer((s) => s.playback.level);
  const dispatch = useDispatch();
  const from = useSandbox((s) => s.session.from);
  const setMode = useUi((s) => s.setMode);
  const [said, setSaid] = useState('');
  const id = useId();
  const share = () => {
    const url = sandboxLink();
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(() => setSaid('Link copied'), () => setSaid(url));
    else setSaid(url);
  };
  const leave = () => {
    playerStore().getState().dispatch({ type: 'scenarioChosen', scenarioId: from ?? DEFAULT_SCENARIO });
    setMode('app');
  };
  return (
    <header className="kw-header">
      <h1 className="kw-brand">
        kubewalk <span className="kw-tagline">sandbox: your own kubectl commands</span>
      </h1>
      <div className="kw-field">
        <label htmlFor={id}>Detail level</label>
        <select
          id={id}
          value={level}
          onChange={(e) => {
            if (isLevel(e.target.value)) dispatch({ type: 'levelChosen', level: e.target.value });
          }}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l[0]?.toUpperCase()}
              {l.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <UserSwitcher />
      <button type="button" className="kw-btn kw-btn-small" onClick={share}>
        Copy share link
      </button>
      <span role="status" className="kw-copied">
        {said}
      </span>
      <button type="button" className="kw-btn kw-btn-small" onClick={leave}>
        Back to the walkthrough
      </button>
    </header>
  );
}

/** Why the link was not replayed exactly (unknown user, an edit that no longer applies…). */
export function SandboxNotice() {
  const notices = useSandbox((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="kw-notice">
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="kw-btn kw-btn-small" onClick={dismissSandboxNotices}>
        Dismiss notice
      </button>
    </div>
  );
}
