// How the control plane starts (reference B8, C13): the kubelet on the control-plane node reads
// the static Pod manifests and runs etcd and kube-apiserver with no API server or scheduler;
// once the API server answers it registers a mirror Pod for each, then reports their status.
import type { JsonObject, NodeSpec } from '../types';
import type { EngineState } from '../core/state';
import type { HttpResponse } from '../core/messages';
import { nextMessage, record, update, type Ctx } from '../core/ctx';
import { dispatch } from '../core/dispatch';
import { sendRequest } from '../core/http';
import { str } from '../core/json';
import { timestamp } from '../core/time';
import { emptyPMap, pmapEntries } from '../core/pmap';
import { kubeletPod, setKubeletPod } from '../kubelet/pods';
import { EMPTY_ETCD, compareAndPut } from '../etcd/kv';
import { fromKubelet } from '../kubelet/identity';
import { statusPatch } from '../kubelet/status';
import { apiServerOf } from '../config/of';
import { firstServiceIP } from '../config/cidr';
import { MANIFEST_DIR, psAux, staticPodManifests, type StaticPodManifest } from './manifests';
import { staticPod } from './static-pod';
import { nodeSpec } from '../core/node-spec';

const STORY = { request: 'overview', chain: 'deep', write: 'standard', response: 'deep' } as const;

/** etcd as kube-apiserver and the kubelet leave it on first start: everything but the Pods. */
function withoutPods(etcd: EngineState['etcd']): EngineState['etcd'] {
  let out = EMPTY_ETCD;
  for (const [name, bucket] of Object.entries(etcd.buckets)) {
    if (name === 'pods') continue;
    for (const [key, entry] of pmapEntries(bucket.entries)) out = compareAndPut(out, key, 0, entry.value, entry.leaseTtl).etcd;
  }
  return { ...out, lastKey: null };
}

function startStep(ctx: Ctx, node: NodeSpec, m: StaticPodManifest, at: number): void {
  update(ctx, { clock: at });
  const pod = staticPod(ctx.cluster, node, m, timestamp(at));
  const key = `kube-system/${str(pod, 'metadata.name') ?? ''}`;
  setKubeletPod(ctx, node.name, { key, uid: str(pod, 'metadata.uid') ?? '', stage: 'running', pod, container: 1, containerIds: [], imageRefs: [m.image], podIP: node.internalIP, startedAt: timestamp(at) });
  const summary = m.command.slice(0, 3).join(' ') + (m.command.length > 3 ? ' …' : '');
  record(ctx, { id: 'bootstrap.kubelet.start', level: m.component === 'etcd' || m.component === 'kube-apiserver' ? 'overview' : 'standard', actor: `kubelet/${node.name}`, from: `kubelet/${node.name}`, to: `containerd/${node.name}`, text: { key: 'bootstrap.kubelet.start', params: { component: m.component, pod: key, ip: node.internalIP, summary } }, detail: { manifest: `${MANIFEST_DIR}/${m.file}`, image: m.image, command: m.command, hostNetwork: true, cri: ['RunPodSandbox', 'PullImage (if absent)', 'CreateContainer', 'StartContainer'] } });
}

