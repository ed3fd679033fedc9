import { useEffect, useId, useRef } from 'react';
import { playerStore, usePlayer } from '../../store/hooks';
import { ChoiceItem } from './ChoiceItem';
import { useT } from '../../store/lang';

/**
 * The "What happens next?" question between two steps. Students answer or skip; in class the
 * presenter reveals the answer (A or →) and moves on.
 */
export function CheckpointCard() {
  const t = useT();
  const active = usePlayer((s) => s.checkpoint);
  const checkpoints = usePlayer((s) => s.scenario.checkpoints);
  const room = usePlayer((s) => s.room);
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const before = active?.before;

  // A student's focus moves to the question when it appears, so a screen reader reads it.
  useEffect(() => {
    if (before && !room) ref.current?.focus();
  }, [before, room]);

  const cp = active ? checkpoints.find((c) => c.before === active.before) : undefined;
  if (!active || !cp) return null;
  const { answer } = playerStore().getState();
  const answered = active.chosen !== null;

  return (
    <section ref={ref} tabIndex={-1} className="kw-checkpoint" aria-labelledby={headingId} data-revealed={active.revealed}>
      <p className="kw-checkpoint-kicker">{t('checkpoint.kicker')}</p>
      <h2 id={headingId} className="kw-checkpoint-question">
        {cp.question}
      </h2>
      <ol className="kw-choices">
        {cp.choices.map((choice, i) => (
          <ChoiceItem
            key={choice.text}
            index={i}
            choice={choice}
            revealed={active.revealed}
            chosen={active.chosen === i}
            canAnswer={!room && !answered}
            onChoose={() => answer({ type: 'answered', choice: i })}
          />
        ))}
      </ol>
      <div className="kw-checkpoint-actions">
        {active.revealed ? (
          <button type="button" className="kw-btn kw-btn-primary" onClick={() => answer({ type: 'continued' })}>
            {t('checkpoint.show')}
          </button>
        ) : room ? (
          <button type="button" className="kw-btn kw-btn-primary" onClick={() => answer({ type: 'revealed' })}>
            {t('checkpoint.reveal')} <kbd>A</kbd>
          </button>
        ) : (
          <button type="button" className="kw-btn" onClick={() => answer({ type: 'skipped' })}>
            {t('checkpoint.skip')}
          </button>
        )}
      </div>
    </section>
  );
}
