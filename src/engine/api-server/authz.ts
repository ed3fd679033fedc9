// WithAuthorization with kubeadm's modes: the system:masters privileged-group authorizer first,
// then Node, then RBAC. The first Allow decides; RBAC never denies, it only has no opinion.
import type { JsonObject } from '../types';
import type { EtcdState } from '../core/state';
import { list, str, text } from '../core/json';
import { getEntry, keysWithPrefix } from '../etcd/kv';
import type { UserInfo } from './authn';
import type { RequestInfo } from './request-info';

export interface AuthzDecision {
  allowed: boolean;
  authorizer: 'privileged-group' | 'Node' | 'RBAC' | 'none';
  reason: string;
}

export function attributes(user: UserInfo, info: RequestInfo): JsonObject {
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

function fullResource(info: RequestInfo): string {
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

function ruleAllows(rule: JsonObject, info: RequestInfo): boolean {
  const has = (field: string, value: string): boolean => {
    const v = rule[field];
    return Array.isArray(v) && (v.includes('*') || v.includes(value));
  };
  return has('apiGroups', info.apiGroup) && has('resources', fullResource(info)) && has('verbs', info.verb);
}

function rbac(etcd: EtcdState, user: UserInfo, info: RequestInfo): AuthzDecision | null {
  for (const key of keysWithPrefix(etcd, '/registry/clusterrolebindings/')) {
    const binding = getEntry(etcd, key)?.value;
    if (!binding) continue;
    const subject = list(binding, 'subjects').find(
      (s) => (s.kind === 'User' && s.name === user.name) || (s.kind === 'Group' && user.groups.includes(text(s.name))),
    );
    if (!subject) continue;
    const roleName = str(binding, 'roleRef.name') ?? '';
    const role = getEntry(etcd, `/registry/clusterroles/${roleName}`)?.value;
    if (!role || !list(role, 'rules').some((r) => ruleAllows(r, info))) continue;
    return {
      allowed: true,
      authorizer: 'RBAC',
      reason: `allowed by ClusterRoleBinding "${str(binding, 'metadata.name')}" of ClusterRole "${roleName}" to ${text(subject.kind)} "${text(subject.name)}"`,
    };
  }
  return null;
}

export function authorize(etcd: EtcdState, user: UserInfo, info: RequestInfo): AuthzDecision {
  if (user.groups.includes('system:masters')) {
    return { allowed: true, authorizer: 'privileged-group', reason: 'member of system:masters' };
  }
  if (user.groups.includes('system:nodes') && user.name.startsWith('system:node:')) {
    const rule = NODE_RULES.find(
      (r) => r.groups.includes(info.apiGroup) && r.resources.includes(fullResource(info)) && r.verbs.includes(info.verb),
    );
    if (rule) return { allowed: true, authorizer: 'Node', reason: `its built-in node rules let kubelets ${info.verb} ${fullResource(info)}` };
  }
  return rbac(etcd, user, info) ?? { allowed: false, authorizer: 'none', reason: 'no RBAC rule allows it' };
}

/** The 403 message kube-apiserver writes (responsewriters.forbiddenMessage). */
export function forbiddenMessage(user: UserInfo, info: RequestInfo): string {
  const res = fullResource(info);
  const what = info.name ? `${res} "${info.name}"` : res;
  const scope = info.namespace ? `in the namespace "${info.namespace}"` : 'at the cluster scope';
  return `${what} is forbidden: User "${user.name}" cannot ${info.verb} resource "${res}" in API group "${info.apiGroup}" ${scope}`;
}
