import { Panel } from '../panels/Panel';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { selectShownIndex, selectState, selectSteps } from '../../store/selectors';
import { describeEvents, eventsByObject, newestEventTime, storedEvents } from './events';

/** A scaled-up Deployment has an Event per Pod: show the first objects, say how many more. */
const MAX_OBJECTS = 30;

/** The Events in etcd at this step, per object, as `kubectl describe <kind> <name>` ends. */
export function EventList() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const shown = usePlayer(selectShownIndex);
  const state = usePlayer(selectState);
  const stored = state ? storedEvents(steps, shown, state) : [];
  const groups = eventsByObject(stored);
  const now = newestEventTime(stored) ?? 0;
  return (
    <Panel title={t('events.title')} className="kw-inspector-panel">
      {groups.length === 0 ? (
        <p className="kw-muted">{t('events.none')}</p>
      ) : (
        <>
          <p className="kw-muted kw-small">{t('events.intro')}</p>
          {groups.slice(0, MAX_OBJECTS).map((g) => (
            <div key={g.regarding} className="kw-block" data-regarding={g.regarding}>
              <h3 className="kw-block-title kw-mono">$ kubectl describe {g.regarding.replace('/', ' ')}</h3>
              {/* Focusable: a wide Events table scrolls sideways, and keyboard users must reach it (axe). */}
              <pre className="kw-terminal kw-describe" tabIndex={0} role="group" aria-label={`kubectl describe ${g.regarding.replace('/', ' ')}`}>{describeEvents(g.events, now).join('\n')}</pre>
            </div>
          ))}
          {groups.length > MAX_OBJECTS ? <p className="kw-muted">{t('events.more', { count: groups.length - MAX_OBJECTS })}</p> : null}
        </>
      )}
    </Panel>
  );
}
