// Validates the policy half of `cluster:`: RBAC bindings, namespace labels, quotas, webhooks,
// images that cannot be pulled and a saturated API Priority and Fairness.
import type { BindingSpec, ClusterSpec, JsonValue, QuotaSpec, WebhookSpec } from '../engine/types';
import { BUILTIN_ROLE_NAMES, isQuantity } from '../engine';
import type { Checker } from './checker';
import { closest } from './locate';
import { text } from '../engine/core/json';
import { w, type Said } from '../catalog/said';

const SUBJECT_KINDS = ['User', 'Group', 'ServiceAccount'] as const;
const QUOTA_RESOURCES = ['pods', 'requests.cpu', 'requests.memory', 'cpu', 'memory'] as const;

function list(c: Checker, path: (string | number)[], v: JsonValue, hint: Said): JsonValue[] {
  if (Array.isArray(v)) return v;
  c.fail(path, w`expected a list`, hint);
  return [];
}

function bindings(c: Checker, v: JsonValue): BindingSpec[] {
  return list(c, ['cluster', 'bindings'], v, w`list bindings as {name, namespace, clusterRole, subjects}`).flatMap((b, i) => {
    const p = ['cluster', 'bindings', i];
    if (!c.object(p, b, ['name', 'namespace', 'clusterRole', 'subjects'])) return [];
    if (!c.string([...p, 'name'], b.name, w`name the binding, e.g. jane-edit`)) return [];
    const role = text(b.clusterRole);
    if (!(BUILTIN_ROLE_NAMES as readonly string[]).includes(role)) {
      const guess = closest(role, BUILTIN_ROLE_NAMES);
      c.fail([...p, 'clusterRole'], w`unknown ClusterRole "${role}"`, guess ? w`did you mean "${guess}"?` : w`use one of ${BUILTIN_ROLE_NAMES.join(', ')}`);
      return [];
    }
    const subjects = list(c, [...p, 'subjects'], b.subjects ?? null, w`list subjects as {kind, name}`).flatMap((s, j) => {
      const sp = [...p, 'subjects', j];
      if (!c.object(sp, s, ['kind', 'name', 'namespace'])) return [];
      const kind = SUBJECT_KINDS.find((k) => k === s.kind);
      if (!kind) return c.fail([...sp, 'kind'], w`unknown subject kind "${text(s.kind)}"`, w`use one of ${SUBJECT_KINDS.join(', ')}`), [];
      if (!c.string([...sp, 'name'], s.name, w`the user, group or service account name`)) return [];
      return [typeof s.namespace === 'string' ? { kind, name: s.name, namespace: s.namespace } : { kind, name: s.name }];
    });
    const out: BindingSpec = { name: b.name, clusterRole: role, subjects };
    if (typeof b.namespace === 'string') out.namespace = b.namespace;
    return [out];
  });
}

function quotas(c: Checker, v: JsonValue): QuotaSpec[] {
  return list(c, ['cluster', 'quotas'], v, w`list quotas as {name, namespace, hard}`).flatMap((q, i) => {
    const p = ['cluster', 'quotas', i];
    if (!c.object(p, q, ['name', 'namespace', 'hard'])) return [];
    if (!c.string([...p, 'name'], q.name, w`name the quota, e.g. compute`) || !c.string([...p, 'namespace'], q.namespace, w`the namespace it limits`)) return [];
    if (!c.object([...p, 'hard'], q.hard, QUOTA_RESOURCES)) return [];
    const hard: Record<string, string> = {};
    for (const [k, raw] of Object.entries(q.hard)) {
      const value = text(raw);
      const kind = k.endsWith('cpu') ? 'cpu' : k.endsWith('memory') ? 'memory' : 'count';
      if (!isQuantity(kind, value)) c.fail([...p, 'hard', k], w`"${value}" is not a ${kind} quantity`, kind === 'count' ? w`write a whole number, e.g. "2"` : w`write e.g. "1" or "512Mi"`);
      else hard[k] = value;
    }
    return [{ name: q.name, namespace: q.namespace, hard }];
  });
}

function webhooks(c: Checker, v: JsonValue): WebhookSpec[] {
  return list(c, ['cluster', 'webhooks'], v, w`list webhooks as {name, message, namespace}`).flatMap((hook, i) => {
    const p = ['cluster', 'webhooks', i];
    if (!c.object(p, hook, ['name', 'message', 'namespace', 'code'])) return [];
    if (!c.string([...p, 'name'], hook.name, w`a webhook name is a DNS name, e.g. deny-latest.policy.example`) || !c.string([...p, 'message'], hook.message, w`what the webhook answers when it denies`)) return [];
    const out: WebhookSpec = { name: hook.name, message: hook.message };
    if (typeof hook.namespace === 'string') out.namespace = hook.namespace;
    if (hook.code !== undefined) {
      if (typeof hook.code === 'number' && Number.isInteger(hook.code)) out.code = hook.code;
      else c.fail([...p, 'code'], w`expected an HTTP status code`, w`e.g. 403`);
    }
    return [out];
  });
}

function labels(c: Checker, v: JsonValue): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.fail(['cluster', 'namespaceLabels'], w`expected a mapping of namespace to labels`, 'e.g. dev: {pod-security.kubernetes.io/enforce: restricted}');
    return out;
  }
  for (const [ns, l] of Object.entries(v)) {
    if (typeof l !== 'object' || l === null || Array.isArray(l)) {
      c.fail(['cluster', 'namespaceLabels', ns], w`expected a mapping of label to value`, 'e.g. pod-security.kubernetes.io/enforce: restricted');
      continue;
    }
    out[ns] = Object.fromEntries(Object.entries(l).map(([k, val]) => [k, text(val)]));
  }
  return out;
}

export const POLICY_FIELDS = ['bindings', 'namespaceLabels', 'quotas', 'webhooks', 'unpullableImages', 'apfSaturated'] as const;

export function parsePolicy(c: Checker, v: { [k: string]: JsonValue }, cluster: ClusterSpec): void {
  if (v.bindings !== undefined) cluster.bindings = [...(cluster.bindings ?? []), ...bindings(c, v.bindings)];
  if (v.namespaceLabels !== undefined) cluster.namespaceLabels = labels(c, v.namespaceLabels);
  if (v.quotas !== undefined) cluster.quotas = quotas(c, v.quotas);
  if (v.webhooks !== undefined) cluster.webhooks = webhooks(c, v.webhooks);
  if (v.unpullableImages !== undefined && c.stringList(['cluster', 'unpullableImages'], v.unpullableImages, w`list image names, e.g. [nginx:1.99]`)) cluster.unpullableImages = v.unpullableImages;
  if (v.apfSaturated !== undefined) {
    if (typeof v.apfSaturated === 'boolean') cluster.apfSaturated = v.apfSaturated;
    else c.fail(['cluster', 'apfSaturated'], w`expected true or false`, w`true makes every user request get 429`);
  }
}
