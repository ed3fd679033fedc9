// Validates a scenario's optional `apiServer:` block: kube-apiserver flags changed from kubeadm's
// (`authorization-mode: AlwaysAllow`, `audit-log-path: …`, `enable-swagger-ui: null` removes one).
// Bad values fail with the real binary's message, on the flag's own line.
import type { ApiServerOverrides, JsonValue } from '../engine/types';
import { resolveApiServer } from '../engine/config/resolve';
import { REMOVED_FLAGS } from '../engine/config/flags';
import type { Checker } from './checker';
import { w } from '../catalog/said';

export function parseApiServer(c: Checker, v: JsonValue | undefined): ApiServerOverrides | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.fail(['apiServer'], w`expected a mapping of kube-apiserver flag to value`, w`write e.g. "authorization-mode: AlwaysAllow" under apiServer:, one flag per line, without the leading --`);
    return undefined;
  }
  const out: ApiServerOverrides = {};
  for (const [raw, value] of Object.entries(v)) {
    const name = raw.replace(/^--/, '');
    if (value === null) out[name] = null;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
    else c.fail(['apiServer', raw], w`expected a flag value, found ${Array.isArray(value) ? w`a list` : w`a mapping`}`, w`write the value as on the command line, e.g. Node,RBAC for a list`);
  }
  const r = resolveApiServer(out);
  if (!r.ok) {
    for (const e of r.errors) {
      const key = Object.keys(v).find((k) => k.replace(/^--/, '') === e.flag) ?? e.flag;
      const removed = REMOVED_FLAGS.includes(e.flag);
      c.fail(['apiServer', key], w`kube-apiserver would not start: ${e.message}`, removed ? w`--${e.flag} was removed from kube-apiserver; see the configuration explorer (?mode=config) for what replaced it` : w`use a value the real binary accepts`, removed);
    }
  }
  return out;
}
