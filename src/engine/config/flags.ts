// Which flags the engine models, and what each governs: the graph parts and step ids the
// explorer highlights. The words about each flag live in the catalog (src/catalog/en-config.ts).
import type { ApiServerStage, ComponentId } from '../types';

export interface FlagModel {
  /** Step ids whose behaviour the flag changes. */
  steps: string[];
  stage?: ApiServerStage;
  components: ComponentId[];
}

export const MODELLED_FLAGS: Record<string, FlagModel> = {
  'authorization-mode': { steps: ['apiserver.authz', 'apiserver.impersonation', 'apiserver.accessreview'], stage: 'authorization', components: ['kube-apiserver'] },
  'authorization-webhook-config-file': { steps: ['apiserver.authz'], stage: 'authorization', components: ['kube-apiserver'] },
  'enable-admission-plugins': { steps: ['apiserver.admission.mutating', 'apiserver.admission.validating'], stage: 'mutating-admission', components: ['kube-apiserver'] },
  'disable-admission-plugins': { steps: ['apiserver.admission.mutating', 'apiserver.admission.validating'], stage: 'mutating-admission', components: ['kube-apiserver'] },
  'anonymous-auth': { steps: ['apiserver.authn'], stage: 'authentication', components: ['kube-apiserver'] },
  'client-ca-file': { steps: ['apiserver.authn'], stage: 'authentication', components: ['kube-apiserver', 'kubectl'] },
  'audit-policy-file': { steps: ['apiserver.audit', 'apiserver.audit.event'], stage: 'audit', components: ['kube-apiserver'] },
  'audit-log-path': { steps: ['apiserver.audit', 'apiserver.audit.event'], stage: 'audit', components: ['kube-apiserver'] },
  'etcd-servers': { steps: ['etcd.txn', 'etcd.raft'], stage: 'storage', components: ['kube-apiserver', 'etcd'] },
  'secure-port': { steps: ['kubectl.request'], components: ['kubectl', 'kube-apiserver'] },
  'service-cluster-ip-range': { steps: ['bootstrap.apiserver.ready'], components: ['kube-apiserver'] },
  'kubelet-client-certificate': { steps: ['apiserver.connect', 'kubelet.serve'], stage: 'storage', components: ['kube-apiserver'] },
  'kubelet-client-key': { steps: ['apiserver.connect', 'kubelet.serve'], stage: 'storage', components: ['kube-apiserver'] },
  'event-ttl': { steps: ['etcd.txn'], stage: 'storage', components: ['etcd'] },
};

/** kubeadm's other flags: known and shown, but their effect is not simulated. */
export const KNOWN_UNMODELLED: readonly string[] = [
  'advertise-address', 'allow-privileged', 'enable-bootstrap-token-auth', 'etcd-cafile', 'etcd-certfile', 'etcd-keyfile',
  'kubelet-preferred-address-types', 'proxy-client-cert-file', 'proxy-client-key-file', 'requestheader-allowed-names',
  'requestheader-client-ca-file', 'requestheader-extra-headers-prefix', 'requestheader-group-headers',
  'requestheader-username-headers', 'service-account-issuer', 'service-account-key-file', 'service-account-signing-key-file',
  'tls-cert-file', 'tls-private-key-file',
];

/** Flags from older course notes that today's binary no longer has: it refuses to start with them. */
export const REMOVED_FLAGS: readonly string[] = ['insecure-port', 'insecure-bind-address', 'experimental-encryption-provider-config', 'enable-swagger-ui', 'admission-control'];
