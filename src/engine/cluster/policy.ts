// What a scenario adds to the kubeadm cluster: RBAC bindings of the built-in ClusterRoles,
// ResourceQuotas and ValidatingWebhookConfigurations. Written after everything else, so
// scenarios without them keep their revisions.
import type { BindingSpec, ClusterSpec, JsonObject } from '../types';
import type { Rng } from '../core/prng';
import { uuid } from '../core/prng';
import { meta } from './objects';
import { clusterRole, CLUSTER_ADMIN_RULES } from './rbac';

const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
const READ = ['get', 'list', 'watch'];

/** Excerpts of the bootstrap aggregated roles: the rules the modelled resources hit. */
const BUILTIN_ROLES: Record<string, JsonObject[]> = {
  view: [
    { apiGroups: [''], resources: ['pods', 'pods/log', 'pods/status', 'configmaps', 'services', 'events', 'resourcequotas', 'serviceaccounts'], verbs: READ },
    { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets', 'replicasets/scale'], verbs: READ },
  ],
  edit: [
    { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'configmaps', 'secrets', 'services'], verbs: WRITE },
    { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets', 'replicasets/scale'], verbs: WRITE },
    { apiGroups: [''], resources: ['pods', 'pods/log', 'pods/status', 'configmaps', 'secrets', 'services', 'events', 'resourcequotas', 'serviceaccounts'], verbs: READ },
    { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets', 'replicasets/scale'], verbs: READ },
    { apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] },
  ],
};
BUILTIN_ROLES.admin = [...(BUILTIN_ROLES.edit ?? []), { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: [...WRITE, ...READ] }];

export const BUILTIN_ROLE_NAMES = ['admin', 'edit', 'view', 'cluster-admin'] as const;

function subject(s: BindingSpec['subjects'][number]): JsonObject {
  if (s.kind === 'ServiceAccount') return { kind: 'ServiceAccount', name: s.name, namespace: s.namespace ?? 'default' };
  return { apiGroup: 'rbac.authorization.k8s.io', kind: s.kind, name: s.name };
}

function binding(b: BindingSpec, uid: string, created: string): JsonObject {
  return {
    kind: b.namespace ? 'RoleBinding' : 'ClusterRoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(b.name, uid, created, b.namespace),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: b.clusterRole },
    subjects: b.subjects.map(subject),
  };
}

export function seedPolicy(cluster: ClusterSpec, put: (key: string, value: JsonObject) => void, rng: Rng, created: string): void {
  const bindings = cluster.bindings ?? [];
  const roles = [...new Set(bindings.map((b) => b.clusterRole))].filter((r) => r !== 'cluster-admin').sort();
  for (const role of roles) put(`/registry/clusterroles/${role}`, clusterRole(role, uuid(rng), created, BUILTIN_ROLES[role] ?? CLUSTER_ADMIN_RULES));
  for (const b of bindings) {
    const key = b.namespace ? `/registry/rolebindings/${b.namespace}/${b.name}` : `/registry/clusterrolebindings/${b.name}`;
    put(key, binding(b, uuid(rng), created));
  }
  for (const q of cluster.quotas ?? []) {
    put(`/registry/resourcequotas/${q.namespace}/${q.name}`, {
      kind: 'ResourceQuota',
      apiVersion: 'v1',
      metadata: meta(q.name, uuid(rng), created, q.namespace),
      spec: { hard: q.hard },
      status: { hard: q.hard },
    });
  }
  for (const w of cluster.webhooks ?? []) {
    const hook: JsonObject = {
      name: w.name,
      clientConfig: { service: { namespace: 'policy-system', name: 'policy-webhook', path: '/validate', port: 443 } },
      rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'], scope: '*' }],
      failurePolicy: 'Fail',
      sideEffects: 'None',
      admissionReviewVersions: ['v1'],
      timeoutSeconds: 10,
    };
    if (w.namespace) hook.namespaceSelector = { matchLabels: { 'kubernetes.io/metadata.name': w.namespace } };
    put(`/registry/validatingwebhookconfigurations/${w.name}`, {
      kind: 'ValidatingWebhookConfiguration',
      apiVersion: 'admissionregistration.k8s.io/v1',
      metadata: meta(w.name, uuid(rng), created),
      webhooks: [hook],
    });
  }
}
