// Everything components say to each other. The event loop delivers these in (time, sequence)
// order; each handler turns one message into steps and new messages.
import type { ComponentId, JsonObject, JsonValue, Level } from '../types';
import type { KubectlCommand } from '../kubectl/parse';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  path: string;
  headers: Record<string, string>;
  body?: JsonObject;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body?: JsonValue;
}

/** What the TLS handshake presented: kubeadm clients all use client certificates. */
export interface Credential {
  /** `none`: no client certificate and no Authorization header. */
  type: 'x509' | 'token' | 'none';
  /** A token no authenticator accepts (expired, revoked, mistyped). */
  invalid?: boolean;
  commonName: string;
  organizations: string[];
}

/**
 * How prominent a request is in the story, chosen by the sender: a user's kubectl request is
 * the plot (overview), a kubelet's Event is background (deep).
 */
export interface Story {
  request: Level;
  chain: Level;
  write: Level;
  response: Level;
}

/**
 * Which of a command's requests this is: the follow-up watch, the first read of a read-then-write
 * command, or describe's second GET and its events list. `held` is what an earlier answer returned.
 */
export type KubectlPhase = 'watch' | 'read' | 'describe' | 'events';

/** What the client will do with the answer. */
export type Purpose =
  | { kind: 'kubectl'; command: KubectlCommand; phase?: KubectlPhase; held?: JsonObject }
  | { kind: 'binding'; podKey: string; node: string }
  | { kind: 'pod-status'; node: string; podKey: string; running: boolean }
  | { kind: 'token'; node: string; podKey: string }
  | { kind: 'unschedulable'; podKey: string }
  | { kind: 'pod-delete'; node: string; podKey: string }
  | { kind: 'controller'; controller: 'deployment' | 'replicaset'; key: string }
  | { kind: 'mirror-pod'; node: string; podKey: string }
  | { kind: 'event' }
  | { kind: 'lease'; node: string }
  | { kind: 'node-lifecycle'; node: string; write: 'status' | 'taint-NoSchedule' | 'taint-NoExecute' }
  | { kind: 'taint-eviction'; podKey: string };

export interface Exchange {
  id: string;
  from: ComponentId;
  credential: Credential;
  request: HttpRequest;
  story: Story;
  purpose: Purpose;
}

export type EtcdOp =
  | { op: 'Range'; key: string; prefix: boolean; countOnly: boolean }
  | { op: 'Create'; key: string; value: JsonObject; leaseTtl?: number }
  | { op: 'Update'; key: string; expectedModRevision: number; value: JsonObject }
  | { op: 'Delete'; key: string; expectedModRevision: number };

export type UpdateKind = 'binding' | 'status-patch' | 'scale' | 'replace' | 'patch';

/** Why kube-apiserver asked etcd: it resumes the request from here when etcd answers. */
export type StorageStep =
  | { kind: 'list-revision-check'; resource: string }
  /** A list read straight from etcd (events have no watch cache), filtered by a field selector. */
  | { kind: 'list-range'; resource: string; fieldSelector: string }
  | { kind: 'get'; resource: string }
  | { kind: 'connect-read'; subresource: string }
  | { kind: 'create'; object: JsonObject; warnings: string[] }
  | { kind: 'update-read'; update: UpdateKind; input: JsonObject }
  | { kind: 'update-write'; update: UpdateKind; input: JsonObject; object: JsonObject }
  | { kind: 'delete-read'; options: JsonObject }
  | { kind: 'delete-write'; options: JsonObject; object: JsonObject; final: boolean };

export interface EtcdResult {
  succeeded: boolean;
  revision: number;
  modRevision: number;
  /** For a Range: the entries read. */
  kvs: { key: string; value: JsonObject; modRevision: number }[];
}

export interface EtcdWatchEvent {
  key: string;
  type: 'PUT' | 'DELETE';
  prev: JsonObject | null;
  value: JsonObject | null;
  modRevision: number;
}

export type CriCall =
  | 'RunPodSandbox'
  | 'PodSandboxStatus'
  | 'ImageStatus'
  | 'PullImage'
  | 'CreateContainer'
  | 'StartContainer'
  | 'StopContainer'
  | 'StopPodSandbox';

export type Message =
  | { type: 'kubectl.command'; line: string }
  | { type: 'http.request'; exchange: Exchange }
  | { type: 'http.response'; exchange: Exchange; response: HttpResponse }
  | { type: 'etcd.request'; exchange: Exchange; op: EtcdOp; then: StorageStep }
  | { type: 'etcd.response'; exchange: Exchange; op: EtcdOp; then: StorageStep; result: EtcdResult }
  | { type: 'etcd.notify'; event: EtcdWatchEvent }
  | {
      type: 'watch.event';
      watcher: ComponentId;
      eventType: 'ADDED' | 'MODIFIED' | 'DELETED';
      key: string;
      resource: string;
      fieldSelector?: string;
      object: JsonObject;
      /** For a watch a client opened during the scenario: the exchange that opened it. */
      exchangeId?: string;
    }
  | { type: 'scheduler.scheduleOne' }
  | { type: 'kubelet.renewLease'; node: string }
  | { type: 'nodeLifecycle.monitor' }
  | { type: 'nodeLifecycle.taint'; node: string }
  | { type: 'taintEviction.evict'; podKey: string; uid: string }
  | { type: 'kubelet.syncPod'; node: string; podKey: string }
  | { type: 'kubelet.pleg'; node: string }
  | { type: 'kubelet.serve'; node: string; exchange: Exchange; pod: JsonObject; subresource: string; url: string }
  | { type: 'apiserver.kubeletAnswer'; exchange: Exchange; status: number; body: string }
  | { type: 'cri.request'; node: string; podKey: string; call: CriCall; request: JsonObject }
  | { type: 'cri.response'; node: string; podKey: string; call: CriCall; request: JsonObject; response: JsonObject };
