import type { DiffRow } from '../../store/configDiff';
import { useT } from '../../store/lang';

interface Props {
  rows: DiffRow[];
  /** Step ids the focused flag governs: highlighted. */
  governed: readonly string[];
}

const LABEL = { same: null, added: 'config.added', removed: 'config.removedMark', changed: 'config.changed' } as const;

/** The scenario's steps after the re-run, each marked added, removed or changed against kubeadm's flags. */
export function StepDiffList({ rows, governed }: Props) {
  const t = useT();
  const changed = rows.filter((r) => r.mark !== 'same').length;
  return (
    <section aria-labelledby="kw-diff-title" className="kw-config-diff">
      <h2 id="kw-diff-title">{t('config.steps', { count: changed })}</h2>
      {/* Focusable: the list scrolls, and keyboard users must be able to scroll it (axe). */}
      <ol tabIndex={0} aria-labelledby="kw-diff-title">
        {rows.map((r, i) => (
          <li key={i} className={`kw-diff-${r.mark}${governed.includes(r.step.id) ? ' kw-diff-governed' : ''}`} data-mark={r.mark} data-step-id={r.step.id}>
            {r.mark !== 'same' && <strong className="kw-diff-mark">{t(LABEL[r.mark])}: </strong>}
            <span>{r.step.title}</span>
            {r.mark === 'changed' && r.before && <span className="kw-diff-before">{t('config.was', { title: r.before.title })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
