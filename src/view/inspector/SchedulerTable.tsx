import { Panel } from '../panels/Panel';
import { useDispatch, usePlayer } from '../../store/hooks';
import { selectShownIndex, selectSteps } from '../../store/selectors';
import type { Decision, Verdict } from './scheduling';
import { latestDecision, verdictOf } from './scheduling';

function VerdictCell({ verdict }: { verdict: Verdict }) {
  switch (verdict.kind) {
    case 'passed':
      return <td data-verdict="passed">✓ passed</td>;
    case 'failed':
      return (
        <td data-verdict="failed">
          ✗ failed<span className="kw-reason">{verdict.reason}</span>
        </td>
      );
    case 'not run':
      return (
        <td data-verdict="not run" className="kw-muted">
          – not run
        </td>
      );
  }
}

function Tables({ d }: { d: Decision }) {
  const { payload } = d;
  const feasible = payload.nodes.filter((n) => n.feasible);
  return (
    <>
      <table className="kw-table kw-decision">
        <caption>Filter: can the Pod run on the node? The first failure rules the node out.</caption>
        <thead>
          <tr>
            <th scope="col">node</th>
            {d.filterPlugins.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {payload.nodes.map((n) => (
            <tr key={n.node} data-node={n.node}>
              <th scope="row">{n.node}</th>
              {d.filterPlugins.map((p) => (
                <VerdictCell key={p} verdict={verdictOf(n, p)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {feasible.length > 0 ? (
        <table className="kw-table kw-decision">
          <caption>Score: each feasible node, score (0–100) × weight; the highest total wins.</caption>
          <thead>
            <tr>
              <th scope="col">node</th>
              {d.scorePlugins.map((p) => (
                <th key={p.plugin} scope="col">
                  {p.plugin} ×{p.weight}
                </th>
              ))}
              <th scope="col">total</th>
            </tr>
          </thead>
          <tbody>
            {feasible.map((n) => (
              <tr key={n.node} data-node={n.node} data-selected={n.node === payload.selected ? 'true' : undefined}>
                <th scope="row">
                  {n.node}
                  {n.node === payload.selected ? <span className="kw-chosen"> selected</span> : null}
                </th>
                {d.scorePlugins.map((p) => (
                  <td key={p.plugin} className="kw-num">
                    {n.scores.find((s) => s.plugin === p.plugin)?.score ?? '–'}
                  </td>
                ))}
                <td className="kw-num">{n.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** The scheduler's latest decision up to this step: per node, each filter's verdict and each score. */
export function SchedulerTable() {
  const steps = usePlayer(selectSteps);
  const shown = usePlayer(selectShownIndex);
  const dispatch = useDispatch();
  const d = latestDecision(steps, shown);
  return (
    <Panel title="Scheduler decision" className="kw-inspector-panel">
      {d ? (
        <>
          <p className="kw-decision-head">
            Pod <code>{d.payload.pod}</code>:{' '}
            {d.payload.selected ? (
              <>
                <strong>{d.payload.selected}</strong> selected
                {d.payload.tied.length > 1 ? ` (tied with ${d.payload.tied.filter((t) => t !== d.payload.selected).join(', ')}; picked at random)` : ''}
              </>
            ) : (
              <strong>no node fits</strong>
            )}
            .{' '}
            {d.step.index !== shown ? (
              <button type="button" className="kw-btn kw-btn-small" onClick={() => dispatch({ type: 'goTo', index: d.step.index })}>
                Go to the decision
              </button>
            ) : null}
          </p>
          <Tables d={d} />
        </>
      ) : (
        <p className="kw-muted">The scheduler has not decided anything yet at this step.</p>
      )}
    </Panel>
  );
}
