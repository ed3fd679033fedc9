import type { DiffRow } from '../../store/configDiff';

interface Props {
  rows: DiffRow[];
  /** Step ids the focused flag governs: highlighted. */
  governed: readonly string[];
}

const LABEL = { same: '', added: 'added', removed: 'removed', changed: 'changed' } as const;

/** The scenario's steps after the re-run, each marked added, removed or changed against kubeadm's flags. */
export function StepDiffList({ rows, governed }: Props) {
  const changed = rows.filter((r) => r.mark !== 'same').length;
  return (
    <section aria-labelledby="kw-diff-title" className="kw-config-diff">
      <h2 id="kw-diff-title">Steps ({changed} changed against kubeadm&apos;s flags)</h2>
      <ol>
        {rows.map((r, i) => (
          <li key={i} className={`kw-diff-${r.mark}${governed.includes(r.step.id) ? ' kw-diff-governed' : ''}`} data-mark={r.mark} data-step-id={r.step.id}>
            {r.mark !== 'same' && <strong className="kw-diff-mark">{LABEL[r.mark]}: </strong>}
            <span>{r.step.title}</span>
            {r.mark === 'changed' && r.before && <span className="kw-diff-before"> (was: {r.before.title})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
