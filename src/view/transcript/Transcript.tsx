import { useCallback, useEffect, useId, useRef } from 'react';
import { useDispatch, usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { selectCursor, selectLevel, selectSteps, selectVisible } from '../../store/selectors';
import { useUi } from '../../store/ui';
import { TranscriptItem } from './TranscriptItem';
import '../styles/transcript.css';

/**
 * The walkthrough as text, the accessible twin of the animation: every step at the current level,
 * the current one marked (aria-current) and kept in view as the walkthrough moves.
 */
export function Transcript() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const cursor = usePlayer(selectCursor);
  const level = usePlayer(selectLevel);
  const title = usePlayer((s) => s.scenario.title);
  const version = usePlayer((s) => s.trace.kubernetesVersion);
  const setOpen = useUi((s) => s.setTranscriptOpen);
  const dispatch = useDispatch();
  // The picked step's button goes once it is current: focus moves to that step's title instead.
  const picked = useRef(false);
  const onPick = useCallback(
    (index: number) => {
      picked.current = true;
      dispatch({ type: 'goTo', index });
    },
    [dispatch],
  );
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);

  // Opening moves focus to the transcript, so a screen reader starts reading it.
  useEffect(() => heading.current?.focus(), []);
  // In the next animation frame: the layout it reads is that frame's own, not one forced in the
  // middle of the key press.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const item = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
      item?.scrollIntoView({ block: 'nearest' });
      if (picked.current) item?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
      picked.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [cursor, visible]);

  const close = () => {
    setOpen(false);
    document.querySelector<HTMLElement>('[data-transcript-toggle]')?.focus();
  };
  return (
    <section
      className="kw-transcript"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <div className="kw-transcript-bar">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="kw-transcript-heading">
          {t('transcript.title')}
        </h2>
        <button type="button" className="kw-btn kw-btn-small" onClick={close}>
          {t('transcript.close')}
        </button>
      </div>
      <p className="kw-transcript-intro">
        {t('transcript.intro', { title, level: t(`level.${level}`), count: visible.length, version })}
      </p>
      <ol ref={list} className="kw-transcript-list">
        {visible.map((index, i) => {
          const step = steps[index];
          return step ? <TranscriptItem key={index} index={index} number={i + 1} step={step} current={index === cursor} onPick={onPick} /> : null;
        })}
      </ol>
    </section>
  );
}
