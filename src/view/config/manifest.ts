// The two ways the course note shows kube-apiserver's flags: kubeadm's static Pod manifest and a
// systemd unit running the same binary with the same flags.
import type { ApiServerFlag } from '../../engine/config/types';

export function manifestYaml(flags: ApiServerFlag[]): string {
  return [
    'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', '  namespace: kube-system', 'spec:', '  hostNetwork: true', '  containers:',
    '  - name: kube-apiserver', '    image: registry.k8s.io/kube-apiserver:v1.34.1', '    command:', '    - kube-apiserver',
    ...flags.map((f) => `    - --${f.name}=${f.value}`),
  ].join('\n');
}

export function systemdUnit(flags: ApiServerFlag[]): string {
  return [
    '[Unit]', 'Description=Kubernetes API Server', '', '[Service]', 'ExecStart=/usr/local/bin/kube-apiserver \\',
    ...flags.map((f, i) => `  --${f.name}=${f.value}${i < flags.length - 1 ? ' \\' : ''}`),
    'Restart=on-failure', '', '[Install]', 'WantedBy=multi-user.target',
  ].join('\n');
}
