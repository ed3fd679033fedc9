// Builders for the objects a kubeadm cluster already holds before the scenario starts.
import type { JsonObject, NodeSpec } from '../types';
import { CONTAINERD_VERSION, GIT_VERSION } from '../version';

export function meta(name: string, uid: string, created: string, namespace?: string): JsonObject {
  const m: JsonObject = { name };
  if (namespace !== undefined) m.namespace = namespace;
  m.uid = uid;
  m.creationTimestamp = created;
  return m;
}

export function namespaceObject(name: string, uid: string, created: string, labels: Record<string, string> = {}): JsonObject {
  return {
    kind: 'Namespace',
    apiVersion: 'v1',
    metadata: { ...meta(name, uid, created), labels: { ...labels, 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export function nodeObject(spec: NodeSpec, uid: string, created: string, heartbeat: string): JsonObject {
  const labels: JsonObject = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': spec.name,
    'kubernetes.io/os': 'linux',
  };
  if (spec.role === 'control-plane') {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const nodeSpec: JsonObject = {};
  if (spec.podCIDR) {
    nodeSpec.podCIDR = spec.podCIDR;
    nodeSpec.podCIDRs = [spec.podCIDR];
  }
  if (spec.taints.length > 0) nodeSpec.taints = spec.taints.map((t) => ({ ...t }));
  if (spec.unschedulable) nodeSpec.unschedulable = true;
  const resources: JsonObject = { ...spec.allocatable };
  const condition = (type: string, status: string, reason: string, message: string): JsonObject => ({
    type,
    status,
    lastHeartbeatTime: heartbeat,
    lastTransitionTime: created,
    reason,
    message,
  });
  return {
    kind: 'Node',
    apiVersion: 'v1',
    metadata: {
      ...meta(spec.name, uid, created),
      labels,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: nodeSpec,
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: spec.internalIP },
        { type: 'Hostname', address: spec.name },
      ],
      nodeInfo: {
        architecture: 'amd64',
        containerRuntimeVersion: CONTAINERD_VERSION,
        kernelVersion: '6.8.0-79-generic',
        kubeProxyVersion: '',
        kubeletVersion: GIT_VERSION,
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.3 LTS',
      },
      images: spec.images.map((name) => ({ names: [name] })),
    },
  };
}

export function leaseObject(node: string, uid: string, created: string, renewed: string): JsonObject {
  return {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    metadata: meta(node, uid, created, 'kube-node-lease'),
    spec: { holderIdentity: node, leaseDurationSeconds: 40, renewTime: renewed.replace('Z', '.000000Z') },
  };
}

/** A pod that is already running when the scenario starts (static mirror pods, kube-proxy). */
export function runningPod(p: {
  name: string;
  namespace: string;
  uid: string;
  created: string;
  node: string;
  hostIP: string;
  podIP: string;
  image: string;
  container: string;
  requests?: JsonObject;
  mirror: boolean;
}): JsonObject {
  const condition = (type: string): JsonObject => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: p.created });
  const metadata: JsonObject = meta(p.name, p.uid, p.created, p.namespace);
  if (p.mirror) metadata.annotations = { 'kubernetes.io/config.mirror': p.uid, 'kubernetes.io/config.source': 'file' };
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata,
    spec: {
      containers: [{ name: p.container, image: p.image, resources: p.requests ? { requests: p.requests } : {} }],
      nodeName: p.node,
      hostNetwork: p.mirror || p.name.startsWith('kube-proxy'),
      priorityClassName: 'system-node-critical',
      priority: 2000001000,
      schedulerName: 'default-scheduler',
      tolerations: [{ operator: 'Exists' }],
    },
    status: {
      phase: 'Running',
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map(condition),
      hostIP: p.hostIP,
      podIP: p.podIP,
      startTime: p.created,
      containerStatuses: [
        { name: p.container, ready: true, restartCount: 0, started: true, image: p.image, state: { running: { startedAt: p.created } } },
      ],
      qosClass: p.requests ? 'Burstable' : 'BestEffort',
    },
  };
}
