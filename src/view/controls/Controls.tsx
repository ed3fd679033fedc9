import type { ChangeEvent, ComponentProps } from 'react';
import { useId } from 'react';
import { selectPlaying, selectStepCount, selectStepNumber, selectVisible } from '../../store/selectors';
import { useDispatch, usePlayer, usePlayerStore } from '../../store/hooks';
import { useT } from '../../store/lang';
import { Icon } from './Icon';

interface IconButtonProps {
  icon: ComponentProps<typeof Icon>['name'];
  label: string;
  keyHint: string;
  /** aria-disabled rather than disabled, so the button keeps focus at the ends of the trace. */
  disabled?: boolean;
  onClick: () => void;
}

function IconButton({ icon, label, keyHint, disabled, onClick }: IconButtonProps) {
  const t = useT();
  return (
    <button type="button" className="kw-btn" aria-label={label} title={t('controls.hint', { label, key: keyHint })} aria-disabled={disabled} onClick={onClick}>
      <Icon name={icon} />
    </button>
  );
}

/** Previous / Play-Pause / Next / Restart and the Step slider. */
export function Controls() {
  const store = usePlayerStore();
  const t = useT();
  const dispatch = useDispatch();
  const sliderId = useId();
  const playing = usePlayer(selectPlaying);
  const number = usePlayer(selectStepNumber);
  const count = usePlayer(selectStepCount);
  const atStart = number <= 1;
  const atEnd = number >= count;

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const visible = selectVisible(store.getState());
    const index = visible[Number(e.target.value) - 1];
    if (index !== undefined) dispatch({ type: 'goTo', index });
  };

  return (
    <div className="kw-controls">
      <IconButton icon="restart" label={t('controls.restart')} keyHint="Home" onClick={() => dispatch({ type: 'restarted' })} />
      <IconButton icon="previous" label={t('controls.previous')} keyHint="←" disabled={atStart} onClick={() => dispatch({ type: 'previous' })} />
      <button type="button" className="kw-btn kw-btn-primary" onClick={() => dispatch({ type: 'playToggled' })}>
        <Icon name={playing ? 'pause' : 'play'} />
        <span>{playing ? t('controls.pause') : t('controls.play')}</span>
      </button>
      <IconButton icon="next" label={t('controls.next')} keyHint="→" disabled={atEnd} onClick={() => dispatch({ type: 'next' })} />
      <label htmlFor={sliderId} className="sr-only">
        {t('controls.step')}
      </label>
      <div className="kw-slider">
        <input
          id={sliderId}
          type="range"
          min={1}
          max={Math.max(count, 1)}
          value={Math.max(number, 1)}
          onChange={onSlide}
          aria-valuetext={t('controls.stepOf', { number, count })}
        />
      </div>
      <span className="kw-count" aria-hidden="true">
        {number} / {count}
      </span>
    </div>
  );
}
