import { useEffect, useState } from 'react';
import { useT } from '../../store/lang';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

const two = (n: number) => String(n).padStart(2, '0');

export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 3600) > 0 ? `${Math.floor(s / 3600)}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Time since the talk started (resettable) and the wall clock. */
export function Timers() {
  const t = useT();
  const now = useNow();
  const [start, setStart] = useState(now);
  const clock = new Date(now);
  return (
    <div className="kw-timers">
      <p>
        <span className="kw-timer-label">{t('speaker.elapsed')}</span>{' '}
        <span className="kw-timer" data-testid="elapsed">
          {formatElapsed(now - start)}
        </span>
      </p>
      <button type="button" className="kw-btn kw-btn-small" onClick={() => setStart(Date.now())}>
        {t('speaker.reset')}
      </button>
      <p>
        <span className="kw-timer-label">{t('speaker.clock')}</span>{' '}
        <span className="kw-timer">
          {two(clock.getHours())}:{two(clock.getMinutes())}
        </span>
      </p>
    </div>
  );
}
