import { memo } from 'react';
import type { Step } from '../../catalog/types';
import { useT } from '../../store/lang';
import { wireLine } from '../compare/wireLine';
import { messageLine } from '../handout/stateSummary';

/** One step as text: number and title, who talks to whom, the narration, and what went over the wire. */
export const TranscriptItem = memo(function TranscriptItem(props: {
  index: number;
  number: number;
  step: Step;
  current: boolean;
  onPick: (index: number) => void;
}) {
  const { index, number, step, current, onPick } = props;
  const t = useT();
  return (
    <li className="kw-transcript-item" aria-current={current ? 'step' : undefined} data-step-id={step.id}>
      <h3 className="kw-transcript-title" tabIndex={current ? -1 : undefined}>
        {number}. <span lang={step.lang}>{step.title}</span>
        {current ? <span className="kw-transcript-here"> ({t('transcript.current')})</span> : null}
      </h3>
      <p className="kw-transcript-meta">{messageLine(step)}</p>
      <p lang={step.lang}>{step.narration}</p>
      <p className="kw-transcript-meta">
        {t('transcript.wire')} <code>{wireLine(step)}</code>
      </p>
      {step.misconception ? (
        <p>
          <strong>{t('narration.often')}</strong> {step.misconception.often} <strong>{t('narration.really')}</strong> {step.misconception.really}
        </p>
      ) : null}
      {step.note ? (
        <p>
          <strong>{t('narration.noteLabel')}</strong> {step.note}
        </p>
      ) : null}
      {current ? null : (
        <button type="button" className="kw-btn kw-btn-small" onClick={() => onPick(index)}>
          {t('transcript.go', { number })}
        </button>
      )}
    </li>
  );
});
