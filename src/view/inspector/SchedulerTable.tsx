import { Panel } from '../panels/Panel';
import { useDispatch, usePlayer } from '../../store/hooks';
import { useT } from '../../store/lang';
import { selectShownIndex, selectSteps } from '../../store/selectors';
import type { Decision, Verdict } from './scheduling';
import { latestDecision, verdictOf } from './scheduling';

function VerdictCell({ verdict }: { verdict: Verdict }) {
  const t = useT();
  switch (verdict.kind) {
    case 'passed':
      return <td data-verdict="passed">{t('scheduler.passed')}</td>;
    case 'failed':
      return (
        <td data-verdict="failed">
          {t('scheduler.failed')}<span className="kw-reason">{verdict.reason}</span>
        </td>
      );
    case 'not run':
      return (
        <td data-verdict="not run" className="kw-muted">
          {t('scheduler.notRun')}
        </td>
      );
  }
}

function Tables({ d }: { d: Decision }) {
  const t = useT();
  const { payload } = d;
  const feasible = payload.nodes.filter((n) => n.feasible);
  return (
    <>
      <table className="kw-table kw-decision">
        <caption>{t('scheduler.filterCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scheduler.node')}</th>
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
          <caption>{t('scheduler.scoreCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scheduler.node')}</th>
              {d.scorePlugins.map((p) => (
                <th key={p.plugin} scope="col">
                  {p.plugin} ×{p.weight}
                </th>
              ))}
              <th scope="col">{t('scheduler.total')}</th>
            </tr>
          </thead>
          <tbody>
            {feasible.map((n) => (
              <tr key={n.node} data-node={n.node} data-selected={n.node === payload.selected ? 'true' : undefined}>
                <th scope="row">
                  {n.node}
                  {n.node === payload.selected ? <span className="kw-chosen">{t('scheduler.chosen')}</span> : null}
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
  const t = useT();
  const d = latestDecision(steps, shown);
  return (
    <Panel title={t('scheduler.title')} className="kw-inspector-panel">
      {d ? (
        <>
          <p className="kw-decision-head">
            {t('scheduler.pod')} <code>{d.payload.pod}</code>:{' '}
            {d.payload.selected ? (
              <>
                <strong>{d.payload.selected}</strong> {t('scheduler.selected')}
                {d.payload.tied.length > 1 ? t('scheduler.tied', { others: d.payload.tied.filter((n) => n !== d.payload.selected).join(', ') }) : ''}
              </>
            ) : (
              <strong>{t('scheduler.noFit')}</strong>
            )}
            .{' '}
            {d.step.index !== shown ? (
              <button type="button" className="kw-btn kw-btn-small" onClick={() => dispatch({ type: 'goTo', index: d.step.index })}>
                {t('scheduler.goTo')}
              </button>
            ) : null}
          </p>
          <Tables d={d} />
        </>
      ) : (
        <p className="kw-muted">{t('scheduler.none')}</p>
      )}
    </Panel>
  );
}
