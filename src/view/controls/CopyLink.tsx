import { useState } from 'react';
import { playerStore } from '../../store/hooks';
import { stepSearch } from '../../store/urlSync';

/** Copies a deep link to the current step (no presenter mode in it); says so, or shows the link. */
export function CopyLink() {
  const [said, setSaid] = useState<string | null>(null);
  const copy = () => {
    const url = `${globalThis.location.origin}${globalThis.location.pathname}${stepSearch(playerStore())}`;
    const done = () => setSaid('Link copied');
    const failed = () => setSaid(url);
    if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, failed);
    else failed();
  };
  return (
    <>
      <button type="button" className="kw-btn kw-btn-small" onClick={copy}>
        Copy link to this step
      </button>
      <span role="status" className="kw-copied">
        {said}
      </span>
    </>
  );
}
