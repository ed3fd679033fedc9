import { selectStep, selectStepCount, selectStepNumber } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';

/** Title and plain-words narration of the current step, announced politely on every change. */
export function Narration() {
  const step = usePlayer(selectStep);
  const number = usePlayer(selectStepNumber);
  const count = usePlayer(selectStepCount);
  const version = usePlayer((s) => s.trace.kubernetesVersion);
  return (
    <section
      role="region"
      aria-label="Step narration"
      aria-live="polite"
      data-step-id={step?.id ?? ''}
      data-step-index={number}
      className="kw-panel kw-narration"
      tabIndex={0}
    >
      <p className="kw-counter">
        <span>
          Step {number} of {count}
        </span>
        <span className="kw-actor">{step?.actor}</span>
        <span className="kw-version">Kubernetes v{version}</span>
      </p>
      {step ? (
        <>
          <h2 className="kw-step-title">{step.title}</h2>
          <p className="kw-step-text">{step.narration}</p>
          {step.misconception ? (
            <aside className="kw-myth" aria-label="Common misconception">
              <p>
                <strong>Often said:</strong> {step.misconception.often}
              </p>
              <p>
                <strong>What really happens:</strong> {step.misconception.really}
              </p>
            </aside>
          ) : null}
          {step.note ? (
            <aside className="kw-note" aria-label="Teaching note">
              <strong>Note:</strong> {step.note}
            </aside>
          ) : null}
        </>
      ) : (
        <p>This scenario has no steps.</p>
      )}
    </section>
  );
}
