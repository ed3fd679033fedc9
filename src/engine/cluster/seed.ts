// Builds the cluster as it stands before the scenario: etcd written at revisions 1..N, the
// informers' caches filled by their initial LIST and the long-lived watches open. None of this
// becomes a step.
import type { ClusterSpec, JsonObject } from '../types';
import type { EngineState, EtcdState, KubeletState, RuntimeState, SchedulerState, WatchRegistration } from '../core/state';
import { uuid, nameSuffix, type Rng } from '../core/prng';
import { timestamp } from '../core/time';
import { str } from '../core/json';
import { leaseObject, namespaceObject, nodeObject, runningPod } from './objects';
import { clusterRole, clusterRoleBinding, CLUSTER_ADMIN_RULES, SCHEDULER_RULES } from './rbac';
import { namespacedObject } from './namespaced';
import { seedPolicy } from './policy';
import { SCHEDULER_POD_SELECTOR } from '../scheduler/selector';
import { compareAndPut, EMPTY_ETCD } from '../etcd/kv';
import { seededLifecycle } from '../controllers/node-lifecycle-state';
import { emptyPMap, pmapEntries, pmapSet, type PMap } from '../core/pmap';
import { withPod } from '../scheduler/cache';
import { withKubeletPod } from '../kubelet/pods';

const MINUTE = 60_000;

const STATIC_PODS: { component: string; cpu: string; memory?: string; image: string }[] = [
  { component: 'etcd', cpu: '100m', memory: '100Mi', image: 'registry.k8s.io/etcd:3.6.4-0' },
  { component: 'kube-apiserver', cpu: '250m', image: 'registry.k8s.io/kube-apiserver:v1.34.1' },
  { component: 'kube-controller-manager', cpu: '200m', image: 'registry.k8s.io/kube-controller-manager:v1.34.1' },
  { component: 'kube-scheduler', cpu: '100m', image: 'registry.k8s.io/kube-scheduler:v1.34.1' },
];

export function hostNumberOf(cidr: string | undefined): string {
  return (cidr ?? '10.244.0.0/24').replace(/\.0\/\d+$/, '');
}

