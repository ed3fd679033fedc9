// The engine's whole internal state: plain JSON, replaced immutably so steps can share structure.
import type { ComponentId, JsonObject, Taint } from '../types';
import type { PMap } from './pmap';
import type { Chunked } from './chunked';
import type { NodeLifecycleState } from '../controllers/node-lifecycle-state';

export interface EtcdEntry {
  value: JsonObject;
  createRevision: number;
  modRevision: number;
  version: number;
  /** Events carry an etcd lease (--event-ttl, 1h): the TTL in seconds. */
  leaseTtl?: number;
}

/** The keys of one resource (`/registry/pods/…`), sorted, and their entries. */
export interface EtcdBucket {
  keys: Chunked<string>;
  entries: PMap<EtcdEntry>;
}

/**
 * etcd's keyspace, split per resource so a write copies only its own bucket: steps share every
 * other bucket with the previous state.
 */
export interface EtcdState {
  revision: number;
  buckets: Record<string, EtcdBucket>;
  /** The key the latest write touched (lets the view update one row instead of all). */
  lastKey: string | null;
}

/** A watch a client opened on kube-apiserver; the watch cache serves it. */
export interface WatchRegistration {
  watcher: ComponentId;
  resource: string;
  /** etcd key prefix the resource lives under (`/registry/pods/`). */
  prefix: string;
  fieldSelector?: string;
  /** The client asked for each event's object as a Table (kubectl get -w). */
  table?: boolean;
  /** The exchange that opened it (client watches opened during the scenario). */
  exchangeId?: string;
}

/** Requests of the pods a node holds, as the scheduler's cache adds them up. */
export interface NodeTotals {
  cpu: number;
  memory: number;
  /** With the scheduler's non-zero defaults (100m, 200Mi) for containers without requests. */
  nonZeroCpu: number;
  nonZeroMemory: number;
  pods: number;
}

export interface SchedulerState {
  /** Pod keys waiting to be scheduled (activeQ; PrioritySort, then arrival). */
  activeQ: string[];
  /** Pods assumed onto a node before their Binding lands: pod key → node. */
  assumed: PMap<string>;
  /** The pod informer's store: every non-terminal pod, keyed `ns/name`. */
  pods: PMap<JsonObject>;
  /** The node informer's view of each node's scheduling fields, once a Node change was seen. */
  nodes: Record<string, { taints: Taint[]; unschedulable: boolean }>;
  /** Per-node totals of the cached and assumed pods' requests (PMap: a change copies one shard, not 100 nodes). */
  totals: PMap<NodeTotals>;
}

export type KubeletPodStage =
  | 'admitted'
  | 'sandbox'
  | 'containers'
  | 'started'
  | 'running'
  | 'rejected'
  | 'pull-failed'
  | 'backoff'
  | 'terminating';

export interface KubeletPod {
  key: string;
  uid: string;
  stage: KubeletPodStage;
  /** The pod as the kubelet's watch last delivered it. */
  pod: JsonObject;
  sandboxId?: string;
  podIP?: string;
  /** Index of the container SyncPod is working on. */
  container: number;
  containerIds: string[];
  imageRefs: string[];
  startedAt?: string;
  /** Why the container waits, once it is not just ContainerCreating (ErrImagePull, ImagePullBackOff). */
  waiting?: { reason: string; message: string };
  /** Terminating because the API object is already gone (force delete): no final DELETE. */
  removed?: boolean;
}

export interface KubeletState {
  pods: Record<string, KubeletPod>;
}

export interface RuntimeState {
  images: string[];
  sandboxes: number;
  /** Next host number handed out from the node's pod CIDR by the CNI plugin (IPAM). */
  nextIp: number;
}

/** kube-controller-manager's informer caches and bookkeeping for the deployment and replicaset controllers. */
export interface ControllerState {
  deployments: Record<string, JsonObject>;
  replicasets: Record<string, JsonObject>;
  /** Active pods per owning ReplicaSet uid, as the pod informer counts them. */
  podsByOwner: Record<string, number>;
  /** ReplicaSet key → pod creates not yet seen on the watch (ControllerExpectations). */
  expectations: Record<string, number>;
  /** ReplicaSet key → slow start: pods still to create, the current batch size, creates in flight. */
  slowStart: Record<string, { remaining: number; batch: number; inFlight: number }>;
  /** Deployment key → a write to its ReplicaSet is in flight (wait for the watch before the next). */
  pending: Record<string, boolean>;
  /** The pod informer's store of Pods a ReplicaSet controls, keyed `ns/name`: scale-down ranks them. */
  pods: PMap<JsonObject>;
  /** ReplicaSet key → keys of Pods it DELETEd whose deletion the watch has not shown yet. */
  deletions: Record<string, string[]>;
}

export interface EngineState {
  /** Logical clock in ms. */
  clock: number;
  /** The PRNG seed (core/prng.ts): uids, name suffixes and scheduler tie-breaks draw from it. */
  rng: number;
  /** Counters for ids that need to be unique inside a trace. */
  exchanges: number;
  etcd: EtcdState;
  watches: WatchRegistration[];
  scheduler: SchedulerState;
  /** Per node (PMap: a pod change copies one shard, not every node). */
  kubelets: PMap<KubeletState>;
  runtimes: PMap<RuntimeState>;
  controllers: ControllerState;
  kubectlOutput: string[];
  /** The node lifecycle and taint-eviction controllers; only when a scenario lets a node go silent. */
  nodeLifecycle?: NodeLifecycleState;
}
