import { useState } from 'react';
import { playerStore } from '../../store/hooks';
import { stepSearch } from '../../store/urlSync';
import { useT } from '../../store/lang';

/** Copies a deep link to the current step (no presenter mode in it); says so, or shows the link. */
export function CopyLink() {
  const t = useT();
  const [said, setSaid] = useState<string | null>(null);
  const copy = () => {
    const url = `${globalThis.location.origin}${globalThis.location.pathname}${stepSearch(playerStore())}`;
    const done = () => setSaid(t('copy.done'));
    const failed = () => setSaid(url);
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, failed);
    else failed();
  };
  return (
    <>
      <button type="button" className="kw-btn kw-btn-small" onClick={copy}>
        {t('copy.button')}
      </button>
      <span role="status" className="kw-copied">
        {said}
      </span>
    </>
  );
}
