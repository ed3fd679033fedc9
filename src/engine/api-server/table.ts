// Server-side printing: the meta.k8s.io/v1 Table kube-apiserver returns when kubectl asks for one.
// Cells follow the printers in pkg/printers/internalversion (nodes, pods).
import type { JsonObject, JsonValue } from '../types';
import { at, list, obj, str } from '../core/json';
import { humanDuration, parseTimestamp } from '../core/time';
import { podStatusText } from '../core/cluster-view';

type Column = [name: string, type: string, format: string, priority: number, description: string];

const NODE_COLUMNS: Column[] = [
  ['Name', 'string', 'name', 0, 'Name must be unique within a namespace.'],
  ['Status', 'string', '', 0, 'The status of the node'],
  ['Roles', 'string', '', 0, 'The roles of the node'],
  ['Age', 'string', '', 0, 'CreationTimestamp is a timestamp representing the server time when this object was created.'],
  ['Version', 'string', '', 0, 'Kubelet Version reported by the node.'],
  ['Internal-IP', 'string', '', 1, 'List of addresses reachable to the node.'],
  ['External-IP', 'string', '', 1, 'List of addresses reachable to the node.'],
  ['OS-Image', 'string', '', 1, 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).'],
  ['Kernel-Version', 'string', '', 1, "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."],
  ['Container-Runtime', 'string', '', 1, 'Container runtime version reported by the node through runtime remote API (e.g. containerd://1.4.2).'],
];

const POD_COLUMNS: Column[] = [
  ['Name', 'string', 'name', 0, 'Name must be unique within a namespace.'],
  ['Ready', 'string', '', 0, 'The aggregate readiness state of this pod for accepting traffic.'],
  ['Status', 'string', '', 0, 'The aggregate status of the containers in this pod.'],
  ['Restarts', 'string', '', 0, 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'],
  ['Age', 'string', '', 0, 'CreationTimestamp is a timestamp representing the server time when this object was created.'],
  ['IP', 'string', '', 1, 'IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.'],
  ['Node', 'string', '', 1, 'NodeName is a request to schedule this pod onto a specific node.'],
  ['Nominated Node', 'string', '', 1, 'nominatedNodeName is set when this pod preempts other pods on the node.'],
  ['Readiness Gates', 'string', '', 1, 'If specified, all readiness gates will be evaluated for pod readiness.'],
];

function columns(cols: Column[]): JsonObject[] {
  return cols.map(([name, type, format, priority, description]) => ({ name, type, format, description, priority }));
}

function age(o: JsonObject, now: number): string {
  const created = str(o, 'metadata.creationTimestamp');
  return created ? humanDuration(now - parseTimestamp(created)) : '<unknown>';
}

function partial(o: JsonObject): JsonObject {
  const md = obj(o, 'metadata');
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: md };
}

function nodeCells(n: JsonObject, now: number): JsonValue[] {
  const ready = list(n, 'status.conditions').find((c) => c.type === 'Ready');
  // kubectl's printNode: Ready when True, NotReady for False or Unknown, Unknown with no condition.
  let status = ready === undefined ? 'Unknown' : ready.status === 'True' ? 'Ready' : 'NotReady';
  if (at(n, 'spec.unschedulable') === true) status += ',SchedulingDisabled';
  const roles = Object.keys(obj(n, 'metadata.labels'))
    .filter((l) => l.startsWith('node-role.kubernetes.io/'))
    .map((l) => l.slice('node-role.kubernetes.io/'.length))
    .sort();
  const ip = list(n, 'status.addresses').find((a) => a.type === 'InternalIP');
  return [
    str(n, 'metadata.name') ?? '',
    status,
    roles.length ? roles.join(',') : '<none>',
    age(n, now),
    str(n, 'status.nodeInfo.kubeletVersion') ?? '',
    typeof ip?.address === 'string' ? ip.address : '<none>',
    '<none>',
    str(n, 'status.nodeInfo.osImage') ?? '',
    str(n, 'status.nodeInfo.kernelVersion') ?? '',
    str(n, 'status.nodeInfo.containerRuntimeVersion') ?? '',
  ];
}

function podCells(p: JsonObject, now: number): JsonValue[] {
  const statuses = list(p, 'status.containerStatuses');
  const total = list(p, 'spec.containers').length;
  const ready = statuses.filter((s) => s.ready === true).length;
  const restarts = statuses.reduce((sum, s) => sum + (typeof s.restartCount === 'number' ? s.restartCount : 0), 0);
  return [
    str(p, 'metadata.name') ?? '',
    `${ready}/${total}`,
    podStatusText(p),
    String(restarts),
    age(p, now),
    str(p, 'status.podIP') ?? '<none>',
    str(p, 'spec.nodeName') ?? '<none>',
    '<none>',
    '<none>',
  ];
}

export function buildTable(resource: string, items: JsonObject[], resourceVersion: number, now: number): JsonObject {
  const isNodes = resource === 'nodes';
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion: String(resourceVersion) },
    columnDefinitions: columns(isNodes ? NODE_COLUMNS : POD_COLUMNS),
    rows: items.map((o) => ({ cells: isNodes ? nodeCells(o, now) : podCells(o, now), object: partial(o) })),
  };
}
