import { memo, useCallback, useEffect, useRef } from 'react';
import { selectCursor, selectSteps, selectVisible } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';
import { Panel } from './Panel';
import { scrollIntoBox } from './scrollIntoBox';
import { useT } from '../../store/lang';

const Item = memo(function Item(props: {
  index: number;
  number: number;
  title: string;
  current: boolean;
  onPick: (index: number) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="kw-step-item"
        aria-current={props.current ? 'step' : undefined}
        onClick={() => props.onPick(props.index)}
      >
        <span className="kw-step-num">{props.number}</span>
        <span>{props.title}</span>
      </button>
    </li>
  );
});

/** Every step at the current level; pick one to jump there. */
export function StepList() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const cursor = usePlayer(selectCursor);
  const dispatch = useDispatch();
  const list = useRef<HTMLOListElement>(null);
  const onPick = useCallback((index: number) => dispatch({ type: 'goTo', index }), [dispatch]);

  // The current step stays in view.
  useEffect(() => {
    // The first step needs no scrolling; skipping it also spares the first paint a forced layout.
    if (cursor === visible[0]) return;
    const item = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (item) scrollIntoBox(item);
  }, [cursor, visible]);

  return (
    <Panel title={t('panel.steps')} className="kw-steps" focusableBody={false}>
      <ol ref={list} className="kw-step-list" aria-label={t('panel.steps')}>
        {visible.map((index, i) => (
          <Item
            key={index}
            index={index}
            number={i + 1}
            title={steps[index]?.title ?? ''}
            current={index === cursor}
            onPick={onPick}
          />
        ))}
      </ol>
    </Panel>
  );
}
