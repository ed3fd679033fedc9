import type { ClusterSpec, NodeSpec } from '../types';
import { PAUSE_IMAGE } from '../version';

const KUBE_PROXY_IMAGE = 'registry.k8s.io/kube-proxy:v1.34.1';

function worker(name: string, ip: string, cidr: string): NodeSpec {
  return {
    name,
    role: 'worker',
    allocatable: { cpu: '2', memory: '3920Mi', pods: '110' },
    taints: [],
    unschedulable: false,
    images: [PAUSE_IMAGE, KUBE_PROXY_IMAGE],
    internalIP: ip,
    podCIDR: cidr,
  };
}

/**
 * A kubeadm-style cluster: one tainted control-plane node and two workers, the admin user from
 * admin.conf (CN kubernetes-admin, O kubeadm:cluster-admins since v1.29).
 */
export function defaultCluster(): ClusterSpec {
  return {
    nodes: [
      {
        name: 'control-plane',
        role: 'control-plane',
        allocatable: { cpu: '2', memory: '3920Mi', pods: '110' },
        taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
        unschedulable: false,
        images: [PAUSE_IMAGE, KUBE_PROXY_IMAGE],
        internalIP: '192.168.56.10',
        podCIDR: '10.244.0.0/24',
      },
      worker('node-1', '192.168.56.11', '10.244.1.0/24'),
      worker('node-2', '192.168.56.12', '10.244.2.0/24'),
    ],
    user: { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins'], credential: 'x509' },
    namespaces: ['default', 'kube-node-lease', 'kube-public', 'kube-system'],
  };
}
