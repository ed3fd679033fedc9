import type { KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { BUILTINS, runLine, useSandbox } from '../../store/sandbox';
import { complete, grammarFrom } from '../../store/sandboxComplete';
import { useT } from '../../store/lang';
import { domain } from '../../store/traces';

/** The engine's supported commands and flag help, read once: completion is derived from them. */
function useGrammar() {
  return useMemo(() => {
    const d = domain();
    return grammarFrom(d.SUPPORTED_COMMANDS, d.FLAG_HELP, BUILTINS);
  }, []);
}

/**
 * The sandbox console: type a kubectl command and press Enter. ↑/↓ walk the history, Tab completes
 * or lists the choices (and moves focus on as usual from an empty line, when there is nothing to
 * complete, or when the choices are already listed), Escape hides the choices.
 */
export function Console() {
  const t = useT();
  const log = useSandbox((s) => s.log);
  const history = useSandbox((s) => s.history);
  const names = useSandbox((s) => s.names);
  const grammar = useGrammar();
  const [line, setLine] = useState('');
  const [back, setBack] = useState<number | null>(null);
  const [options, setOptions] = useState<string[]>([]);
  const id = useId();
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = end.current;
    if (el && log.length > 0) el.scrollTop = el.scrollHeight;
  }, [log]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      const at = back === null ? history.length - 1 : Math.max(0, back - 1);
      setBack(at);
      setLine(history[at] ?? '');
    } else if (e.key === 'ArrowDown' && back !== null) {
      e.preventDefault();
      const at = back + 1;
      setBack(at < history.length ? at : null);
      setLine(at < history.length ? (history[at] ?? '') : '');
    } else if (e.key === 'Tab' && !e.shiftKey && line.trim() !== '') {
      const r = complete(line, grammar, names);
      // Nothing to add, or the same choices already shown: Tab moves focus on, as it does from an
      // empty line (a keyboard user must be able to leave the field forwards).
      if (r.line === line && (r.options.length === 0 || r.options.join(' ') === options.join(' '))) return;
      e.preventDefault();
      setLine(r.line);
      setOptions(r.options);
    } else if (e.key === 'Escape') {
      setOptions([]);
    }
  };

  return (
    <section className="kw-panel kw-sb-console" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="kw-panel-title">
        {t('sandbox.console')}
      </h2>
      <div ref={end} className="kw-sb-log" role="log" aria-label={t('sandbox.log')} tabIndex={0}>
        {log.length === 0 ? <p className="kw-muted">{t('sandbox.empty')}</p> : null}
        {log.map((entry, i) => (
          <pre key={i} className={`kw-sb-entry kw-sb-${entry.kind}`}>
            {entry.kind === 'command' ? `$ ${entry.text}` : entry.text}
          </pre>
        ))}
      </div>
      <form
        className="kw-sb-form"
        onSubmit={(e) => {
          e.preventDefault();
          runLine(line);
          setLine('');
          setBack(null);
          setOptions([]);
        }}
      >
        <label htmlFor={`${id}-input`}>{t('sandbox.input')}</label>
        <input
          id={`${id}-input`}
          className="kw-sb-input"
          value={line}
          onChange={(e) => {
            setLine(e.target.value);
            setOptions([]);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="kubectl get pods"
          aria-describedby={`${id}-choices`}
        />
        <button type="submit" className="kw-btn kw-btn-small">
          {t('sandbox.run')}
        </button>
      </form>
      <p id={`${id}-choices`} className="kw-sb-choices" role="status">
        {options.length > 0 ? t('sandbox.completions', { options: options.join('  ') }) : ''}
      </p>
    </section>
  );
}
