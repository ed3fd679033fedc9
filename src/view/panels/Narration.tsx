import { selectStep, selectStepCount, selectStepNumber } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';

/** Title and plain-words narration of the current step, announced politely on every change. */
export function Narration() {
  const t = useT();
  const step = usePlayer(selectStep);
  const number = usePlayer(selectStepNumber);
  const count = usePlayer(selectStepCount);
  const version = usePlayer((s) => s.trace.kubernetesVersion);
  const playing = usePlayer((s) => s.playback.playing);
  return (
    <section
      role="region"
      aria-label={t('narration.region')}
      // While playing, a step lasts 1.8 s or less, far shorter than its narration takes to speak:
      // announcements would pile up, so they wait (aria-busy) until the reader pauses or steps.
      aria-live="polite"
      aria-busy={playing || undefined}
      data-step-id={step?.id ?? ''}
      data-step-index={number}
      className="kw-panel kw-narration"
      tabIndex={0}
    >
      <p className="kw-counter">
        <span>{t('narration.stepOf', { number, count })}</span>
        <span className="kw-actor">{step?.actor}</span>
        <span className="kw-version">{t('narration.version', { version })}</span>
      </p>
      {step ? (
        <>
          <h2 className="kw-step-title" lang={step.lang}>{step.title}</h2>
          <p className="kw-step-text" lang={step.lang}>{step.narration}</p>
          {step.misconception ? (
            <aside className="kw-myth" aria-label={t('narration.myth')}>
              <p>
                <strong>{t('narration.often')}</strong> {step.misconception.often}
              </p>
              <p>
                <strong>{t('narration.really')}</strong> {step.misconception.really}
              </p>
            </aside>
          ) : null}
          {step.note ? (
            <aside className="kw-note" aria-label={t('narration.note')}>
              <strong>{t('narration.noteLabel')}</strong> {step.note}
            </aside>
          ) : null}
        </>
      ) : (
        <p>{t('narration.empty')}</p>
      )}
    </section>
  );
}
