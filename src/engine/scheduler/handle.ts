// kube-scheduler: its pod informer feeds the queue; scheduleOne filters and scores the nodes,
// assumes the pod, then binds it by POSTing a Binding. It never writes the Pod or talks to etcd.
import type { JsonObject, SchedulingPayload, Taint } from '../types';
import type { Credential, Exchange, HttpResponse, Story } from '../core/messages';
import { record, send, update, type Ctx } from '../core/ctx';
import { sendRequest } from '../core/http';
import { at, list, str, text } from '../core/json';
import { eventPayload, schedulerEvent } from '../core/events';
import { decide, failureMessage } from './decide';
import { timestamp } from '../core/time';
import { pmapEntries, pmapGet } from '../core/pmap';
import { withPod } from './cache';
import { userAgent } from '../version';

const CREDENTIAL: Credential = { type: 'x509', commonName: 'system:kube-scheduler', organizations: [] };
const BIND_STORY: Story = { request: 'overview', chain: 'deep', write: 'overview', response: 'standard' };
const USER_AGENT = `${userAgent('kube-scheduler')}/scheduler`;
const EVENT_STORY: Story = { request: 'standard', chain: 'deep', write: 'deep', response: 'deep' };

const podKey = (pod: JsonObject): string => `${str(pod, 'metadata.namespace') ?? ''}/${str(pod, 'metadata.name') ?? ''}`;

export function schedulerWatch(ctx: Ctx, type: 'ADDED' | 'MODIFIED' | 'DELETED', resource: string, object: JsonObject, key: string, fieldSelector?: string): void {
  if (resource === 'nodes') return nodeChanged(ctx, type, object, key, fieldSelector);
  if (resource !== 'pods') return;
  const pk = podKey(object);
  const s = ctx.state.scheduler;
  const assigned = Boolean(str(object, 'spec.nodeName'));
  const assumedOn = pmapGet(s.assumed, pk);
  const wasAssumed = assumedOn !== undefined;
  const enqueue = type === 'ADDED' && !assigned && str(object, 'spec.schedulerName') === 'default-scheduler';
  const next = withPod(s, pk, type === 'DELETED' ? null : object, assigned ? null : (assumedOn ?? null));
  update(ctx, { scheduler: { ...next, activeQ: enqueue ? [...s.activeQ, pk] : s.activeQ } });
  const textKey = enqueue ? 'scheduler.watch.added' : assigned && wasAssumed ? 'scheduler.watch.confirmed' : 'scheduler.watch.other';
  record(ctx, {
    id: 'scheduler.watch',
    level: enqueue ? 'overview' : 'deep',
    actor: 'kube-scheduler',
    from: 'kube-apiserver',
    to: 'kube-scheduler',
    text: { key: textKey, params: { type, pod: pk, revision: str(object, 'metadata.resourceVersion') ?? '' } },
    watch: { watcher: 'kube-scheduler', type, key, resource, resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) },
    ...(enqueue ? { misconception: 'scheduler-watches-unscheduled' } : {}),
  });
  if (enqueue) send(ctx, { type: 'scheduler.scheduleOne' }, 1);
}

