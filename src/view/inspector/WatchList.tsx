import { Panel } from '../panels/Panel';
import { usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { selectShownIndex, selectState, selectSteps } from '../../store/selectors';
import { countsByType, watchRows } from './watches';

/** The last few events each watch got: enough to see the pattern without a thousand rows. */
const RECENT = 5;

/** Every watch open at this step: who watches what, with which field selector, and what it got. */
export function WatchList() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const shown = usePlayer(selectShownIndex);
  const state = usePlayer(selectState);
  const rows = watchRows(steps, shown, state?.watches ?? []);
  return (
    <Panel title={t('watches.title')} className="kw-inspector-panel">
      {rows.length === 0 ? (
        <p className="kw-muted">{t('watches.none')}</p>
      ) : (
        <table className="kw-table kw-watches">
          <thead>
            <tr>
              <th scope="col">{t('watches.watcher')}</th>
              <th scope="col">{t('watches.resource')}</th>
              <th scope="col">{t('watches.fieldSelector')}</th>
              <th scope="col">{t('watches.received')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ watch, received }) => (
              <tr key={`${watch.watcher} ${watch.resource} ${watch.fieldSelector ?? ''}`} data-watcher={watch.watcher}>
                <th scope="row" className="kw-mono">
                  {watch.watcher}
                </th>
                <td className="kw-mono">{watch.resource}</td>
                <td className="kw-mono">{watch.fieldSelector ?? <span className="kw-muted">{t('watches.all')}</span>}</td>
                <td>
                  {received.length === 0 ? (
                    <span className="kw-muted">{t('watches.noneYet')}</span>
                  ) : (
                    <>
                      <span className="kw-watch-counts">{countsByType(received)}</span>
                      <ul className="kw-watch-events">
                        {received.length > RECENT ? <li className="kw-muted">{t('watches.earlier', { count: received.length - RECENT })}</li> : null}
                        {received.slice(-RECENT).map((r) => (
                          <li key={r.index} className="kw-mono">
                            {r.type} {r.key.replace(/^\/registry\//, '')} rv {r.resourceVersion}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
