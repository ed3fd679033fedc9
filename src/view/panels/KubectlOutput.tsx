import { useEffect, useRef } from 'react';
import { selectShownIndex, selectSteps } from '../../store/selectors';
import { usePlayer } from '../../store/hooks';
import { Panel } from './Panel';
import { terminalAt } from './terminal';
import { useT } from '../../store/lang';

/** The user's terminal: the commands typed so far, each followed by what kubectl printed. */
export function KubectlOutput() {
  const t = useT();
  const steps = usePlayer(selectSteps);
  const shown = usePlayer(selectShownIndex);
  const commands = usePlayer((s) => s.scenario.commands);
  const entries = terminalAt(steps, commands, shown);
  const lineCount = entries.reduce((n, e) => n + e.lines.length, 0);
  const end = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const el = end.current;
    // Reading scrollHeight forces a layout: only when there is output to follow.
    if (el && lineCount > 0) el.scrollTop = el.scrollHeight;
  }, [lineCount, entries.length]);
  return (
    <Panel title={t('panel.kubectl')} className="kw-kubectl" focusableBody={false}>
      <pre ref={end} className="kw-terminal" tabIndex={0} role="group" aria-label={t('panel.kubectl')}>
        {entries.map((e, i) => (
          <span key={i}>
            <span className="kw-prompt">$ {e.command}</span>
            {e.lines.map((line) => `\n${line}`).join('')}
            {i < entries.length - 1 ? '\n' : ''}
          </span>
        ))}
      </pre>
    </Panel>
  );
}
