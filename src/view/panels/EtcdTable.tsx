import { memo, useMemo } from 'react';
import type { EtcdRow } from '../../engine/types';
import { selectPreviousState, selectState, selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from './Panel';
import { useRowWindow } from './useRowWindow';
import { useT } from '../../store/lang';

/** An etcd row's height before one is measured (px): key and summary, one line each. */
const ROW_ESTIMATE = 38;

/** Keys written since the previously shown step (new, or a new mod_revision). */
export function changedKeys(rows: readonly EtcdRow[], before: readonly EtcdRow[] | undefined): Set<string> {
  if (!before) return new Set();
  const old = new Map(before.map((r) => [r.key, r.modRevision]));
  return new Set(rows.filter((r) => old.get(r.key) !== r.modRevision).map((r) => r.key));
}

/** A windowed table holds only some of its rows, one line each: its rows say where they sit, and the
 *  title shows a key cut short. A short table's rows are all there, and its keys wrap. */
const Row = memo(function Row(props: { row: EtcdRow; changed: boolean; rowIndex: number; windowed: boolean; changedLabel: string }) {
  const { row: r, changed, windowed } = props;
  return (
    <tr aria-rowindex={windowed ? props.rowIndex : undefined} data-changed={changed ? 'true' : undefined}>
      <td>
        <span className="kw-key" title={windowed ? r.key : undefined}>
          {changed ? <span className="kw-changed">{props.changedLabel} </span> : null}
          {r.key}
        </span>
        <span className="kw-summary">{r.summary}</span>
      </td>
      <td className="kw-num">
        {r.createRevision}/{r.modRevision}
      </td>
      <td className="kw-num">{r.version}</td>
    </tr>
  );
});

/** Stands in for rows outside the window, at their height; hidden from assistive technology. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr className="kw-spacer" aria-hidden="true">
      <td colSpan={3} style={{ height }} />
    </tr>
  );
}

/** What etcd holds after the step, with revisions; rows this step changed are marked. */
export const EtcdTable = memo(function EtcdTable() {
  const t = useT();
  const step = usePlayer(selectStep);
  const state = usePlayer(selectState);
  const previous = usePlayer(selectPreviousState);
  const rows = useMemo(() => state?.etcd ?? [], [state]);
  const changed = useMemo(() => changedKeys(rows, previous?.etcd), [rows, previous]);
  const firstChanged = useMemo(() => (changed.size === 0 ? -1 : rows.findIndex((r) => changed.has(r.key))), [rows, changed]);
  // A short table shows the changed row again at every step.
  const { list, ...win } = useRowWindow(rows.length, firstChanged, ROW_ESTIMATE, { selector: 'tr[data-changed]', at: step });

  const shown = [];
  for (let i = win.start; i < win.end; i++) {
    const r = rows[i] as EtcdRow;
    const isChanged = changed.has(r.key);
    // A changed row gets a new key per step, so its flash animation plays again.
    shown.push(<Row key={isChanged ? `${r.key}@${step?.index}` : r.key} row={r} changed={isChanged} rowIndex={i + 2} windowed={win.on} changedLabel={t('etcd.changed')} />);
  }
  return (
    <Panel title={t('panel.etcd')} className="kw-etcd">
      <p className="kw-muted kw-small">{t('etcd.revision', { revision: state?.revision ?? 0 })}</p>
      <table className={win.on ? 'kw-table kw-etcd-table kw-windowed' : 'kw-table kw-etcd-table'} aria-rowcount={win.on ? rows.length + 1 : undefined}>
        <thead>
          <tr aria-rowindex={win.on ? 1 : undefined}>
            <th scope="col">{t('etcd.keyColumn')}</th>
            <th scope="col">
              <abbr title={t('etcd.revTitle')}>{t('etcd.revColumn')}</abbr>
            </th>
            <th scope="col">
              <abbr title={t('etcd.verTitle')}>{t('etcd.verColumn')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody ref={list}>
          <Spacer height={win.before} />
          {shown}
          <Spacer height={win.after} />
        </tbody>
      </table>
    </Panel>
  );
});
