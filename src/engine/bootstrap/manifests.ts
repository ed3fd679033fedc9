// The four static Pod manifests kubeadm writes to /etc/kubernetes/manifests on the control-plane
// node, reduced to what the walkthrough shows: image, command line and resource requests.
// kube-apiserver's command is the scenario's effective flags (kubeadm's unless overridden).
import type { ClusterSpec, NodeSpec } from '../types';
import { effectiveFlags } from '../config/resolve';
import { GIT_VERSION } from '../version';

export const MANIFEST_DIR = '/etc/kubernetes/manifests';

export interface StaticPodManifest {
  component: 'etcd' | 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler';
  file: string;
  image: string;
  command: string[];
  requests: { cpu: string; memory?: string };
}

export function staticPodManifests(cluster: ClusterSpec, node: NodeSpec): StaticPodManifest[] {
  const ip = node.internalIP;
  const pki = '/etc/kubernetes/pki';
  return [
    {
      component: 'etcd', file: 'etcd.yaml', image: 'registry.k8s.io/etcd:3.6.4-0', requests: { cpu: '100m', memory: '100Mi' },
      command: ['etcd', `--advertise-client-urls=https://${ip}:2379`, `--cert-file=${pki}/etcd/server.crt`, '--client-cert-auth=true', '--data-dir=/var/lib/etcd',
        `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node.name}=https://${ip}:2380`, `--key-file=${pki}/etcd/server.key`,
        `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, `--listen-peer-urls=https://${ip}:2380`, `--name=${node.name}`,
        `--peer-cert-file=${pki}/etcd/peer.crt`, '--peer-client-cert-auth=true', `--peer-key-file=${pki}/etcd/peer.key`, `--trusted-ca-file=${pki}/etcd/ca.crt`],
    },
    {
      component: 'kube-apiserver', file: 'kube-apiserver.yaml', image: `registry.k8s.io/kube-apiserver:${GIT_VERSION}`, requests: { cpu: '250m' },
      command: ['kube-apiserver', ...effectiveFlags(cluster.apiServer).map((f) => `--${f.name}=${f.value}`)],
    },
    {
      component: 'kube-controller-manager', file: 'kube-controller-manager.yaml', image: `registry.k8s.io/kube-controller-manager:${GIT_VERSION}`, requests: { cpu: '200m' },
      command: ['kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
        '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', `--client-ca-file=${pki}/ca.crt`,
        '--cluster-cidr=10.244.0.0/16', '--cluster-name=kubernetes', `--cluster-signing-cert-file=${pki}/ca.crt`, `--cluster-signing-key-file=${pki}/ca.key`,
        '--controllers=*,bootstrapsigner,tokencleaner', '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true',
        `--requestheader-client-ca-file=${pki}/front-proxy-ca.crt`, `--root-ca-file=${pki}/ca.crt`, `--service-account-private-key-file=${pki}/sa.key`,
        '--service-cluster-ip-range=10.96.0.0/12', '--use-service-account-credentials=true'],
    },
    {
      component: 'kube-scheduler', file: 'kube-scheduler.yaml', image: `registry.k8s.io/kube-scheduler:${GIT_VERSION}`, requests: { cpu: '100m' },
      command: ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
        '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'],
    },
  ];
}

/** `ps aux` on the node: the kubelet (a systemd service) and the processes it started. */
export function psAux(manifests: StaticPodManifest[]): string[] {
  const kubelet = '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock';
  const rows = [{ pid: 612, cmd: kubelet }, ...manifests.map((m, i) => ({ pid: 1041 + i * 73, cmd: m.command.join(' ') }))];
  return ['USER         PID COMMAND', ...rows.map((r) => `root     ${String(r.pid).padStart(7)} ${r.cmd}`)];
}