export function seedState(cluster: ClusterSpec, rng: Rng): EngineState {
  let etcd: EtcdState = EMPTY_ETCD;
  const put = (key: string, value: JsonObject): void => {
    etcd = compareAndPut(etcd, key, 0, value).etcd;
  };
  const created = timestamp(-15 * MINUTE);
  const cp = cluster.nodes.find((n) => n.role === 'control-plane');

  for (const ns of cluster.namespaces) put(`/registry/namespaces/${ns}`, namespaceObject(ns, uuid(rng), created, cluster.namespaceLabels?.[ns]));
  put('/registry/clusterroles/cluster-admin', clusterRole('cluster-admin', uuid(rng), created, CLUSTER_ADMIN_RULES));
  put('/registry/clusterroles/system:kube-scheduler', clusterRole('system:kube-scheduler', uuid(rng), created, SCHEDULER_RULES));
  put('/registry/clusterrolebindings/kubeadm:cluster-admins', clusterRoleBinding('kubeadm:cluster-admins', uuid(rng), created, 'cluster-admin', { kind: 'Group', name: 'kubeadm:cluster-admins' }));
  put('/registry/clusterrolebindings/system:kube-scheduler', clusterRoleBinding('system:kube-scheduler', uuid(rng), created, 'system:kube-scheduler', { kind: 'User', name: 'system:kube-scheduler' }));

  cluster.nodes.forEach((node, i) => {
    const joined = timestamp((-15 + (node.role === 'control-plane' ? 0 : 2 + i)) * MINUTE);
    put(`/registry/minions/${node.name}`, nodeObject(node, uuid(rng), joined, timestamp(-MINUTE)));
    put(`/registry/leases/kube-node-lease/${node.name}`, leaseObject(node.name, uuid(rng), joined, timestamp(-5_000)));
  });
  for (const ns of cluster.namespaces) {
    put(`/registry/serviceaccounts/${ns}/default`, namespacedObject('ServiceAccount', 'default', ns, uuid(rng), created));
    put(`/registry/configmaps/${ns}/kube-root-ca.crt`, namespacedObject('ConfigMap', 'kube-root-ca.crt', ns, uuid(rng), created));
  }

  seedPolicy(cluster, put, rng, created);

  let runtimes: PMap<RuntimeState> = emptyPMap();
  let kubelets: PMap<KubeletState> = emptyPMap();
  let pods: PMap<JsonObject> = emptyPMap();
  const addPod = (pod: JsonObject): void => {
    const key = `${str(pod, 'metadata.namespace')}/${str(pod, 'metadata.name')}`;
    put(`/registry/pods/${key}`, pod);
    pods = pmapSet(pods, key, pod);
    const node = str(pod, 'spec.nodeName') ?? '';
    kubelets = withKubeletPod(kubelets, node, { key, uid: str(pod, 'metadata.uid') ?? '', stage: 'running', pod, container: 1, containerIds: [], imageRefs: [] });
  };
  if (cp) {
    for (const s of STATIC_PODS) {
      const requests: JsonObject = { cpu: s.cpu };
      if (s.memory) requests.memory = s.memory;
      addPod(runningPod({ name: `${s.component}-${cp.name}`, namespace: 'kube-system', uid: uuid(rng), created, node: cp.name, hostIP: cp.internalIP, podIP: cp.internalIP, image: s.image, container: s.component, requests, mirror: true }));
    }
  }
  for (const node of cluster.nodes) {
    addPod(runningPod({ name: `kube-proxy-${nameSuffix(rng)}`, namespace: 'kube-system', uid: uuid(rng), created, node: node.name, hostIP: node.internalIP, podIP: node.internalIP, image: 'registry.k8s.io/kube-proxy:v1.34.1', container: 'kube-proxy', mirror: false }));
    runtimes = pmapSet(runtimes, node.name, { images: [...node.images], sandboxes: 0, nextIp: 2 });
  }

  let schedulerCache: SchedulerState = { activeQ: [], assumed: emptyPMap(), nodes: {}, pods: emptyPMap(), totals: emptyPMap() };
  for (const [key, pod] of pmapEntries(pods)) schedulerCache = withPod(schedulerCache, key, pod, null);

  const watches: WatchRegistration[] = [
    { watcher: 'kube-scheduler', resource: 'pods', prefix: '/registry/pods/', fieldSelector: SCHEDULER_POD_SELECTOR },
    { watcher: 'kube-scheduler', resource: 'nodes', prefix: '/registry/minions/' },
    { watcher: 'kube-controller-manager', resource: 'pods', prefix: '/registry/pods/' },
    { watcher: 'kube-controller-manager', resource: 'deployments', prefix: '/registry/deployments/' },
    { watcher: 'kube-controller-manager', resource: 'replicasets', prefix: '/registry/replicasets/' },
    // The node lifecycle and taint-eviction controllers' informers (see node-lifecycle-state.ts).
    ...(cluster.leaseStops?.length
      ? [
          { watcher: 'kube-controller-manager', resource: 'nodes', prefix: '/registry/minions/' } as const,
          { watcher: 'kube-controller-manager', resource: 'leases', prefix: '/registry/leases/kube-node-lease/' } as const,
        ]
      : []),
    ...cluster.nodes.map((n): WatchRegistration => ({
      watcher: `kubelet/${n.name}`,
      resource: 'pods',
      prefix: '/registry/pods/',
      fieldSelector: `spec.nodeName=${n.name}`,
    })),
  ];

  return {
    clock: 0,
    rng: 0,
    exchanges: 0,
    etcd: { ...etcd, lastKey: null },
    watches,
    scheduler: schedulerCache,
    kubelets,
    runtimes,
    controllers: { deployments: {}, replicasets: {}, podsByOwner: {}, expectations: {}, slowStart: {}, pending: {}, pods: emptyPMap(), deletions: {} },
    kubectlOutput: [],
    ...(cluster.leaseStops?.length ? { nodeLifecycle: seededLifecycle(etcd, pods) } : {}),
  };
}
