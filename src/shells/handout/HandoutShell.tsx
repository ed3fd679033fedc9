import { useEffect, useRef } from 'react';
import { selectLevel, selectSteps, selectVisible } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { useUi } from '../../store/ui';
import { useT } from '../../store/lang';
import { HandoutStep } from '../../view/handout/HandoutStep';
import '../../view/styles/handout.css';

/**
 * The printable handout: every step at the current level, one block each. Opens the print dialog
 * once rendered; stays on screen as a preview with Print and Close.
 */
export function HandoutShell() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const level = usePlayer(selectLevel);
  const title = usePlayer((s) => s.scenario.title);
  const summary = usePlayer((s) => s.scenario.summary);
  const version = usePlayer((s) => s.trace.kubernetesVersion);
  const close = useUi((s) => s.setHandoutOpen);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    globalThis.print?.();
  }, []);

  return (
    <main className="kw-handout">
      <div className="kw-handout-actions">
        <button type="button" className="kw-btn kw-btn-primary" onClick={() => globalThis.print?.()}>
          {t('handout.print')}
        </button>
        <button type="button" className="kw-btn" onClick={() => close(false)}>
          {t('handout.close')}
        </button>
      </div>
      <h1 ref={heading} tabIndex={-1} className="kw-handout-heading">
        {title}
      </h1>
      <p>
        {t('handout.summary', { summary, version, level: t(`level.${level}`), count: visible.length })}
      </p>
      {visible.map((index, i) => {
        const step = steps[index];
        return step ? <HandoutStep key={index} number={i + 1} step={step} before={steps[visible[i - 1] ?? index]?.state ?? step.state} /> : null;
      })}
    </main>
  );
}
