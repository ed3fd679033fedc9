import { useState } from 'react';
import { DEFAULT_SCENARIO } from '../../playback/state';
import { playerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
import { dismissSandboxNotices, useSandbox } from '../../store/sandbox';
import { sandboxLink } from '../../store/sandboxUrlSync';
import { useUi } from '../../store/ui';
import { UserSwitcher } from './UserSwitcher';
import { NoticeList } from '../controls/Notice';
import { LevelPicker } from '../controls/Pickers';

/** The sandbox's header: detail level, user, share link, and the way back to the walkthrough. */
export function SandboxBar() {
  const t = useT();
  const from = useSandbox((s) => s.session.from);
  const setMode = useUi((s) => s.setMode);
  const [said, setSaid] = useState('');
  const share = () => {
    const url = sandboxLink();
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(() => setSaid(t('copy.done')), () => setSaid(url));
    else setSaid(url);
  };
  const leave = () => {
    playerStore().getState().dispatch({ type: 'scenarioChosen', scenarioId: from ?? DEFAULT_SCENARIO });
    setMode('app');
  };
  return (
    <header className="kw-header">
      <h1 className="kw-brand">
        kubewalk <span className="kw-tagline">{t('sandbox.tagline')}</span>
      </h1>
      <LevelPicker />
      <UserSwitcher />
      <button type="button" className="kw-btn kw-btn-small" onClick={share}>
        {t('sandbox.share')}
      </button>
      <span role="status" className="kw-copied">
        {said}
      </span>
      <button type="button" className="kw-btn kw-btn-small" onClick={leave}>
        {t('nav.back')}
      </button>
    </header>
  );
}

/** Why the link was not replayed exactly (unknown user, an edit that no longer applies…). */
export function SandboxNotice() {
  const t = useT();
  const notices = useSandbox((s) => s.notices);
  return <NoticeList notices={notices} dismissLabel={t('notice.dismiss')} onDismiss={dismissSandboxNotices} />;
}
