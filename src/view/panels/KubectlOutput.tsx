import { useEffect, useRef } from 'react';
import { selectStep } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from './Panel';

/** The user's terminal: the commands typed so far and what kubectl has printed. */
export function KubectlOutput() {
  const step = usePlayer(selectStep);
  const commands = usePlayer((s) => s.scenario.commands);
  const lines = step?.state.kubectlOutput ?? [];
  const typed = step ? commands.slice(0, step.command + 1) : [];
  const end = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const el = end.current;
    // Reading scrollHeight forces a layout: only when there is output to follow.
    if (el && lines.length > 0) el.scrollTop = el.scrollHeight;
  }, [lines.length, typed.length]);
  return (
    <Panel title="kubectl output" className="kw-kubectl" focusableBody={false}>
      <pre ref={end} className="kw-terminal" tabIndex={0}>
        {typed.map((c, i) => (
          <span key={i} className="kw-prompt">
            $ {c}
            {'\n'}
          </span>
        ))}
        {lines.join('\n')}
      </pre>
    </Panel>
  );
}
