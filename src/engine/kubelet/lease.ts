// The kubelet's node Lease: renewed with a PUT to kube-apiserver about every 10 s (renewInterval,
// a quarter of leaseDurationSeconds 40). A silent node's kubelet sends nothing at all.
import type { JsonObject } from '../types';
import { send, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { obj } from '../core/json';
import { timestamp } from '../core/time';
import { getEntry } from '../etcd/kv';
import { withResourceVersion } from '../api-server/registry';
import { fromKubelet } from './identity';
import { lifecycle } from '../controllers/node-lifecycle-state';

/** kubelet's lease renew interval (nodeLeaseRenewIntervalFraction 0.25 × 40 s). */
export const LEASE_RENEW_MS = 10_000;

/** RFC 3339 with microseconds, as a MicroTime (renewTime) is written. */
export function microTime(clockMs: number): string {
  return timestamp(clockMs).replace('Z', `.${String(clockMs % 1000).padStart(3, '0')}000Z`);
}

export function renewLease(ctx: Ctx, node: string): void {
  const nl = lifecycle(ctx);
  if (!nl?.running || nl.silent.includes(node)) return;
  const key = `/registry/leases/kube-node-lease/${node}`;
  // The kubelet keeps the Lease its last write returned; only it writes this object, so that is
  // the stored one.
  const entry = getEntry(ctx.state.etcd, key);
  if (!entry) return;
  const lease = withResourceVersion(entry.value, entry.modRevision);
  const body: JsonObject = { ...lease, spec: { ...obj(lease, 'spec'), renewTime: microTime(ctx.state.clock) } };
  sendRequest(
    ctx,
    {
      ...fromKubelet(node, 'PUT', `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}`, 'application/vnd.kubernetes.protobuf', body),
      story: { request: 'deep', chain: 'deep', write: 'deep', response: 'deep' },
      purpose: { kind: 'lease', node },
    },
    { id: 'kubelet.lease', text: { key: 'kubelet.lease.renew', params: { node } } },
  );
  send(ctx, { type: 'kubelet.renewLease', node }, LEASE_RENEW_MS);
}
