import { LEVELS } from '../../engine/types';
import { isLevel } from '../../playback/levels';
import { SPEEDS, isSpeed } from '../../playback/state';
import { selectLevel } from '../../store/selectors';
import { useDispatch, usePlayer } from '../../store/hooks';
import { scenarioList } from '../../store/traces';

const LEVEL_LABEL = { overview: 'Overview', standard: 'Standard', deep: 'Deep' } as const;

/** Scenario, Detail level and Speed pickers. */
export function Pickers() {
  const dispatch = useDispatch();
  const scenarioId = usePlayer((s) => s.playback.scenarioId);
  const level = usePlayer(selectLevel);
  const speed = usePlayer((s) => s.playback.speed);
  return (
    <div className="kw-pickers">
      <label className="kw-field">
        <span>Scenario</span>
        <select value={scenarioId} onChange={(e) => dispatch({ type: 'scenarioChosen', scenarioId: e.target.value })}>
          {scenarioList().map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="kw-field">
        <span>Detail level</span>
        <select
          value={level}
          onChange={(e) => {
            if (isLevel(e.target.value)) dispatch({ type: 'levelChosen', level: e.target.value });
          }}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="kw-field">
        <span>Speed</span>
        <select
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
      </label>
    </div>
  );
}
