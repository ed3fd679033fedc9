// Parts of the API server's bootstrap RBAC policy the model applies in code instead of storing:
// system:basic-user (every authenticated user may ask what it may do) and the controller roles
// kube-controller-manager's service accounts are bound to (system:controller:<name>).
import type { UserInfo } from './authn';
import type { AuthzAttributes, AuthzDecision } from './authz';

type Rule = [apiGroups: string[], resources: string[], verbs: string[]];

const CONTROLLER_ROLES: Record<string, Rule[]> = {
  'deployment-controller': [
    [['apps', 'extensions'], ['deployments'], ['get', 'list', 'update', 'watch']],
    [['apps', 'extensions'], ['deployments/status'], ['update']],
    [['apps', 'extensions'], ['replicasets'], ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']],
    [[''], ['pods'], ['get', 'list', 'update', 'watch']],
    [['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']],
  ],
  // system:controller:node-controller and taint-eviction-controller (bootstrap controller roles).
  'node-controller': [
    [[''], ['nodes'], ['delete', 'get', 'list', 'patch', 'update']],
    [[''], ['nodes/status'], ['patch', 'update']],
    [[''], ['pods/status'], ['patch', 'update']],
    [[''], ['pods'], ['delete', 'list']],
    [['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']],
  ],
  'taint-eviction-controller': [
    [[''], ['nodes'], ['get', 'list', 'watch']],
    [[''], ['pods'], ['delete', 'get', 'list', 'watch']],
    [[''], ['pods/status'], ['patch']],
    [['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']],
  ],
  'replicaset-controller': [
    [['apps', 'extensions'], ['replicasets'], ['get', 'list', 'update', 'watch']],
    [['apps', 'extensions'], ['replicasets/status'], ['update']],
    [[''], ['pods'], ['create', 'delete', 'list', 'patch', 'watch']],
    [['', 'events.k8s.io'], ['events'], ['create', 'patch', 'update']],
  ],
};

const PREFIX = 'system:serviceaccount:kube-system:';

export function bootstrapPolicy(user: UserInfo, info: AuthzAttributes): AuthzDecision | null {
  const resource = info.subresource ? `${info.resource}/${info.subresource}` : info.resource;
  const selfReview = info.apiGroup === 'authorization.k8s.io' && ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'].includes(info.resource);
  if (selfReview && info.verb === 'create' && user.groups.includes('system:authenticated')) {
    return { allowed: true, authorizer: 'RBAC', reason: 'allowed by ClusterRoleBinding "system:basic-user" of ClusterRole "system:basic-user" to Group "system:authenticated"' };
  }
  if (!user.name.startsWith(PREFIX)) return null;
  const controller = user.name.slice(PREFIX.length);
  const rules = CONTROLLER_ROLES[controller];
  if (!rules?.some(([g, r, v]) => g.includes(info.apiGroup) && r.includes(resource) && v.includes(info.verb))) return null;
  return { allowed: true, authorizer: 'RBAC', reason: `allowed by ClusterRoleBinding "system:controller:${controller}" of ClusterRole "system:controller:${controller}" to ServiceAccount "${controller}/kube-system"` };
}
