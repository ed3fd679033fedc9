import type { Step } from '../../catalog/types';
import { messageLine } from '../handout/stateSummary';
import { wireLine } from './wireLine';
import { useT } from '../../store/lang';

/** One side's step at the current row, or a plain statement that this story has no such step. */
export function CompareSide(props: { side: 'Left' | 'Right'; title: string; step: Step | undefined; number: number; count: number; other: string }) {
  const t = useT();
  const { side, title, step, number, count, other } = props;
  return (
    <section role="region" aria-label={side === 'Left' ? t('compare.leftStep') : t('compare.rightStep')} data-step-id={step?.id ?? ''} className="kw-panel kw-compare-side" data-missing={step ? undefined : true}>
      <p className="kw-counter">
        <span className="kw-compare-scenario">{title}</span>
        <span>{step ? t('compare.stepOf', { number, count }) : t('compare.noStep')}</span>
      </p>
      {step ? (
        <>
          <h2 className="kw-step-title" lang={step.lang}>{step.title}</h2>
          <p className="kw-compare-wire">
            {messageLine(step)}: <code>{wireLine(step)}</code>
          </p>
          <p className="kw-step-text" lang={step.lang}>{step.narration}</p>
        </>
      ) : (
        <p className="kw-compare-gap">
          {t('compare.gap', { other })}
        </p>
      )}
    </section>
  );
}
