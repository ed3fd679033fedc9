import type { ChangeEvent } from 'react';
import { useId } from 'react';
import { selectPlaying, selectStepCount, selectStepNumber, selectVisible } from '../../store/selectors';
import { playerStore } from '../../store/hooks';
import { useDispatch, usePlayer } from '../../store/hooks';
import { Icon } from './Icon';

/** Previous / Play-Pause / Next / Restart and the Step slider. */
export function Controls() {
  const dispatch = useDispatch();
  const sliderId = useId();
  const playing = usePlayer(selectPlaying);
  const number = usePlayer(selectStepNumber);
  const count = usePlayer(selectStepCount);
  const atStart = number <= 1;
  const atEnd = number >= count;

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const visible = selectVisible(playerStore().getState());
    const index = visible[Number(e.target.value) - 1];
    if (index !== undefined) dispatch({ type: 'goTo', index });
  };

  return (
    <div className="kw-controls">
      <button type="button" className="kw-btn" aria-label="Restart" title="Restart (Home)" onClick={() => dispatch({ type: 'restarted' })}>
        <Icon name="restart" />
      </button>
      <button
        type="button"
        className="kw-btn"
        aria-label="Previous step"
        title="Previous step (←)"
        aria-disabled={atStart}
        onClick={() => dispatch({ type: 'previous' })}
      >
        <Icon name="previous" />
      </button>
      <button type="button" className="kw-btn kw-btn-primary" onClick={() => dispatch({ type: 'playToggled' })}>
        <Icon name={playing ? 'pause' : 'play'} />
        <span>{playing ? 'Pause' : 'Play'}</span>
      </button>
      <button
        type="button"
        className="kw-btn"
        aria-label="Next step"
        title="Next step (→)"
        aria-disabled={atEnd}
        onClick={() => dispatch({ type: 'next' })}
      >
        <Icon name="next" />
      </button>
      <label htmlFor={sliderId} className="sr-only">
        Step
      </label>
      <div className="kw-slider">
        <input
          id={sliderId}
          type="range"
          min={1}
          max={Math.max(count, 1)}
          value={Math.max(number, 1)}
          onChange={onSlide}
          aria-valuetext={`Step ${number} of ${count}`}
        />
      </div>
      <span className="kw-count" aria-hidden="true">
        {number} / {count}
      </span>
    </div>
  );
}
