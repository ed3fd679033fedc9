import { useEffect, useRef } from 'react';
import type { EtcdRow } from '../../engine/types';
import { scrollIntoBox } from './scrollIntoBox';
import { selectPreviousState, selectState, selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from './Panel';
import { useT } from '../../store/lang';

/** Keys written since the previously shown step (new, or a new mod_revision). */
export function changedKeys(rows: readonly EtcdRow[], before: readonly EtcdRow[] | undefined): Set<string> {
  if (!before) return new Set();
  const old = new Map(before.map((r) => [r.key, r.modRevision]));
  return new Set(rows.filter((r) => old.get(r.key) !== r.modRevision).map((r) => r.key));
}

/** What etcd holds after the step, with revisions; rows this step changed are marked. */
export function EtcdTable() {
  const t = useT();
  const step = usePlayer(selectStep);
  const state = usePlayer(selectState);
  const previous = usePlayer(selectPreviousState);
  const rows = state?.etcd ?? [];
  const changed = changedKeys(rows, previous?.etcd);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const row = table.current?.querySelector<HTMLElement>('tr[data-changed]');
    if (row) scrollIntoBox(row);
  }, [step]);
  return (
    <Panel title={t('panel.etcd')} className="kw-etcd">
      <p className="kw-muted kw-small">{t('etcd.revision', { revision: state?.revision ?? 0 })}</p>
      <table ref={table} className="kw-table kw-etcd-table">
        <thead>
          <tr>
            <th scope="col">{t('etcd.keyColumn')}</th>
            <th scope="col">
              <abbr title={t('etcd.revTitle')}>{t('etcd.revColumn')}</abbr>
            </th>
            <th scope="col">
              <abbr title={t('etcd.verTitle')}>{t('etcd.verColumn')}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isChanged = changed.has(r.key);
            return (
              <tr key={isChanged ? `${r.key}@${step?.index}` : r.key} data-changed={isChanged ? 'true' : undefined}>
                <td>
                  <span className="kw-key">
                    {isChanged ? <span className="kw-changed">{t('etcd.changed')} </span> : null}
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
          })}
        </tbody>
      </table>
    </Panel>
  );
}
