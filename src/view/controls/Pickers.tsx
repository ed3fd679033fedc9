import { useId, useSyncExternalStore } from 'react';
import { LEVELS } from '../../engine/types';
import { isLevel } from '../../playback/levels';
import { SPEEDS, isSpeed } from '../../playback/state';
import { selectLevel } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';
import { scenarioList } from '../../store/traces';
import { useT } from '../../store/lang';

/** Nothing to subscribe to: only the snapshot differs, between the server (and hydration) and after. */
const never = () => () => {};

/**
 * False in a prerendered frame and while it hydrates, true after. A frame's scenario picker holds
 * only the scenario it shows: every title on every page would cost each page about 1 kB of gzip
 * (and TCP's first window), and picking another does nothing before the app listens anyway.
 */
const useLive = () => useSyncExternalStore(never, () => true, () => false);

/** Scenario, Detail level and Speed pickers. */
export function Pickers() {
  const t = useT();
  const dispatch = useDispatch();
  const scenarioId = usePlayer((s) => s.playback.scenarioId);
  const live = useLive();
  const scenarios = live ? scenarioList() : scenarioList().filter((s) => s.id === scenarioId);
  const speed = usePlayer((s) => s.playback.speed);
  const id = useId();
  return (
    <div className="kw-pickers">
      <div className="kw-field">
        <label htmlFor={`${id}-scenario`}>{t('pickers.scenario')}</label>
        <select
          id={`${id}-scenario`}
          value={scenarioId}
          onChange={(e) => dispatch({ type: 'scenarioChosen', scenarioId: e.target.value })}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <LevelPicker />
      <div className="kw-field">
        <label htmlFor={`${id}-speed`}>{t('pickers.speed')}</label>
        <select
          id={`${id}-speed`}
          value={String(speed)}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (isSpeed(v)) dispatch({ type: 'speedChosen', speed: v });
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The Detail level picker, on its own for shells with fewer controls (the embed). */
export function LevelPicker() {
  const t = useT();
  const dispatch = useDispatch();
  const level = usePlayer(selectLevel);
  const id = useId();
  return (
    <div className="kw-field">
      <label htmlFor={`${id}-level`}>{t('pickers.level')}</label>
      <select
        id={`${id}-level`}
        value={level}
        onChange={(e) => {
          if (isLevel(e.target.value)) dispatch({ type: 'levelChosen', level: e.target.value });
        }}
      >
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
