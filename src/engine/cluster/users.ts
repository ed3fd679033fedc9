// The identities a learner can switch between, and the RBAC each needs in a kubeadm cluster:
// the admin from admin.conf, a developer bound to one namespace, a service account, anonymous.
import type { BindingSpec, ClusterSpec, UserSpec } from '../types';

export const USER_PRESETS = ['admin', 'developer', 'service-account', 'anonymous', 'expired-token'] as const;
export type UserPreset = (typeof USER_PRESETS)[number];

interface Preset {
  user: UserSpec;
  namespace?: string;
  binding?: BindingSpec;
}

const PRESETS: Record<UserPreset, Preset> = {
  admin: { user: { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins'], credential: 'x509' } },
  developer: {
    user: { name: 'jane', groups: ['developers'], credential: 'x509' },
    namespace: 'dev',
    binding: { name: 'jane-edit', namespace: 'dev', clusterRole: 'edit', subjects: [{ kind: 'User', name: 'jane' }] },
  },
  'service-account': {
    user: { name: 'system:serviceaccount:default:ci-bot', groups: ['system:serviceaccounts', 'system:serviceaccounts:default'], credential: 'token' },
    binding: { name: 'ci-bot-view', namespace: 'default', clusterRole: 'view', subjects: [{ kind: 'ServiceAccount', name: 'ci-bot', namespace: 'default' }] },
  },
  anonymous: { user: { name: 'system:anonymous', groups: [], credential: 'none' } },
  'expired-token': { user: { name: 'jane', groups: ['developers'], credential: 'invalid-token' } },
};

export function isUserPreset(v: string): v is UserPreset {
  return (USER_PRESETS as readonly string[]).includes(v);
}

/**
 * The cluster with kubectl running as `preset`: the identity, plus the namespace and binding that
 * identity relies on (added once, so switching back and forth is stable).
 */
export function withUser(cluster: ClusterSpec, preset: UserPreset): ClusterSpec {
  const p = PRESETS[preset];
  const out: ClusterSpec = { ...cluster, user: { ...p.user, groups: [...p.user.groups] } };
  if (p.namespace && !out.namespaces.includes(p.namespace)) out.namespaces = [...out.namespaces, p.namespace];
  const binding = p.binding;
  if (binding && !(out.bindings ?? []).some((b) => b.name === binding.name && b.namespace === binding.namespace)) {
    out.bindings = [...(out.bindings ?? []), binding];
  }
  return out;
}
