import type { Step } from '../../catalog/types';
import type { AlignedRow } from '../../playback/align';
import { useT } from '../../store/lang';

function cell(steps: readonly Step[], index: number | null): string {
  return index === null ? '—' : (steps[index]?.title ?? '');
}

/** Both timelines row by row; a row only one story has is marked in words, not only colour. */
export function CompareTimeline(props: {
  rows: readonly AlignedRow[];
  left: readonly Step[];
  right: readonly Step[];
  leftTitle: string;
  rightTitle: string;
  current: number;
  divergence: number;
  onPick: (row: number) => void;
}) {
  const t = useT();
  const { rows, left, right, leftTitle, rightTitle, current, divergence, onPick } = props;
  return (
    <ol className="kw-compare-rows" aria-label={t('compare.timelines')}>
      {rows.map((r, i) => {
        const only = r.left === null ? t('compare.onlyIn', { title: rightTitle }) : r.right === null ? t('compare.onlyIn', { title: leftTitle }) : t('compare.inBoth');
        return (
          <li key={`${r.left}-${r.right}`} data-only={r.left === null || r.right === null ? true : undefined}>
            {i === divergence ? <p className="kw-compare-diverge">{t('compare.diverge')}</p> : null}
            <button type="button" className="kw-compare-row" aria-current={i === current ? 'step' : undefined} onClick={() => onPick(i)}>
              <span className="kw-step-num">{i + 1}</span>
              <span>{cell(left, r.left)}</span>
              <span>{cell(right, r.right)}</span>
              <span className="kw-compare-only">{only}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
