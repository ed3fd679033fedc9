import { useId } from 'react';
import { useT } from '../../store/lang';
import { setUser, useSandbox } from '../../store/sandbox';
import { domain } from '../../store/traces';

/**
 * Which identity kubectl runs as; switching re-runs the session as that user. The first choice is
 * the starting cluster's own user (admin on the default cluster, so admin is not listed twice).
 */
export function UserSwitcher() {
  const t = useT();
  const user = useSandbox((s) => s.session.user ?? '');
  const from = useSandbox((s) => s.session.from);
  const id = useId();
  const d = domain();
  const base = d.defaultCluster();
  const presets = d.USER_PRESETS.filter((p) => from !== undefined || p !== 'admin' || user === 'admin');
  return (
    <div className="kw-field">
      <label htmlFor={id}>{t('sandbox.user')}</label>
      <select id={id} value={user} onChange={(e) => setUser(e.target.value || undefined)}>
        <option value="">{from ? t('sandbox.scenarioUser') : t('sandbox.admin')}</option>
        {presets.map((p) => (
          <option key={p} value={p}>
            {p} ({d.withUser(base, p).user.name})
          </option>
        ))}
      </select>
    </div>
  );
}
