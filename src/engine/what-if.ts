// "What if?" branches: a change to the cluster (or identity) that sends a request down another
// path at a given step. The view offers the ones anchored at the step being shown and re-runs
// simulate() with `apply(cluster)`; the main path is the unchanged scenario.
import type { ClusterSpec } from './types';
import { withUser } from './cluster/users';

export interface WhatIf {
  id: string;
  /** The step id where the branch shows (the first step of that id in the trace). */
  at: string;
  apply: (cluster: ClusterSpec) => ClusterSpec;
}

const allNamespaces = (c: ClusterSpec): string[] => c.namespaces.filter((n) => !n.startsWith('kube-'));

export const WHAT_IFS: readonly WhatIf[] = [
  { id: 'expired-token', at: 'apiserver.authn', apply: (c) => withUser(c, 'expired-token') },
  { id: 'anonymous', at: 'apiserver.authn', apply: (c) => withUser(c, 'anonymous') },
  { id: 'developer', at: 'apiserver.authz', apply: (c) => withUser(c, 'developer') },
  { id: 'apf-saturated', at: 'apiserver.apf', apply: (c) => ({ ...c, apfSaturated: true }) },
  {
    id: 'pod-security-restricted',
    at: 'apiserver.admission.validating',
    apply: (c) => ({ ...c, namespaceLabels: { ...c.namespaceLabels, ...Object.fromEntries(allNamespaces(c).map((n) => [n, { 'pod-security.kubernetes.io/enforce': 'restricted' }])) } }),
  },
  {
    id: 'quota-full',
    at: 'apiserver.admission.validating',
    apply: (c) => ({ ...c, quotas: [...(c.quotas ?? []), ...allNamespaces(c).map((n) => ({ name: 'no-more-pods', namespace: n, hard: { pods: '0' } }))] }),
  },
  {
    id: 'nodes-cordoned',
    at: 'scheduler.filter',
    apply: (c) => ({ ...c, nodes: c.nodes.map((n) => (n.role === 'worker' ? { ...n, unschedulable: true } : n)) }),
  },
  {
    id: 'nodes-small',
    at: 'scheduler.filter',
    apply: (c) => ({ ...c, nodes: c.nodes.map((n) => (n.role === 'worker' ? { ...n, allocatable: { ...n.allocatable, pods: '1' } } : n)) }),
  },
];

/** Makes every image the scenario uses unpullable: the branch at the kubelet's PullImage. */
export function imageMissing(images: string[]): WhatIf {
  return { id: 'image-missing', at: 'kubelet.cri.PullImage', apply: (c) => ({ ...c, unpullableImages: [...(c.unpullableImages ?? []), ...images] }) };
}
