import type { CheckpointChoice } from '../../scenario/types';
import { useT } from '../../store/lang';

const LETTERS = 'ABCDE';

/** One answer: a button while the student may still answer, then the verdict and explanation. */
export function ChoiceItem(props: {
  index: number;
  choice: CheckpointChoice;
  revealed: boolean;
  chosen: boolean;
  canAnswer: boolean;
  onChoose: () => void;
}) {
  const { index, choice, revealed, chosen, canAnswer, onChoose } = props;
  const t = useT();
  const letter = LETTERS[index] ?? String(index + 1);
  const verdict = revealed ? (choice.correct ? t('choice.right') : t('choice.wrong')) : null;
  const label = (
    <>
      <span className="kw-choice-letter" aria-hidden="true">
        {letter}
      </span>
      <span>{choice.text}</span>
    </>
  );
  return (
    <li className="kw-choice" data-correct={revealed ? choice.correct : undefined} data-chosen={chosen || undefined}>
      {canAnswer ? (
        <button type="button" className="kw-choice-button" onClick={onChoose}>
          {label}
        </button>
      ) : (
        <p className="kw-choice-text">{label}</p>
      )}
      {verdict ? (
        <p className="kw-choice-verdict">
          <strong>
            {choice.correct ? '✓ ' : '✗ '}
            {verdict}
            {chosen ? t('choice.yours') : ''}:
          </strong>{' '}
          {choice.explanation}
        </p>
      ) : null}
    </li>
  );
}
