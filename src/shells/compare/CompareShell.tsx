import { useEffect, useState } from 'react';
import { usePlayer } from '../../store/hooks';
import { selectLevel } from '../../store/selectors';
import { scenarioIds } from '../../store/traces';
import { useUi } from '../../store/ui';
import { langParam, useT } from '../../store/lang';
import { ComparePickers } from '../../view/compare/ComparePickers';
import { CompareSide } from '../../view/compare/CompareSide';
import { CompareTimeline } from '../../view/compare/CompareTimeline';
import { useCompare } from '../../view/compare/useCompare';
import { useRowKeys } from '../../view/compare/useRowKeys';
import '../../view/styles/compare.css';

function initialRight(left: string): string {
  const asked = new URLSearchParams(globalThis.location.search).get('with');
  const ids = scenarioIds();
  if (asked && ids.includes(asked)) return asked;
  return ids.find((id) => id !== left) ?? left;
}

/** Side by side: two scenarios stepped together, shared steps aligned, the divergence marked. */
export function CompareShell() {
  const t = useT();
  const level = usePlayer(selectLevel);
  const [left, setLeft] = useState(usePlayer((s) => s.playback.scenarioId));
  const [right, setRight] = useState(() => initialRight(left));
  const [row, setRow] = useState(0);
  const setMode = useUi((s) => s.setMode);
  const c = useCompare(left, right, level);
  useRowKeys(c.rows.length, setRow);

  useEffect(() => {
    const params = new URLSearchParams({ scenario: left, with: right, level, mode: 'compare' });
    globalThis.history.replaceState(globalThis.history.state, '', `${globalThis.location.pathname}?${params.toString()}${langParam()}`);
  }, [left, right, level]);

  const at = c.rows[Math.min(row, c.rows.length - 1)] ?? { left: null, right: null };
  const side = (which: 'left' | 'right') => {
    const index = at[which];
    const visible = which === 'left' ? c.leftVisible : c.rightVisible;
    const steps = which === 'left' ? c.left : c.right;
    return { step: index === null ? undefined : steps[index], number: index === null ? 0 : visible.indexOf(index) + 1, count: visible.length };
  };
  return (
    <div className="kw-compare">
      <header className="kw-compare-bar">
        <h1>{t('compare.title')}</h1>
        <ComparePickers
          left={left}
          right={right}
          onChange={(l, r) => {
            setLeft(l);
            setRight(r);
            setRow(0);
          }}
        />
        <button type="button" className="kw-btn kw-btn-small" onClick={() => setMode('app')}>
          {t('compare.exit')}
        </button>
      </header>
      <main className="kw-compare-main">
        <div className="kw-controls-row">
          <button type="button" className="kw-btn" aria-label={t('controls.previous')} onClick={() => setRow((r) => Math.max(r - 1, 0))}>
            ←
          </button>
          <button type="button" className="kw-btn" aria-label={t('controls.next')} onClick={() => setRow((r) => Math.min(r + 1, c.rows.length - 1))}>
            →
          </button>
          <span className="kw-count">{t('compare.row', { row: row + 1, count: c.rows.length })}</span>
        </div>
        <CompareSide side="Left" title={c.leftTitle} other={c.rightTitle} {...side('left')} />
        <CompareSide side="Right" title={c.rightTitle} other={c.leftTitle} {...side('right')} />
        <CompareTimeline rows={c.rows} left={c.left} right={c.right} leftTitle={c.leftTitle} rightTitle={c.rightTitle} current={row} divergence={c.divergence} onPick={setRow} />
      </main>
    </div>
  );
}
