// The engine's public contract: what a simulation takes in and what its trace looks like.
// Everything here is plain JSON (DESIGN.md rule 2): no classes, Maps, functions or Infinity.

import type { Said } from './core/said';

export type { Said } from './core/said';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const LEVELS = ['overview', 'standard', 'deep'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Graph node ids, named as Kubernetes names the components. Per-node components carry the node
 * name: `kubelet/node-1`, `containerd/node-1`.
 */
export type ComponentId =
  | 'kubectl'
  | 'kube-apiserver'
  | 'etcd'
  | 'kube-scheduler'
  | 'kube-controller-manager'
  | `kubelet/${string}`
  | `containerd/${string}`;

/** The stages of kube-apiserver's request path, in execution order (reference B1, B3). */
export const API_SERVER_STAGES = [
  'authentication',
  'audit',
  'impersonation',
  'priority-and-fairness',
  'authorization',
  'decode',
  'mutating-admission',
  'validation',
  'validating-admission',
  'storage',
  'watch-cache',
] as const;
export type ApiServerStage = (typeof API_SERVER_STAGES)[number];

// ---------------------------------------------------------------------------------------------
// Input

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface NodeSpec {
  name: string;
  /** `control-plane` or `worker`: the `node-role.kubernetes.io/*` label. */
  role: 'control-plane' | 'worker';
  /** Allocatable resources as Kubernetes quantities, e.g. `cpu: "2"`, `memory: "4Gi"`, `pods: "110"`. */
  allocatable: { cpu: string; memory: string; pods: string };
  taints: Taint[];
  unschedulable: boolean;
  /** Images the node's runtime already holds (for pull decisions). */
  images: string[];
  internalIP: string;
  /** The node's pod CIDR (kube-controller-manager allocates it); pod IPs come from here. */
  podCIDR?: string;
}

export interface UserSpec {
  /** The name the API server derives (certificate CN, token subject). */
  name: string;
  groups: string[];
  /**
   * How kubectl presents itself: client certificate (x509), bearer token, a token the server
   * does not accept (invalid-token → 401), or nothing at all (none → system:anonymous).
   */
  credential: 'x509' | 'token' | 'invalid-token' | 'none';
}

export type { BindingSpec, QuotaSpec, WebhookSpec } from './types-policy';
import type { BindingSpec, QuotaSpec, WebhookSpec } from './types-policy';
import type { ApiServerOverrides } from './config/types';
export type { ApiServerOverrides } from './config/types';

export interface ClusterSpec {
  nodes: NodeSpec[];
  /** The kubeconfig user kubectl runs as. */
  user: UserSpec;
  namespaces: string[];
  /** Extra RBAC bindings (kubeadm's own are always there). */
  bindings?: BindingSpec[];
  /** Labels per namespace, e.g. `pod-security.kubernetes.io/enforce: restricted`. */
  namespaceLabels?: Record<string, Record<string, string>>;
  quotas?: QuotaSpec[];
  webhooks?: WebhookSpec[];
  /** Images no registry serves: pulls fail (ErrImagePull, then ImagePullBackOff). */
  unpullableImages?: string[];
  /** API Priority and Fairness has no seats or queue room left for users: their requests get 429. */
  apfSaturated?: boolean;
  /** kube-apiserver flags changed from kubeadm's (name without `--` → value; null removes one). */
  apiServer?: ApiServerOverrides;
  /** Nodes whose kubelet stops renewing its Lease once a given command has settled. */
  leaseStops?: LeaseStop[];
}

/** `node`'s kubelet goes silent (crash, lost network) after command `afterCommand` (1-based) settles. */
export interface LeaseStop {
  node: string;
  afterCommand: number;
}

export interface ScenarioInput {
  id: string;
  /** The Kubernetes release modelled, e.g. `1.34`. */
  kubernetesVersion: string;
  cluster: ClusterSpec;
  /** kubectl command lines, run in order, each to completion (the cluster settles in between). */
  commands: string[];
  /** Manifests referenced by `kubectl create -f NAME`, already parsed from YAML. */
  files: Record<string, JsonObject>;
  /** `control-plane`: before the commands, the control-plane node starts from its static Pod manifests. */
  start?: 'control-plane';
}

// ---------------------------------------------------------------------------------------------
// Payloads carried by steps

export interface HttpPayload {
  /** The whole exchange: request steps and response steps of one exchange carry the same object. */
  exchangeId: string;
  /** Which half of the exchange this step shows. */
  leg: 'request' | 'response';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path with its query, exactly as sent: `/api/v1/nodes?limit=500`. */
  path: string;
  requestHeaders: Record<string, string>;
  requestBody?: JsonValue;
  status: number;
  statusText: string;
  responseHeaders: Record<string, string>;
  responseBody?: JsonValue;
}

export interface EtcdPayload {
  /** `Range`, `Txn` (compare-and-put / compare-and-delete) as the etcd3 store issues them. */
  op: 'Range' | 'Txn';
  key: string;
  /** The compare of a Txn, as text: `mod_revision("/registry/pods/default/nginx") == 0`. */
  compare?: string;
  /** What the Txn does when the compare holds: `Put` or `Delete`. */
  then?: 'Put' | 'Delete';
  succeeded: boolean;
  /** The cluster-wide revision after the operation (the header revision). */
  revision: number;
  /** The key's mod_revision after the operation (0 when absent). */
  modRevision: number;
  /** The bytes written, as etcdctl prints them; set for Secrets (encrypted or plain protobuf). */
  stored?: string;
}

export interface WatchPayload {
  /** Who receives the event: a component id, or `kubectl` for `get -w`. */
  watcher: ComponentId;
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
  key: string;
  resource: string;
  fieldSelector?: string;
  resourceVersion: string;
  object: JsonObject;
}

export interface CriPayload {
  service: 'RuntimeService' | 'ImageService';
  call: 'RunPodSandbox' | 'PodSandboxStatus' | 'ImageStatus' | 'PullImage' | 'CreateContainer' | 'StartContainer' | 'StopContainer' | 'StopPodSandbox';
  /** The node whose runtime served the call. */
  node?: string;
  request: JsonObject;
  response: JsonObject;
}

/** One node's row in the scheduler's decision table (reference A2 step 12). */
export interface SchedulingNodeResult {
  node: string;
  /** Filter plugins in order; the first failure stops the node (later plugins are not run). */
  filters: { plugin: string; passed: boolean; reason?: string }[];
  feasible: boolean;
  /** Score plugins: raw score (0-100 after NormalizeScore) and weight; empty when infeasible. */
  scores: { plugin: string; score: number; weight: number }[];
  total: number;
}

export interface SchedulingPayload {
  /** `default/nginx` */
  pod: string;
  nodes: SchedulingNodeResult[];
  /** The chosen node, or null when no node fits. */
  selected: string | null;
  /** Nodes that tied on the best total (the scheduler picks one of them at random). */
  tied: string[];
}

export interface EventPayload {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** `pod/nginx` */
  regarding: string;
  /** The component that reported it, as Kubernetes records it (`default-scheduler`, `kubelet`). */
  reportingController: string;
}

// ---------------------------------------------------------------------------------------------
// Visible cluster state after a step

export interface EtcdRow {
  key: string;
  createRevision: number;
  modRevision: number;
  version: number;
  /** One line for the view: `Pod nginx (Running on node-1)`. */
  summary: string;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface PodView {
  namespace: string;
  name: string;
  uid: string;
  nodeName: string | null;
  phase: PodPhase;
  /** What `kubectl get pods` shows in STATUS: `Pending`, `ContainerCreating`, `Running`. */
  status: string;
  resourceVersion: string;
}

export interface NodeView {
  name: string;
  role: 'control-plane' | 'worker';
  ready: boolean;
  taints: Taint[];
  unschedulable: boolean;
}

export interface WatchView {
  watcher: ComponentId;
  resource: string;
  fieldSelector?: string;
}

export interface ClusterView {
  /** etcd's global revision. */
  revision: number;
  etcd: EtcdRow[];
  nodes: NodeView[];
  pods: PodView[];
  /** Pod keys (`default/nginx`) in the scheduler's activeQ. */
  schedulerQueue: string[];
  watches: WatchView[];
  /** Everything kubectl has printed so far, one entry per line. */
  kubectlOutput: string[];
  /** The logical clock (ms since the scenario's epoch), so the view can show ages such as an Event's. */
  clock: number;
}

// ---------------------------------------------------------------------------------------------
// The trace

/** A narration key and its parameters; English (or any language) comes from a catalog. */
export interface Text {
  key: string;
  /** A Said param (kubectl's refusal) is words too: the catalog that renders the step says it. */
  params: Record<string, string | number | Said>;
}

export interface RawStep {
  /** Stable id, `<component>.<what>`: `apiserver.authn`, `etcd.txn`, `kubelet.cri.RunPodSandbox`. */
  id: string;
  /** 0-based position in the full (deep) trace. */
  index: number;
  level: Level;
  actor: ComponentId;
  from: ComponentId;
  to: ComponentId;
  /** The kube-apiserver stage lit during this step, when the step happens inside it. */
  stage?: ApiServerStage;
  /** Index into ScenarioInput.commands of the command this step belongs to. */
  command: number;
  text: Text;
  /** Catalog key of an "often said … / what really happens" note, when the step corrects one. */
  misconception?: string;
  http?: HttpPayload;
  etcd?: EtcdPayload;
  watch?: WatchPayload;
  cri?: CriPayload;
  event?: EventPayload;
  scheduling?: SchedulingPayload;
  /** Stage-specific facts for the detail panel: authn user, authz attributes, admission changes… */
  detail?: JsonObject;
  state: ClusterView;
}

export interface Trace {
  scenario: string;
  kubernetesVersion: string;
  steps: RawStep[];
}
