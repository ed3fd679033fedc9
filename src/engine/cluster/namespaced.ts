import type { JsonObject } from '../types';
import { meta } from './objects';

/** A small namespaced object (ServiceAccount, ConfigMap) as kube-controller-manager creates it. */
export function namespacedObject(kind: 'ServiceAccount' | 'ConfigMap', name: string, ns: string, uid: string, created: string): JsonObject {
  const base: JsonObject = { kind, apiVersion: 'v1', metadata: meta(name, uid, created, ns) };
  if (kind === 'ConfigMap') {
    base.metadata = { ...meta(name, uid, created, ns), annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } };
    base.data = { 'ca.crt': '-----BEGIN CERTIFICATE-----\n(cluster CA, elided)\n-----END CERTIFICATE-----\n' };
  }
  return base;
}
