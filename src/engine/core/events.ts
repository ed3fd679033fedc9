// Event objects as the components' recorders write them. Names are `<object>.<hex of unix nanos>`
// (client-go's recorder). The logical clock only has milliseconds, so the exchange counter stands
// in for the nanoseconds: two events in the same millisecond still get different names.
import type { EventPayload, JsonObject } from '../types';
import { EPOCH_MS, timestamp } from './time';
import { str } from './json';

export function eventName(objectName: string, clockMs: number, seq: number): string {
  const nanos = BigInt(EPOCH_MS + clockMs) * 1_000_000n + BigInt(seq % 1_000_000);
  return `${objectName}.${nanos.toString(16)}`;
}

function microTime(clockMs: number): string {
  return new Date(EPOCH_MS + clockMs).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

interface EventInput {
  pod: JsonObject;
  reason: string;
  message: string;
  type: 'Normal' | 'Warning';
  clock: number;
  /** Unique per event in the trace (the exchange counter): the name's sub-millisecond part. */
  seq: number;
}

function regarding(pod: JsonObject, fieldPath?: string): JsonObject {
  const r: JsonObject = {
    kind: 'Pod',
    namespace: str(pod, 'metadata.namespace') ?? '',
    name: str(pod, 'metadata.name') ?? '',
    uid: str(pod, 'metadata.uid') ?? '',
    apiVersion: 'v1',
    resourceVersion: str(pod, 'metadata.resourceVersion') ?? '',
  };
  if (fieldPath) r.fieldPath = fieldPath;
  return r;
}

/** events.k8s.io/v1, as the scheduler's event broadcaster sends it. */
export function schedulerEvent(e: EventInput & { action: string }): JsonObject {
  const name = str(e.pod, 'metadata.name') ?? '';
  return {
    kind: 'Event',
    apiVersion: 'events.k8s.io/v1',
    metadata: { name: eventName(name, e.clock, e.seq), namespace: str(e.pod, 'metadata.namespace') ?? '' },
    eventTime: microTime(e.clock),
    reportingController: 'default-scheduler',
    reportingInstance: 'default-scheduler-control-plane',
    action: e.action,
    reason: e.reason,
    regarding: regarding(e.pod),
    note: e.message,
    type: e.type,
  };
}

/** core/v1, as the kubelet's recorder sends it. */
export function kubeletEvent(e: EventInput & { node: string; container?: string }): JsonObject {
  const name = str(e.pod, 'metadata.name') ?? '';
  const now = timestamp(e.clock);
  return {
    kind: 'Event',
    apiVersion: 'v1',
    metadata: { name: eventName(name, e.clock, e.seq), namespace: str(e.pod, 'metadata.namespace') ?? '' },
    involvedObject: regarding(e.pod, e.container ? `spec.containers{${e.container}}` : undefined),
    reason: e.reason,
    message: e.message,
    source: { component: 'kubelet', host: e.node },
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
    type: e.type,
    eventTime: null,
    reportingComponent: 'kubelet',
    reportingInstance: e.node,
  };
}

export function eventPayload(pod: JsonObject, reason: string, message: string, type: 'Normal' | 'Warning', reporter: string): EventPayload {
  return { type, reason, message, regarding: `pod/${str(pod, 'metadata.name') ?? ''}`, reportingController: reporter };
}
