// The validating half of admission for Pod creates, in AllOrderedPlugins order (reference B4):
// LimitRanger, ServiceAccount, Priority, PodSecurity, ValidatingAdmissionPolicy, the validating
// webhooks, and ResourceQuota last. The first rejection ends the request; nothing is stored.
import type { ClusterSpec, JsonObject } from '../../types';
import type { EtcdState } from '../../core/state';
import { isObject, str } from '../../core/json';
import { getEntry, keysWithPrefix } from '../../etcd/kv';
import { KUBEADM_PLUGINS, type AdmissionOutcome, type PluginResult } from './admission';
import { podSecurityViolations, type PodSecurityLevel } from './pod-security';
import { checkQuota } from './quota';

const LEVELS: PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];

function enforceLevel(etcd: EtcdState, namespace: string): PodSecurityLevel | null {
  const ns = getEntry(etcd, `/registry/namespaces/${namespace}`)?.value;
  const labels = ns && isObject(ns.metadata) && isObject(ns.metadata.labels) ? ns.metadata.labels : {};
  const v = labels['pod-security.kubernetes.io/enforce'];
  return LEVELS.find((l) => l === v) ?? null;
}

/** Webhooks registered for Pod creates in this namespace (a namespaceSelector on its name). */
function webhooksFor(etcd: EtcdState, cluster: ClusterSpec, namespace: string): { name: string; message: string; code: number }[] {
  return keysWithPrefix(etcd, '/registry/validatingwebhookconfigurations/').flatMap((key) => {
    const name = key.slice(key.lastIndexOf('/') + 1);
    const spec = (cluster.webhooks ?? []).find((w) => w.name === name);
    if (!spec || (spec.namespace && spec.namespace !== namespace)) return [];
    return [{ name, message: spec.message, code: Math.max(spec.code ?? 400, 400) }];
  });
}

export function validatePodAdmission(etcd: EtcdState, cluster: ClusterSpec, namespace: string, pod: JsonObject, enabled: readonly string[] = KUBEADM_PLUGINS): AdmissionOutcome {
  const name = str(pod, 'metadata.name') ?? '';
  const on = (p: string): boolean => enabled.includes(p);
  const plugins: PluginResult[] = [
    { plugin: 'LimitRanger', result: 'no limits to enforce' },
    { plugin: 'ServiceAccount', result: 'mounted service account is valid' },
    { plugin: 'Priority', result: 'priority matches its class' },
  ].filter((p) => on(p.plugin));
  const deny = (plugin: string, code: number, reason: string, message: string, result: string): AdmissionOutcome => {
    plugins.push({ plugin, result });
    return { ok: false, code, reason, message, plugin, plugins };
  };
  const level = on('PodSecurity') ? enforceLevel(etcd, namespace) : null;
  const violations = level ? podSecurityViolations(pod, level) : [];
  if (level && violations.length) {
    return deny('PodSecurity', 403, 'Forbidden', `pods "${name}" is forbidden: violates PodSecurity "${level}:latest": ${violations.join(', ')}`, `enforce=${level}: ${violations.length} violation(s)`);
  }
  if (on('PodSecurity')) plugins.push({ plugin: 'PodSecurity', result: level ? `enforce=${level}: allowed` : 'no enforce label on the namespace: cluster default "privileged:latest" allows it' });
  if (on('ValidatingAdmissionPolicy')) plugins.push({ plugin: 'ValidatingAdmissionPolicy', result: 'no ValidatingAdmissionPolicyBinding matches' });
  const hooks = on('ValidatingAdmissionWebhook') ? webhooksFor(etcd, cluster, namespace) : [];
  const hook = hooks[0];
  if (hook) {
    // admission webhook errors keep the webhook's code (at least 400) and carry no reason.
    return deny('ValidatingAdmissionWebhook', hook.code, '', `admission webhook "${hook.name}" denied the request: ${hook.message}`, `POST AdmissionReview to ${hook.name}: allowed=false`);
  }
  if (on('ValidatingAdmissionWebhook')) plugins.push({ plugin: 'ValidatingAdmissionWebhook', result: 'no ValidatingWebhookConfiguration: nothing to call' });
  if (!on('ResourceQuota')) return { ok: true, pod, plugins };
  const quota = checkQuota(etcd, namespace, name, pod);
  if (!quota.ok) return deny('ResourceQuota', 403, 'Forbidden', quota.message, quota.result);
  plugins.push({ plugin: 'ResourceQuota', result: quota.result });
  return { ok: true, pod, plugins };
}
