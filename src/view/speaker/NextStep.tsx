import { selectCursor, selectSteps, selectVisible } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from '../panels/Panel';
import { useT } from '../../store/lang';

/** A preview of the next step at the current level, and the question before it if there is one. */
export function NextStep() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const visible = usePlayer(selectVisible);
  const cursor = usePlayer(selectCursor);
  const checkpoint = usePlayer((s) => s.checkpoint);
  const at = visible.indexOf(cursor);
  const nextIndex = checkpoint ? checkpoint.target : visible[at + 1];
  const next = nextIndex === undefined ? undefined : steps[nextIndex];
  return (
    <Panel title={t('speaker.next')} className="kw-next-step">
      {next ? (
        <div data-testid="next-step">
          <h3 className="kw-next-title">
            {visible.indexOf(nextIndex ?? -1) + 1}. {next.title}
          </h3>
          <p>{next.narration}</p>
        </div>
      ) : (
        <p className="kw-muted">{t('speaker.last')}</p>
      )}
    </Panel>
  );
}
