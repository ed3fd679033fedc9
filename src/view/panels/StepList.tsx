import { memo, useCallback } from 'react';
import { positionOf, selectCursor, selectSteps, selectVisible } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';
import { Panel } from './Panel';
import { useRowWindow } from './useRowWindow';
import { useT } from '../../store/lang';

/** A step row's height before one is measured (px): one line of .kw-step-item. */
const ROW_ESTIMATE = 30;

const Item = memo(function Item(props: {
  index: number;
  number: number;
  count: number;
  title: string;
  current: boolean;
  windowed: boolean;
  onPick: (index: number) => void;
}) {
  // Only a windowed list needs more than its rows: it holds some of its items (set size and
  // position say where they are), one line each (the title shows a row cut short).
  const w = props.windowed;
  return (
    <li aria-setsize={w ? props.count : undefined} aria-posinset={w ? props.number : undefined}>
      <button
        type="button"
        className="kw-step-item"
        aria-current={props.current ? 'step' : undefined}
        title={w ? props.title : undefined}
        onClick={() => props.onPick(props.index)}
      >
        <span className="kw-step-num">{props.number}</span>
        <span>{props.title}</span>
      </button>
    </li>
  );
});

/** Every step at the current level; pick one to jump there. Long lists render only what is in view. */
export const StepList = memo(function StepList() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const cursor = usePlayer(selectCursor);
  const dispatch = useDispatch();
  const onPick = useCallback((index: number) => dispatch({ type: 'goTo', index }), [dispatch]);
  const position = positionOf(visible, cursor);
  // The first step needs no scrolling in a short list.
  const { list, ...win } = useRowWindow(visible.length, position, ROW_ESTIMATE, {
    selector: '[aria-current="step"]',
    at: position > 0 ? position : null,
  });

  const items = [];
  for (let i = win.start; i < win.end; i++) {
    const index = visible[i] as number;
    items.push(
      <Item
        key={index}
        index={index}
        number={i + 1}
        count={visible.length}
        title={steps[index]?.title ?? ''}
        current={index === cursor}
        windowed={win.on}
        onPick={onPick}
      />,
    );
  }
  return (
    <Panel title={t('panel.steps')} className="kw-steps" focusableBody={false}>
      <ol
        ref={list}
        className={win.on ? 'kw-step-list kw-windowed' : 'kw-step-list'}
        aria-label={t('panel.steps')}
        style={win.on ? { paddingTop: win.before, paddingBottom: win.after } : undefined}
      >
        {items}
      </ol>
    </Panel>
  );
});
