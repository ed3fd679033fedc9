// The RBAC objects that matter to the default scenarios, as kubeadm and the API server's
// bootstrap policy create them.
import type { JsonObject } from '../types';
import { meta } from './objects';

export function clusterRole(name: string, uid: string, created: string, rules: JsonObject[]): JsonObject {
  return {
    kind: 'ClusterRole',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: { ...meta(name, uid, created), labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' } },
    rules,
  };
}

export function clusterRoleBinding(
  name: string,
  uid: string,
  created: string,
  role: string,
  subject: { kind: 'User' | 'Group'; name: string },
): JsonObject {
  return {
    kind: 'ClusterRoleBinding',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(name, uid, created),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: subject.kind, name: subject.name }],
  };
}

export const CLUSTER_ADMIN_RULES: JsonObject[] = [
  { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
  { nonResourceURLs: ['*'], verbs: ['*'] },
];

/** An excerpt of the bootstrap `system:kube-scheduler` role: what the default scenarios use. */
export const SCHEDULER_RULES: JsonObject[] = [
  { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] },
  { apiGroups: [''], resources: ['bindings', 'pods/binding'], verbs: ['create'] },
  { apiGroups: [''], resources: ['pods/status'], verbs: ['patch', 'update'] },
  { apiGroups: [''], resources: ['nodes', 'pods'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['pods'], verbs: ['delete'] },
];
