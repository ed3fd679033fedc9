import { Panel } from '../panels/Panel';
import { usePlayer } from '../../store/hooks';
import { selectShownIndex, selectState, selectSteps } from '../../store/selectors';
import { countsByType, watchRows } from './watches';

/** The last few events each watch got: enough to see the pattern without a thousand rows. */
const RECENT = 5;

/** Every watch open at this step: who watches what, with which field selector, and what it got. */
export function WatchList() {
  const steps = usePlayer(selectSteps);
  const shown = usePlayer(selectShownIndex);
  const state = usePlayer(selectState);
  const rows = watchRows(steps, shown, state?.watches ?? []);
  return (
    <Panel title="Open watches" className="kw-inspector-panel">
      {rows.length === 0 ? (
        <p className="kw-muted">No watch is open at this step.</p>
      ) : (
        <table className="kw-table kw-watches">
          <thead>
            <tr>
              <th scope="col">watcher</th>
              <th scope="col">resource</th>
              <th scope="col">field selector</th>
              <th scope="col">events received</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ watch, received }) => (
              <tr key={`${watch.watcher} ${watch.resource} ${watch.fieldSelector ?? ''}`} data-watcher={watch.watcher}>
                <th scope="row" className="kw-mono">
                  {watch.watcher}
                </th>
                <td className="kw-mono">{watch.resource}</td>
                <td className="kw-mono">{watch.fieldSelector ?? <span className="kw-muted">none (all)</span>}</td>
                <td>
                  {received.length === 0 ? (
                    <span className="kw-muted">none yet</span>
                  ) : (
                    <>
                      <span className="kw-watch-counts">{countsByType(received)}</span>
                      <ul className="kw-watch-events">
                        {received.length > RECENT ? <li className="kw-muted">… {received.length - RECENT} earlier</li> : null}
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
