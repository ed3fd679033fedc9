// Admission for Pod creates, in AllOrderedPlugins order (reference B4). Only the plugins enabled
// in a kubeadm cluster that act on Pods are listed; the rest of the chain has nothing to do.
import type { JsonObject } from '../../types';
import type { EtcdState } from '../../core/state';
import { extend, isObject, str } from '../../core/json';
import { nameSuffix, type Rng } from '../../core/prng';
import type { UserInfo } from '../authn';
import { getEntry, keysWithPrefix } from '../../etcd/kv';
import { DEFAULT_ON, enabledPlugins, ORDERED_PLUGINS, SIMULATED_PLUGINS } from '../../config/admission';

export interface PluginResult {
  plugin: string;
  result: string;
}

export type AdmissionOutcome =
  | { ok: true; pod: JsonObject; plugins: PluginResult[] }
  | { ok: false; code: number; reason: string; message: string; plugin: string; plugins: PluginResult[] };

const SA_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

function apiAccessVolume(name: string): JsonObject {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

/** The plugins kubeadm's --enable-admission-plugins=NodeRestriction turns on, in code order. */
export const KUBEADM_PLUGINS: readonly string[] = enabledPlugins('NodeRestriction', undefined);

export function mutatePod(etcd: EtcdState, rng: Rng, namespace: string, input: JsonObject, user: UserInfo, enabled: readonly string[] = KUBEADM_PLUGINS): AdmissionOutcome {
  const plugins: PluginResult[] = [];
  const on = (p: string): boolean => enabled.includes(p);
  const ns = getEntry(etcd, `/registry/namespaces/${namespace}`)?.value;
  if (!on('NamespaceLifecycle')) {
    // Disabled: nothing checks the namespace, so a Pod can be written into one that does not exist.
  } else if (!ns) {
    plugins.push({ plugin: 'NamespaceLifecycle', result: `namespace ${namespace} does not exist: reject` });
    return { ok: false, code: 404, reason: 'NotFound', message: `namespaces "${namespace}" not found`, plugin: 'NamespaceLifecycle', plugins };
  }
  if (on('NamespaceLifecycle')) plugins.push({ plugin: 'NamespaceLifecycle', result: `namespace ${namespace} is Active` });
  const limitRanges = keysWithPrefix(etcd, `/registry/limitranges/${namespace}/`).length > 0;
  if (on('LimitRanger')) plugins.push({ plugin: 'LimitRanger', result: limitRanges ? 'LimitRange present' : `no LimitRange in ${namespace}: no change` });

  // A copy that gets keys added: extend() keeps hidden classes shared (see core/json.ts).
  const spec: JsonObject = isObject(input.spec) ? extend({}, input.spec) : {};
  // Mirror Pods get no service account (NodeRestriction would refuse one): the plugin skips them.
  if (on('ServiceAccount') && !isMirror(input)) {
    const sa = serviceAccount(etcd, rng, namespace, input, spec, plugins);
    if (sa) return sa;
  }
  if (user.groups.includes('system:nodes') && on('NodeRestriction')) plugins.push({ plugin: 'NodeRestriction', result: 'node may create only its own mirror pods' });
  if (on('AlwaysPullImages')) {
    spec.containers = (Array.isArray(spec.containers) ? spec.containers : []).map((c) => (isObject(c) ? { ...c, imagePullPolicy: 'Always' } : c));
    plugins.push({ plugin: 'AlwaysPullImages', result: 'imagePullPolicy: Always on every container' });
  }
  if (on('Priority')) priority(spec, plugins);
  if (on('DefaultTolerationSeconds')) tolerations(spec, plugins);
  // Plugins switched on beyond the defaults that kubewalk does not model are named, not hidden.
  for (const p of enabled) if (!SIMULATED_PLUGINS.includes(p) && !DEFAULT_ON.includes(p)) plugins.push({ plugin: p, result: 'enabled; not simulated by kubewalk' });
  if (on('MutatingAdmissionWebhook')) plugins.push({ plugin: 'MutatingAdmissionWebhook', result: 'no MutatingWebhookConfiguration: nothing to call' });
  if (on('AlwaysDeny')) {
    plugins.push({ plugin: 'AlwaysDeny', result: 'denies every write' });
    return { ok: false, code: 403, reason: 'Forbidden', message: `pods "${str(input, 'metadata.name') ?? ''}" is forbidden: admission control is denying all modifications`, plugin: 'AlwaysDeny', plugins: inCodeOrder(plugins) };
  }
  return { ok: true, pod: { ...input, spec }, plugins: inCodeOrder(plugins) };
}

const isMirror = (pod: JsonObject): boolean => isObject(pod.metadata) && isObject(pod.metadata.annotations) && 'kubernetes.io/config.mirror' in pod.metadata.annotations;

/** The chain's fixed order, whatever order the flag listed them in. */
export function inCodeOrder(plugins: PluginResult[]): PluginResult[] {
  return [...plugins].sort((a, b) => ORDERED_PLUGINS.indexOf(a.plugin) - ORDERED_PLUGINS.indexOf(b.plugin));
}

function serviceAccount(etcd: EtcdState, rng: Rng, namespace: string, input: JsonObject, spec: JsonObject, plugins: PluginResult[]): AdmissionOutcome | null {
  const saName = typeof spec.serviceAccountName === 'string' ? spec.serviceAccountName : 'default';
  if (!getEntry(etcd, `/registry/serviceaccounts/${namespace}/${saName}`)) {
    plugins.push({ plugin: 'ServiceAccount', result: `service account ${namespace}/${saName} not found: reject` });
    return { ok: false, code: 403, reason: 'Forbidden', message: `pods "${str(input, 'metadata.name') ?? ''}" is forbidden: error looking up service account ${namespace}/${saName}: serviceaccount "${saName}" not found`, plugin: 'ServiceAccount', plugins };
  }
  const volumeName = `kube-api-access-${nameSuffix(rng)}`;
  spec.serviceAccountName = saName;
  spec.serviceAccount = saName;
  spec.volumes = [...(Array.isArray(spec.volumes) ? spec.volumes : []), apiAccessVolume(volumeName)];
  spec.containers = (Array.isArray(spec.containers) ? spec.containers : []).map((c) =>
    isObject(c)
      ? extend(c, { volumeMounts: [...(Array.isArray(c.volumeMounts) ? c.volumeMounts : []), { name: volumeName, readOnly: true, mountPath: SA_MOUNT }] })
      : c,
  );
  plugins.push({ plugin: 'ServiceAccount', result: `serviceAccountName: ${saName}; projected volume ${volumeName} mounted at ${SA_MOUNT}` });
  return null;
}

function priority(spec: JsonObject, plugins: PluginResult[]): void {
  const priorityClass = typeof spec.priorityClassName === 'string' ? spec.priorityClassName : '';
  spec.priority = priorityClass === 'system-node-critical' ? 2000001000 : priorityClass === 'system-cluster-critical' ? 2000000000 : 0;
  spec.preemptionPolicy = 'PreemptLowerPriority';
  plugins.push({ plugin: 'Priority', result: `priority: ${String(spec.priority)} (${priorityClass || 'no default PriorityClass'}); preemptionPolicy: PreemptLowerPriority` });
}

function tolerations(spec: JsonObject, plugins: PluginResult[]): void {
  const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  const added = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']
    .filter((key) => !tolerations.some((t) => isObject(t) && (t.key === key || (t.operator === 'Exists' && t.key === undefined))))
    .map((key): JsonObject => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }));
  spec.tolerations = [...tolerations, ...added];
  plugins.push({ plugin: 'DefaultTolerationSeconds', result: added.length ? `added ${added.length} NoExecute tolerations (300s)` : 'tolerations already present' });
}
