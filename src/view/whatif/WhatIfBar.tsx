import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { playerStore, usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { divergence, enterWhatIf, leaveWhatIf, offersAt } from '../../store/whatif';
import { traceFor } from '../../store/traces';
import { whatIfWords } from './questions';

const NONE: string[] = [];

/**
 * "What if?": the branches the step on screen offers, as buttons with a plain question; on a
 * branch, what changed and the way back. Each switch is announced.
 */
export function WhatIfBar() {
  const t = useT();
  const branch = usePlayer((s) => s.branch);
  const scenarioId = usePlayer((s) => s.playback.scenarioId);
  // Compared item by item: the bar re-renders when the offers change, not on every step.
  const offers = usePlayer(useShallow((s) => (s.branch ? NONE : offersAt(s.playback.scenarioId, s.playback.cursor, s.playback.level))));
  const [said, setSaid] = useState('');
  // The button pressed disappears with the switch: focus goes to the control that replaced it.
  const box = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [branch]);

  const take = (id: string) => {
    const store = playerStore();
    moved.current = true;
    if (!enterWhatIf(store, id)) return;
    const words = whatIfWords(id);
    const same = divergence(traceFor(scenarioId).steps, store.getState().trace.steps) === -1;
    setSaid(`${t('whatif.now', { question: words.question, change: words.change })}${same ? t('whatif.same') : ''}`);
  };
  const back = () => {
    moved.current = true;
    leaveWhatIf(playerStore());
    setSaid(t('whatif.left'));
  };

  return (
    <div ref={box} className="kw-whatif">
      {branch ? (
        <div className="kw-whatif-branch" role="group" aria-label={t('whatif.branch')}>
          <p>
            <strong>{t('whatif.on')}</strong> {whatIfWords(branch).question} <span className="kw-muted">{whatIfWords(branch).change}</span>
          </p>
          <button type="button" className="kw-btn kw-btn-primary kw-btn-small" onClick={back}>
            {t('whatif.back')}
          </button>
        </div>
      ) : offers.length > 0 ? (
        <div className="kw-whatif-offers" role="group" aria-label={t('whatif.offers')}>
          <span className="kw-whatif-label">{t('whatif.offers')}</span>
          {offers.map((id) => (
            <button key={id} type="button" className="kw-btn kw-btn-small" onClick={() => take(id)}>
              {whatIfWords(id).question}
            </button>
          ))}
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="kw-whatif-said">
        {said}
      </p>
    </div>
  );
}
