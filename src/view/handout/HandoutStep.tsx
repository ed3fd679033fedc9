import { memo } from 'react';
import type { Step } from '../../catalog/types';
import type { ClusterView } from '../../engine/types';
import { blocksOf } from '../panels/Payload';
import { messageLine, stateLines } from './stateSummary';
import { useT } from '../../store/lang';

/** One printed block: the step's number and title, narration, the picture as text, and payload. */
export const HandoutStep = memo(function HandoutStep(props: { number: number; step: Step; before: ClusterView }) {
  const t = useT();
  const { number, step, before } = props;
  return (
    <article className="kw-handout-step" data-step-id={step.id}>
      <h2 className="kw-handout-title">
        {number}. {step.title}
      </h2>
      <p className="kw-handout-meta">
        {messageLine(step)} · <code>{step.id}</code> · {t(`level.${step.level}`)}
      </p>
      <p className="kw-handout-text">{step.narration}</p>
      {step.misconception ? (
        <p className="kw-handout-myth">
          <strong>{t('narration.often')}</strong> {step.misconception.often} <strong>{t('narration.really')}</strong> {step.misconception.really}
        </p>
      ) : null}
      {step.note ? (
        <p className="kw-handout-myth">
          <strong>{t('narration.noteLabel')}</strong> {step.note}
        </p>
      ) : null}
      <ul className="kw-handout-state" aria-label={t('handout.after')}>
        {stateLines(step.state, before).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {blocksOf(step).map((b) => (
        <div key={b.heading} className="kw-handout-block">
          <h3 className="kw-block-title">{b.heading}</h3>
          <pre className="kw-handout-pre">{b.text}</pre>
        </div>
      ))}
    </article>
  );
});
