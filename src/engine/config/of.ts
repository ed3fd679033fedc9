// The resolved configuration of a cluster's kube-apiserver, computed once per spec. Scenarios are
// validated at the boundary, so a bad configuration here is a programmer error.
import type { ClusterSpec } from '../types';
import type { ApiServerConfig } from './types';
import { resolveApiServer } from './resolve';

const cache = new WeakMap<ClusterSpec, ApiServerConfig>();

export function apiServerOf(cluster: ClusterSpec): ApiServerConfig {
  const hit = cache.get(cluster);
  if (hit) return hit;
  const r = resolveApiServer(cluster.apiServer);
  if (!r.ok) throw new Error(`invalid kube-apiserver flags: ${r.errors.map((e) => e.message).join('; ')}`);
  cache.set(cluster, r.config);
  return r.config;
}

/** True when the configuration is kubeadm's: every hook keeps today's behaviour then. */
export const isKubeadmDefault = (cluster: ClusterSpec): boolean => !cluster.apiServer || Object.keys(cluster.apiServer).length === 0;
