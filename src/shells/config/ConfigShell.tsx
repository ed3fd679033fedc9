import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Domain } from '../../store/domain';
import type { ApiServerOverrides } from '../../engine/types';
import { explore } from '../../store/configExplorer';
import { useUi } from '../../store/ui';
import { FlagRow } from '../../view/config/FlagRow';
import { StepDiffList } from '../../view/config/StepDiffList';
import { Removed } from '../../view/config/Removed';
import { manifestYaml, systemdUnit } from '../../view/config/manifest';
import '../../view/config/config.css';
import { localizeFlags, localizeScenario, useT } from '../../store/lang';

function initialScenario(): string {
  return new URLSearchParams(globalThis.location.search).get('scenario') ?? 'create-pod';
}

/** The configuration explorer (?mode=config): kube-apiserver's flags, live against a scenario. */
export function ConfigShell() {
  const [d, setD] = useState<Domain | null>(null);
  useEffect(() => {
    void import('../../store/domain').then((m) => setD(m.domain));
  }, []);
  const t = useT();
  return d ? <Explorer d={d} /> : <p className="kw-loading">{t('app.loading')}</p>;
}

function Explorer({ d }: { d: Domain }) {
  const t = useT();
  const setMode = useUi((s) => s.setMode);
  const [scenarioId, setScenarioId] = useState(() => (d.scenarios.some((s) => s.id === initialScenario()) ? initialScenario() : 'create-pod'));
  const [draft, setDraft] = useState<ApiServerOverrides>({});
  const [applied, setApplied] = useState<ApiServerOverrides>({});
  const [focused, setFocused] = useState<string | null>(null);
  const [view, setView] = useState<'manifest' | 'systemd'>('manifest');
  const result = useMemo(() => explore(d, scenarioId, applied), [d, scenarioId, applied]);
  const [errors, setErrors] = useState<{ flag: string; message: string }[]>([]);
  const flags = d.config.effectiveFlags({ ...(d.scenarios.find((s) => s.id === scenarioId)?.cluster.apiServer ?? {}), ...draft });
  const modelled = d.config.MODELLED_FLAGS;
  const rows = [...flags, ...Object.keys(modelled).filter((n) => !flags.some((f) => f.name === n)).map((name) => ({ name, value: '' }))];
  const onChange = useCallback((name: string, value: string) => setDraft((o) => ({ ...o, [name]: value === '' ? null : value })), []);
  const apply = () => {
    const r = d.config.resolveApiServer({ ...(d.scenarios.find((s) => s.id === scenarioId)?.cluster.apiServer ?? {}), ...draft });
    setErrors(r.ok ? [] : r.errors);
    if (r.ok) setApplied(draft);
  };
  const words = useMemo(() => localizeFlags(d.config.enFlags, d.config.enRemoved), [d]);
  const governed = focused ? (modelled[focused]?.steps ?? []) : [];
  return (
    <main className="kw-config" aria-labelledby="kw-config-title">
      <header className="kw-config-header">
        <h1 id="kw-config-title">{t('config.title')}</h1>
        <label>
          {t('config.scenario')}{' '}
          <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
            {d.scenarios.map((s) => <option key={s.id} value={s.id}>{localizeScenario(s).title}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => setMode('app')}>{t('config.back')}</button>
      </header>
      <div className="kw-config-body">
        <section aria-labelledby="kw-flags-title" className="kw-config-flags">
          <h2 id="kw-flags-title">{t('config.commandLine')}</h2>
          <ul>
            {rows.map((f) => (
              <FlagRow key={f.name} name={f.name} value={f.value} modelled={f.name in modelled} sentence={words.modelled[f.name]} governs={[modelled[f.name]?.stage, ...(modelled[f.name]?.steps ?? [])].filter(Boolean).join(', ')} edited={f.name in draft} onFocus={setFocused} onChange={onChange} />
            ))}
          </ul>
          <button type="button" onClick={apply}>{t('config.apply')}</button>{' '}
          <button type="button" onClick={() => { setDraft({}); setApplied({}); setErrors([]); }}>{t('config.reset')}</button>
          <div role="alert" className="kw-config-errors">
            {errors.length > 0 && (
              <>
                <p>{t('config.wouldNotStart')}</p>
                <ul>{errors.map((e, i) => <li key={i}><code>--{e.flag}</code>: {e.message}</li>)}</ul>
              </>
            )}
          </div>
          {focused && <p className="kw-config-focus" aria-live="polite"><code>--{focused}</code>: {words.modelled[focused] ?? t('config.notSimulatedLong')}</p>}
        </section>
        <div className="kw-config-side">
          {result.ok ? <StepDiffList rows={result.rows} governed={governed} /> : null}
          {result.ok && result.warnings.length > 0 && <p className="kw-config-warning">{t('config.logs', { warnings: result.warnings.join(' ') })}</p>}
          <section aria-labelledby="kw-file-title">
            <h2 id="kw-file-title">{view === 'manifest' ? '/etc/kubernetes/manifests/kube-apiserver.yaml' : 'kube-apiserver.service'}</h2>
            <button type="button" aria-pressed={view === 'systemd'} onClick={() => setView(view === 'manifest' ? 'systemd' : 'manifest')}>{t('config.showAs', { what: view === 'manifest' ? t('config.systemdUnit') : t('config.manifest') })}</button>
            <pre className="kw-config-file" tabIndex={0} role="group" aria-labelledby="kw-file-title">{view === 'manifest' ? manifestYaml(flags) : systemdUnit(flags)}</pre>
          </section>
          <Removed removed={words.removed} />
        </div>
      </div>
    </main>
  );
}