export function startControlPlane(ctx: Ctx): void {
  const node = ctx.cluster.nodes.find((n) => n.role === 'control-plane');
  if (!node) throw new Error('start: control-plane needs a node with role control-plane');
  const manifests = staticPodManifests(ctx.cluster, node);
  const config = apiServerOf(ctx.cluster);
  // Nothing is running yet: no etcd data to show, no watches, no Pods anywhere.
  const etcd = withoutPods(ctx.state.etcd);
  const watches = ctx.state.watches;
  update(ctx, { etcd: EMPTY_ETCD, watches: [], kubelets: emptyPMap(), scheduler: { activeQ: [], assumed: emptyPMap(), nodes: {}, pods: emptyPMap(), totals: emptyPMap() } });
  record(ctx, { id: 'bootstrap.kubelet.manifests', level: 'overview', actor: `kubelet/${node.name}`, from: `kubelet/${node.name}`, to: `kubelet/${node.name}`, text: { key: 'bootstrap.kubelet.manifests', params: { node: node.name, dir: MANIFEST_DIR, count: manifests.length, files: manifests.map((m) => m.file).join(', ') } }, detail: { staticPodPath: MANIFEST_DIR, files: manifests.map((m) => `${MANIFEST_DIR}/${m.file}`), kubelet: 'systemd unit kubelet.service; config /var/lib/kubelet/config.yaml' } });
  const [etcdM, apiM, kcmM, schedM] = manifests as [StaticPodManifest, StaticPodManifest, StaticPodManifest, StaticPodManifest];
  startStep(ctx, node, etcdM, 500);
  update(ctx, { clock: 2000 });
  record(ctx, { id: 'bootstrap.etcd.ready', level: 'standard', actor: 'etcd', from: 'etcd', to: 'etcd', text: { key: 'bootstrap.etcd.ready', params: { url: `https://${node.internalIP}:2379` } }, detail: { command: etcdM.command } });
  startStep(ctx, node, apiM, 2500);
  update(ctx, { clock: 6000, etcd, watches });
  record(ctx, { id: 'bootstrap.apiserver.ready', level: 'overview', actor: 'kube-apiserver', from: 'kube-apiserver', to: 'etcd', text: { key: 'bootstrap.apiserver.ready', params: { port: config.securePort, etcd: config.etcdServers.join(','), clusterIP: firstServiceIP(config.serviceClusterIpRange) } }, detail: { listen: `https://${node.internalIP}:${config.securePort}`, etcdServers: config.etcdServers, kubernetesService: { namespace: 'default', name: 'kubernetes', clusterIP: firstServiceIP(config.serviceClusterIpRange) }, written: 'namespaces default, kube-system, kube-public, kube-node-lease; bootstrap ClusterRoles and bindings; the Node and its Lease (the kubelet registers them) — shown together', warnings: config.warnings, notSimulated: config.notSimulated } });
  startStep(ctx, node, kcmM, 6500);
  startStep(ctx, node, schedM, 6600);
  update(ctx, { clock: 7000 });
  for (const m of manifests) {
    const kp = kubeletPod(ctx.state, node.name, `kube-system/${m.component}-${node.name}`);
    if (!kp) continue;
    const body = mirrorBody(kp.pod);
    sendRequest(ctx, { ...fromKubelet(node.name, 'POST', '/api/v1/namespaces/kube-system/pods', 'application/json', body), story: STORY, purpose: { kind: 'mirror-pod', node: node.name, podKey: kp.key } }, { id: 'bootstrap.kubelet.mirror', text: { key: 'bootstrap.kubelet.mirror', params: { pod: kp.key } } });
  }
  for (let item = nextMessage(ctx); item; item = nextMessage(ctx)) {
    if (item.at !== ctx.state.clock) update(ctx, { clock: item.at });
    dispatch(ctx, item.msg);
  }
  record(ctx, { id: 'bootstrap.ps', level: 'overview', actor: `kubelet/${node.name}`, from: `kubelet/${node.name}`, to: `kubelet/${node.name}`, text: { key: 'bootstrap.ps', params: { node: node.name } }, detail: { command: 'ps aux', output: psAux(manifests) } });
}

/** The mirror Pod the kubelet POSTs: the static Pod without status, marked as a mirror. */
function mirrorBody(pod: JsonObject): JsonObject {
  const { status: _status, ...rest } = pod;
  return rest;
}

/** The API server stored the mirror Pod: the status manager now reports the static Pod's status on it. */
export function mirrorPodCreated(ctx: Ctx, node: string, podKey: string, response: HttpResponse): void {
  const kp = kubeletPod(ctx.state, node, podKey);
  const stored = response.body;
  if (!kp || response.status !== 201 || typeof stored !== 'object' || stored === null || Array.isArray(stored)) return;
  const mirror = { ...kp, uid: str(stored, 'metadata.uid') ?? kp.uid, pod: stored };
  const [ns, name] = podKey.split('/') as [string, string];
  const hostIP = nodeSpec(ctx.cluster, node)?.internalIP ?? '';
  const body = statusPatch(mirror, hostIP, timestamp(ctx.state.clock), true);
  sendRequest(ctx, { ...fromKubelet(node, 'PATCH', `/api/v1/namespaces/${ns}/pods/${name}/status`, 'application/strategic-merge-patch+json', body), story: { request: 'standard', chain: 'deep', write: 'deep', response: 'deep' }, purpose: { kind: 'pod-status', node, podKey, running: true } }, { id: 'kubelet.status', text: { key: 'kubelet.status.running', params: { pod: podKey, node, ip: hostIP } } });
}
