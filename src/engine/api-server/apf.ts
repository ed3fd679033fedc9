// API Priority and Fairness: classify the request with the bootstrap FlowSchemas, in matching
// precedence order, into a priority level (reference B1 step 10).
import type { UserInfo } from './authn';
import type { RequestInfo } from './request-info';

export interface Classification {
  flowSchema: string;
  priorityLevel: string;
}

export function classify(user: UserInfo, info: RequestInfo): Classification {
  // No local closure: every request classifies, and a closure per call is an allocation (and
  // under tsx a defineProperty of its name).
  const groups = user.groups;
  if (groups.includes('system:masters')) return { flowSchema: 'exempt', priorityLevel: 'exempt' };
  if (groups.includes('system:nodes')) {
    const nodeHigh =
      info.resource === 'nodes' || (info.resource === 'leases' && info.namespace === 'kube-node-lease');
    return nodeHigh
      ? { flowSchema: 'system-node-high', priorityLevel: 'node-high' }
      : { flowSchema: 'system-nodes', priorityLevel: 'system' };
  }
  if (user.name === 'system:kube-controller-manager') return { flowSchema: 'kube-controller-manager', priorityLevel: 'workload-high' };
  if (user.name === 'system:kube-scheduler') return { flowSchema: 'kube-scheduler', priorityLevel: 'workload-high' };
  if (user.name.startsWith('system:serviceaccount:kube-system:')) return { flowSchema: 'kube-system-service-accounts', priorityLevel: 'workload-high' };
  if (groups.includes('system:serviceaccounts')) return { flowSchema: 'service-accounts', priorityLevel: 'workload-low' };
  if (groups.includes('system:authenticated') || groups.includes('system:unauthenticated')) return { flowSchema: 'global-default', priorityLevel: 'global-default' };
  return { flowSchema: 'catch-all', priorityLevel: 'catch-all' };
}
