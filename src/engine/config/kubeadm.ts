// The command kubeadm writes into /etc/kubernetes/manifests/kube-apiserver.yaml
// (cmd/kubeadm/app/phases/controlplane/manifests.go, getAPIServerCommand), for the default
// cluster's control-plane node. The engine's default configuration is exactly this.
import type { ApiServerFlag } from './types';

export const KUBEADM_APISERVER_FLAGS: readonly ApiServerFlag[] = [
  { name: 'advertise-address', value: '192.168.56.10' },
  { name: 'allow-privileged', value: 'true' },
  { name: 'authorization-mode', value: 'Node,RBAC' },
  { name: 'client-ca-file', value: '/etc/kubernetes/pki/ca.crt' },
  { name: 'enable-admission-plugins', value: 'NodeRestriction' },
  { name: 'enable-bootstrap-token-auth', value: 'true' },
  { name: 'etcd-cafile', value: '/etc/kubernetes/pki/etcd/ca.crt' },
  { name: 'etcd-certfile', value: '/etc/kubernetes/pki/apiserver-etcd-client.crt' },
  { name: 'etcd-keyfile', value: '/etc/kubernetes/pki/apiserver-etcd-client.key' },
  { name: 'etcd-servers', value: 'https://127.0.0.1:2379' },
  { name: 'kubelet-client-certificate', value: '/etc/kubernetes/pki/apiserver-kubelet-client.crt' },
  { name: 'kubelet-client-key', value: '/etc/kubernetes/pki/apiserver-kubelet-client.key' },
  { name: 'kubelet-preferred-address-types', value: 'InternalIP,ExternalIP,Hostname' },
  { name: 'proxy-client-cert-file', value: '/etc/kubernetes/pki/front-proxy-client.crt' },
  { name: 'proxy-client-key-file', value: '/etc/kubernetes/pki/front-proxy-client.key' },
  { name: 'requestheader-allowed-names', value: 'front-proxy-client' },
  { name: 'requestheader-client-ca-file', value: '/etc/kubernetes/pki/front-proxy-ca.crt' },
  { name: 'requestheader-extra-headers-prefix', value: 'X-Remote-Extra-' },
  { name: 'requestheader-group-headers', value: 'X-Remote-Group' },
  { name: 'requestheader-username-headers', value: 'X-Remote-User' },
  { name: 'secure-port', value: '6443' },
  { name: 'service-account-issuer', value: 'https://kubernetes.default.svc.cluster.local' },
  { name: 'service-account-key-file', value: '/etc/kubernetes/pki/sa.pub' },
  { name: 'service-account-signing-key-file', value: '/etc/kubernetes/pki/sa.key' },
  { name: 'service-cluster-ip-range', value: '10.96.0.0/12' },
  { name: 'tls-cert-file', value: '/etc/kubernetes/pki/apiserver.crt' },
  { name: 'tls-private-key-file', value: '/etc/kubernetes/pki/apiserver.key' },
];

/** The binary's own defaults for the modelled flags kubeadm leaves out. */
export const BINARY_DEFAULTS = {
  authorizationMode: 'AlwaysAllow',
  anonymousAuth: true,
  securePort: 6443,
  eventTtl: '1h0m0s',
} as const;
