// The Pod the kubelet builds from a static manifest: named <component>-<node>, bound to the node,
// host network, system-node-critical, tolerating every NoExecute taint, and annotated with its
// source and hash (the mirror Pod carries the hash as kubernetes.io/config.mirror).
import type { ClusterSpec, JsonObject, NodeSpec } from '../types';
import type { StaticPodManifest } from './manifests';

/** A stable hash of the manifest, as the kubelet derives the static Pod's UID from its content. */
function manifestHash(m: StaticPodManifest, node: string): string {
  let h = 2166136261;
  for (const ch of `${node}\n${m.image}\n${m.command.join(' ')}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0').repeat(4);
}

export function staticPod(_cluster: ClusterSpec, node: NodeSpec, m: StaticPodManifest, started: string): JsonObject {
  const hash = manifestHash(m, node.name);
  const requests: JsonObject = { cpu: m.requests.cpu };
  if (m.requests.memory) requests.memory = m.requests.memory;
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      name: `${m.component}-${node.name}`,
      namespace: 'kube-system',
      uid: hash,
      labels: { component: m.component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.hash': hash, 'kubernetes.io/config.mirror': hash, 'kubernetes.io/config.source': 'file' },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.name, uid: '', controller: true }],
    },
    spec: {
      containers: [{ name: m.component, image: m.image, command: m.command, resources: { requests }, imagePullPolicy: 'IfNotPresent' }],
      nodeName: node.name,
      hostNetwork: true,
      priorityClassName: 'system-node-critical',
      priority: 2000001000,
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
    },
    status: { phase: 'Running', hostIP: node.internalIP, podIP: node.internalIP, startTime: started },
  };
}
