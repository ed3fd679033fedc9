// WithAuthorization with kubeadm's modes: the system:masters privileged-group authorizer first,
// then Node, then RBAC. The first Allow decides; RBAC never denies, it only has no opinion.
import type { JsonObject } from '../types';
import type { EtcdState } from '../core/state';
import { list, str, text } from '../core/json';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import type { UserInfo } from './authn';
import type { RequestInfo } from './request-info';
import { bootstrapPolicy } from './bootstrap-policy';

export interface AuthzDecision {
  allowed: boolean;
  authorizer: 'privileged-group' | 'Node' | 'RBAC' | 'AlwaysAllow' | 'AlwaysDeny' | 'none';
  reason: string;
}

/** --authorization-mode as kubeadm sets it. */
export const KUBEADM_MODES: readonly string[] = ['Node', 'RBAC'];

/** The request attributes authorization sees (a SubjectAccessReview's resourceAttributes). */
export type AuthzAttributes = Pick<RequestInfo, 'verb' | 'apiGroup' | 'resource' | 'subresource' | 'namespace' | 'name'>;

export function attributes(user: UserInfo, info: AuthzAttributes): JsonObject {
  return {
    user: user.name,
    groups: user.groups,
    verb: info.verb,
    apiGroup: info.apiGroup,
    resource: info.resource,
    subresource: info.subresource,
    namespace: info.namespace,
    name: info.name,
  };
}

function fullResource(info: AuthzAttributes): string {
  return info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
}

/** The bootstrap node rules (system:node), applied by the Node authorizer to kubelets. */
const NODE_RULES: { groups: string[]; resources: string[]; verbs: string[] }[] = [
  { groups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'create', 'delete'] },
  { groups: [''], resources: ['pods/status'], verbs: ['patch', 'update'] },
  { groups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] },
  { groups: [''], resources: ['nodes', 'nodes/status'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch'] },
  { groups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  { groups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update', 'patch'] },
];

function ruleAllows(rule: JsonObject, info: AuthzAttributes): boolean {
  const has = (field: string, value: string): boolean => {
    const v = rule[field];
    return Array.isArray(v) && (v.includes('*') || v.includes(value));
  };
  return has('apiGroups', info.apiGroup) && has('resources', fullResource(info)) && has('verbs', info.verb);
}

function subjectMatches(s: JsonObject, user: UserInfo): boolean {
  if (s.kind === 'User') return s.name === user.name;
  if (s.kind === 'Group') return user.groups.includes(text(s.name));
  return s.kind === 'ServiceAccount' && user.name === `system:serviceaccount:${text(s.namespace)}:${text(s.name)}`;
}

// RBAC's answer for the same user and attributes stays the same until a binding or role is
// written: kept per request shape while those three etcd buckets are the same objects.
const RBAC_BUCKETS = ['clusterrolebindings', 'rolebindings', 'clusterroles'] as const;
let seen: readonly unknown[] = [];
let decisions = new Map<string, AuthzDecision | null>();

function cachedRbac(etcd: EtcdState, user: UserInfo, info: AuthzAttributes): AuthzDecision | null {
  const buckets = RBAC_BUCKETS.map((b) => etcd.buckets[b]);
  if (buckets.some((b, i) => b !== seen[i])) {
    seen = buckets;
    decisions = new Map();
  }
  const k = [user.name, user.groups.join('\u0000'), info.verb, info.apiGroup, info.resource, info.subresource, info.namespace].join('\u0001');
  let decision = decisions.get(k);
  if (decision === undefined) {
    decision = rbac(etcd, user, info);
    if (decision) Object.freeze(decision);
    decisions.set(k, decision);
  }
  return decision;
}

/** ClusterRoleBindings apply everywhere; RoleBindings only in their own namespace. */
function rbac(etcd: EtcdState, user: UserInfo, info: AuthzAttributes): AuthzDecision | null {
  const prefixes = ['/registry/clusterrolebindings/', ...(info.namespace ? [`/registry/rolebindings/${info.namespace}/`] : [])];
  for (const prefix of prefixes) {
    for (const key of keysWithPrefix(etcd, prefix)) {
      const binding = getEntry(etcd, key)?.value;
      if (!binding) continue;
      const subject = list(binding, 'subjects').find((s) => subjectMatches(s, user));
      if (!subject) continue;
      const roleName = str(binding, 'roleRef.name') ?? '';
      const role = getEntry(etcd, `/registry/clusterroles/${roleName}`)?.value;
      if (!role || !list(role, 'rules').some((r) => ruleAllows(r, info))) continue;
      const kind = str(binding, 'kind') ?? 'ClusterRoleBinding';
      const where = kind === 'RoleBinding' ? ` in namespace "${info.namespace}"` : '';
      return {
        allowed: true,
        authorizer: 'RBAC',
        reason: `allowed by ${kind} "${str(binding, 'metadata.name')}" of ClusterRole "${roleName}" to ${text(subject.kind)} "${text(subject.name)}"${where}`,
      };
    }
  }
  return null;
}

function nodeRules(user: UserInfo, info: AuthzAttributes): AuthzDecision | null {
  if (!user.groups.includes('system:nodes') || !user.name.startsWith('system:node:')) return null;
  const rule = NODE_RULES.find(
    (r) => r.groups.includes(info.apiGroup) && r.resources.includes(fullResource(info)) && r.verbs.includes(info.verb),
  );
  return rule ? { allowed: true, authorizer: 'Node', reason: `its built-in node rules let kubelets ${info.verb} ${fullResource(info)}` } : null;
}

/** The union authorizer: privileged group first, then each mode in flag order; first decision wins. */
export function authorize(etcd: EtcdState, user: UserInfo, info: AuthzAttributes, modes: readonly string[] = KUBEADM_MODES): AuthzDecision {
  if (user.groups.includes('system:masters')) {
    return { allowed: true, authorizer: 'privileged-group', reason: 'member of system:masters' };
  }
  for (const mode of modes) {
    if (mode === 'AlwaysAllow') return { allowed: true, authorizer: 'AlwaysAllow', reason: 'AlwaysAllow allows every request' };
    if (mode === 'AlwaysDeny') return { allowed: false, authorizer: 'AlwaysDeny', reason: 'AlwaysDeny denies every request' };
    const decision = mode === 'Node' ? nodeRules(user, info) : mode === 'RBAC' ? (cachedRbac(etcd, user, info) ?? bootstrapPolicy(user, info)) : null;
    // ABAC and Webhook are not simulated: kubewalk has no policy file or webhook server, so they have no opinion.
    if (decision) return decision;
  }
  return { allowed: false, authorizer: 'none', reason: modes.includes('RBAC') ? 'no RBAC rule allows it' : `no authorizer (${modes.join(',')}) allows it` };
}

/** The 403 message kube-apiserver writes (responsewriters.forbiddenMessage). */
export function forbiddenMessage(user: UserInfo, info: AuthzAttributes): string {
  const res = fullResource(info);
  const what = info.name ? `${res} "${info.name}"` : res;
  const scope = info.namespace ? `in the namespace "${info.namespace}"` : 'at the cluster scope';
  return `${what} is forbidden: User "${user.name}" cannot ${info.verb} resource "${res}" in API group "${info.apiGroup}" ${scope}`;
}