/** The node informer: taints and unschedulable feed the next scheduling cycles' filters. */
function nodeChanged(ctx: Ctx, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: JsonObject, key: string, fieldSelector?: string): void {
  const name = str(object, 'metadata.name') ?? '';
  const taints = list(object, 'spec.taints').map((t): Taint => {
    const taint: Taint = { key: text(t.key), effect: text(t.effect) as Taint['effect'] };
    if (typeof t.value === 'string' && t.value !== '') taint.value = t.value;
    return taint;
  });
  const unschedulable = at(object, 'spec.unschedulable') === true;
  const s = ctx.state.scheduler;
  // A Node update can make unschedulable Pods fit (the NodeUpdate queueing hint): back to activeQ.
  const waiting = pmapEntries(s.pods)
    .filter(([pk, pod]) => !str(pod, 'spec.nodeName') && pmapGet(s.assumed, pk) === undefined && !s.activeQ.includes(pk))
    .map(([pk]) => pk);
  update(ctx, { scheduler: { ...s, nodes: { ...s.nodes, [name]: { taints, unschedulable } }, activeQ: waiting.length ? [...s.activeQ, ...waiting] : s.activeQ } });
  record(ctx, {
    id: 'scheduler.watch',
    level: 'standard',
    actor: 'kube-scheduler',
    from: 'kube-apiserver',
    to: 'kube-scheduler',
    text: { key: 'scheduler.watch.node', params: { type, node: name, unschedulable: String(unschedulable), taints: taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ') || 'none', requeued: waiting.length } },
    watch: { watcher: 'kube-scheduler', type, key, resource: 'nodes', resourceVersion: str(object, 'metadata.resourceVersion') ?? '', object, ...(fieldSelector !== undefined ? { fieldSelector } : {}) },
  });
  for (let i = 0; i < waiting.length; i++) send(ctx, { type: 'scheduler.scheduleOne' }, 1);
}

export function scheduleOne(ctx: Ctx): void {
  // slice, not `[pk, ...rest] =`: rest destructuring walks the iterator, one result object per entry.
  const queue = ctx.state.scheduler.activeQ;
  const pk = queue[0];
  if (pk === undefined) return;
  const rest = queue.slice(1);
  const pod = pmapGet(ctx.state.scheduler.pods, pk);
  update(ctx, { scheduler: { ...ctx.state.scheduler, activeQ: rest } });
  if (!pod) return;
  const d = decide(ctx, pod);
  const scheduling: SchedulingPayload = d.payload;
  // Drafts written out: a spread base plus new keys gets a hidden class per object (core/json.ts extend).
  const S = 'kube-scheduler' as const;
  record(ctx, { id: 'scheduler.filter', level: 'standard', actor: S, from: S, to: S, text: { key: 'scheduler.filter', params: { pod: pk, feasible: d.feasible, total: d.payload.nodes.length } }, scheduling });
  if (d.payload.selected === null) {
    const message = failureMessage(d.payload.nodes);
    record(ctx, { id: 'scheduler.unschedulable', level: 'standard', actor: S, from: S, to: S, text: { key: 'scheduler.unschedulable', params: { pod: pk, message } } });
    sendEvent(ctx, pod, 'FailedScheduling', message, 'Warning', 'Scheduling');
    markUnschedulable(ctx, pk, message);
    return;
  }
  const node = d.payload.selected;
  record(ctx, { id: 'scheduler.score', level: 'standard', actor: S, from: S, to: S, text: { key: d.payload.tied.length > 1 ? 'scheduler.score.tie' : 'scheduler.score', params: { pod: pk, node, tied: d.payload.tied.join(', ') } }, scheduling, misconception: 'scheduler-uses-usage' });
  update(ctx, { scheduler: withPod(ctx.state.scheduler, pk, pod, node) });
  record(ctx, { id: 'scheduler.assume', level: 'deep', actor: S, from: S, to: S, text: { key: 'scheduler.assume', params: { pod: pk, node } } });
  const [ns, name] = pk.split('/') as [string, string];
  const binding: JsonObject = {
    kind: 'Binding',
    apiVersion: 'v1',
    metadata: { name, namespace: ns, uid: str(pod, 'metadata.uid') ?? '' },
    target: { kind: 'Node', name: node },
  };
  sendRequest(
    ctx,
    {
      from: 'kube-scheduler',
      credential: CREDENTIAL,
      request: { method: 'POST', path: `/api/v1/namespaces/${ns}/pods/${name}/binding`, headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf', 'User-Agent': USER_AGENT }, body: binding },
      story: BIND_STORY,
      purpose: { kind: 'binding', podKey: pk, node },
    },
    { id: 'scheduler.bind', text: { key: 'scheduler.bind', params: { pod: pk, node } }, misconception: 'scheduler-writes-pod' },
  );
}

function sendEvent(ctx: Ctx, pod: JsonObject, reason: string, message: string, type: 'Normal' | 'Warning', action: string): void {
  const ns = str(pod, 'metadata.namespace') ?? '';
  sendRequest(
    ctx,
    {
      from: 'kube-scheduler',
      credential: CREDENTIAL,
      request: { method: 'POST', path: `/apis/events.k8s.io/v1/namespaces/${ns}/events`, headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf', 'User-Agent': USER_AGENT }, body: schedulerEvent({ pod, reason, message, type, clock: ctx.state.clock, seq: ctx.state.exchanges, action }) },
      story: EVENT_STORY,
      purpose: { kind: 'event' },
    },
    { id: 'scheduler.event', text: { key: 'scheduler.event', params: { reason, message } }, extra: { event: eventPayload(pod, reason, message, type, 'default-scheduler') } },
  );
}

/** PodScheduled=False, reason Unschedulable, on the status subresource (util.PatchPodStatus). */
function markUnschedulable(ctx: Ctx, pk: string, message: string): void {
  const [ns, name] = pk.split('/') as [string, string];
  const body: JsonObject = {
    status: {
      '$setElementOrder/conditions': [{ type: 'PodScheduled' }],
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastProbeTime: null, lastTransitionTime: timestamp(ctx.state.clock) }],
    },
  };
  sendRequest(
    ctx,
    {
      from: 'kube-scheduler',
      credential: CREDENTIAL,
      request: { method: 'PATCH', path: `/api/v1/namespaces/${ns}/pods/${name}/status`, headers: { 'Content-Type': 'application/strategic-merge-patch+json', 'User-Agent': USER_AGENT }, body },
      story: { request: 'standard', chain: 'deep', write: 'standard', response: 'deep' },
      purpose: { kind: 'unschedulable', podKey: pk },
    },
    { id: 'scheduler.status', text: { key: 'scheduler.status', params: { pod: pk } }, misconception: 'podscheduled-by-kubelet' },
  );
}

export function schedulerBindingResponse(ctx: Ctx, exchange: Exchange, podKeyValue: string, node: string, response: HttpResponse): void {
  const pod = pmapGet(ctx.state.scheduler.pods, podKeyValue);
  if (!pod) return;
  if (response.status !== 201) {
    update(ctx, { scheduler: withPod(ctx.state.scheduler, podKeyValue, pod, null) });
    record(ctx, { id: 'scheduler.forget', level: 'standard', actor: 'kube-scheduler', from: 'kube-scheduler', to: 'kube-scheduler', text: { key: 'scheduler.forget', params: { pod: podKeyValue, node, status: response.status, exchange: exchange.id } } });
    return;
  }
  sendEvent(ctx, pod, 'Scheduled', `Successfully assigned ${podKeyValue} to ${node}`, 'Normal', 'Binding');
}
