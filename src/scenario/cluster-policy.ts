// Validates the policy half of `cluster:`: RBAC bindings, namespace labels, quotas, webhooks,
// images that cannot be pulled and a saturated API Priority and Fairness.
import type { BindingSpec, ClusterSpec, JsonValue, QuotaSpec, WebhookSpec } from '../engine/types';
import { BUILTIN_ROLE_NAMES, isQuantity } from '../engine';
import type { Checker } from './checker';
import { closest } from './locate';
import { text } from '../engine/core/json';

const SUBJECT_KINDS = ['User', 'Group', 'ServiceAccount'] as const;
const QUOTA_RESOURCES = ['pods', 'requests.cpu', 'requests.memory', 'cpu', 'memory'] as const;

function list(c: Checker, path: (string | number)[], v: JsonValue, hint: string): JsonValue[] {
  if (Array.isArray(v)) return v;
  c.fail(path, 'expected a list', hint);
  return [];
}

function bindings(c: Checker, v: JsonValue): BindingSpec[] {
  return list(c, ['cluster', 'bindings'], v, 'list bindings as {name, namespace, clusterRole, subjects}').flatMap((b, i) => {
    const p = ['cluster', 'bindings', i];
    if (!c.object(p, b, ['name', 'namespace', 'clusterRole', 'subjects'])) return [];
    if (!c.string([...p, 'name'], b.name, 'name the binding, e.g. jane-edit')) return [];
    const role = text(b.clusterRole);
    if (!(BUILTIN_ROLE_NAMES as readonly string[]).includes(role)) {
      const guess = closest(role, BUILTIN_ROLE_NAMES);
      c.fail([...p, 'clusterRole'], `unknown ClusterRole "${role}"`, guess ? `did you mean "${guess}"?` : `use one of ${BUILTIN_ROLE_NAMES.join(', ')}`);
      return [];
    }
    const subjects = list(c, [...p, 'subjects'], b.subjects ?? null, 'list subjects as {kind, name}').flatMap((s, j) => {
      const sp = [...p, 'subjects', j];
      if (!c.object(sp, s, ['kind', 'name', 'namespace'])) return [];
      const kind = SUBJECT_KINDS.find((k) => k === s.kind);
      if (!kind) return c.fail([...sp, 'kind'], `unknown subject kind "${text(s.kind)}"`, `use one of ${SUBJECT_KINDS.join(', ')}`), [];
      if (!c.string([...sp, 'name'], s.name, 'the user, group or service account name')) return [];
      return [typeof s.namespace === 'string' ? { kind, name: s.name, namespace: s.namespace } : { kind, name: s.name }];
    });
    const out: BindingSpec = { name: b.name, clusterRole: role, subjects };
    if (typeof b.namespace === 'string') out.namespace = b.namespace;
    return [out];
  });
}

function quotas(c: Checker, v: JsonValue): QuotaSpec[] {
  return list(c, ['cluster', 'quotas'], v, 'list quotas as {name, namespace, hard}').flatMap((q, i) => {
    const p = ['cluster', 'quotas', i];
    if (!c.object(p, q, ['name', 'namespace', 'hard'])) return [];
    if (!c.string([...p, 'name'], q.name, 'name the quota, e.g. compute') || !c.string([...p, 'namespace'], q.namespace, 'the namespace it limits')) return [];
    if (!c.object([...p, 'hard'], q.hard, QUOTA_RESOURCES)) return [];
    const hard: Record<string, string> = {};
    for (const [k, raw] of Object.entries(q.hard)) {
      const value = text(raw);
      const kind = k.endsWith('cpu') ? 'cpu' : k.endsWith('memory') ? 'memory' : 'count';
      if (!isQuantity(kind, value)) c.fail([...p, 'hard', k], `"${value}" is not a ${kind} quantity`, kind === 'count' ? 'write a whole number, e.g. "2"' : 'write e.g. "1" or "512Mi"');
      else hard[k] = value;
    }
    return [{ name: q.name, namespace: q.namespace, hard }];
  });
}

function webhooks(c: Checker, v: JsonValue): WebhookSpec[] {
  return list(c, ['cluster', 'webhooks'], v, 'list webhooks as {name, message, namespace}').flatMap((w, i) => {
    const p = ['cluster', 'webhooks', i];
    if (!c.object(p, w, ['name', 'message', 'namespace', 'code'])) return [];
    if (!c.string([...p, 'name'], w.name, 'a webhook name is a DNS name, e.g. deny-latest.policy.example') || !c.string([...p, 'message'], w.message, 'what the webhook answers when it denies')) return [];
    const out: WebhookSpec = { name: w.name, message: w.message };
    if (typeof w.namespace === 'string') out.namespace = w.namespace;
    if (w.code !== undefined) {
      if (typeof w.code === 'number' && Number.isInteger(w.code)) out.code = w.code;
      else c.fail([...p, 'code'], 'expected an HTTP status code', 'e.g. 403');
    }
    return [out];
  });
}

function labels(c: Checker, v: JsonValue): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    c.fail(['cluster', 'namespaceLabels'], 'expected a mapping of namespace to labels', 'e.g. dev: {pod-security.kubernetes.io/enforce: restricted}');
    return out;
  }
  for (const [ns, l] of Object.entries(v)) {
    if (typeof l !== 'object' || l === null || Array.isArray(l)) {
      c.fail(['cluster', 'namespaceLabels', ns], 'expected a mapping of label to value', 'e.g. pod-security.kubernetes.io/enforce: restricted');
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
  if (v.unpullableImages !== undefined && c.stringList(['cluster', 'unpullableImages'], v.unpullableImages, 'list image names, e.g. [nginx:1.99]')) cluster.unpullableImages = v.unpullableImages;
  if (v.apfSaturated !== undefined) {
    if (typeof v.apfSaturated === 'boolean') cluster.apfSaturated = v.apfSaturated;
    else c.fail(['cluster', 'apfSaturated'], 'expected true or false', 'true makes every user request get 429');
  }
}
