// The deletion ranking, criterion by criterion: each case differs from a baseline in one field.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { timestamp } from '../core/time';
import { str } from '../core/json';
import { DELETION_COST, deletionCost, getPodsToDelete } from './pods-to-delete';

const NOW = 3_600_000;

function pod(name: string, o: { node?: string; phase?: string; ready?: boolean; readyAt?: number; cost?: string; restarts?: number; created?: number; uid?: string; deleting?: boolean } = {}): JsonObject {
  return {
    metadata: {
      name,
      uid: o.uid ?? name,
      creationTimestamp: timestamp(o.created ?? 0),
      ...(o.cost !== undefined ? { annotations: { [DELETION_COST]: o.cost } } : {}),
      ...(o.deleting ? { deletionTimestamp: timestamp(NOW) } : {}),
    },
    spec: o.node === '' ? {} : { nodeName: o.node ?? 'node-1' },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: timestamp(o.readyAt ?? 0) }],
      containerStatuses: [{ restartCount: o.restarts ?? 0 }],
    },
  };
}

/** Names of the first `n` to delete, with `related` defaulting to the pods themselves. */
const first = (pods: JsonObject[], n = 1, related = pods): string[] =>
  getPodsToDelete(pods, related, n, NOW).map((r) => str(r.pod, 'metadata.name') ?? '');

describe('getPodsToDelete (ActivePodsWithRanks)', () => {
  it('deletes an unassigned Pod before an assigned one', () => {
    expect(first([pod('a'), pod('b', { node: '', phase: 'Pending', ready: false })])).toEqual(['b']);
  });

  it('deletes Pending before Unknown before Running', () => {
    expect(first([pod('run'), pod('unknown', { phase: 'Unknown' }), pod('pending', { phase: 'Pending' })], 2)).toEqual(['pending', 'unknown']);
  });

  it('deletes a not-ready Pod before a ready one', () => {
    expect(first([pod('ready'), pod('notready', { ready: false })])).toEqual(['notready']);
  });

  it('deletes the lower pod-deletion-cost first; a missing or invalid cost is 0', () => {
    expect(first([pod('zero'), pod('cheap', { cost: '-5' }), pod('dear', { cost: '100' })], 2)).toEqual(['cheap', 'zero']);
    expect(deletionCost(pod('x', { cost: 'lots' }))).toBe(0);
    expect(deletionCost(pod('x', { cost: '99999999999' }))).toBe(0);
  });

  it('deletes from the node with more active related Pods first', () => {
    const pods = [pod('alone', { node: 'node-2', created: NOW - 1000 }), pod('crowded', { node: 'node-1', created: 0 }), pod('sibling', { node: 'node-1', created: 0, uid: 'z' })];
    expect(first(pods)).toEqual(['crowded']);
    // A terminating Pod on node-2 is not active: it does not crowd node-2.
    expect(first([pods[0] as JsonObject, pods[1] as JsonObject], 1, [...pods.slice(0, 2), pod('gone', { node: 'node-2', deleting: true })])).toEqual(['alone']);
  });

  it('between ready Pods, deletes the one ready more recently (by power-of-two age buckets, then UID)', () => {
    expect(first([pod('old', { readyAt: 0 }), pod('new', { readyAt: NOW - 2000 })])).toEqual(['new']);
    // 5 s and 6 s ago share a log2 bucket in nanoseconds (2^32 ns ≈ 4.3 s): the lower UID goes first.
    expect(first([pod('p', { readyAt: NOW - 5000, uid: 'b' }), pod('q', { readyAt: NOW - 6000, uid: 'a' })])).toEqual(['q']);
    expect(first([pod('p', { readyAt: NOW - 5000, uid: 'a' }), pod('q', { readyAt: NOW - 6000, uid: 'b' })])).toEqual(['p']);
  });

  it('deletes the Pod with more restarts, then the newer one', () => {
    expect(first([pod('calm'), pod('crashy', { restarts: 3 })])).toEqual(['crashy']);
    expect(first([pod('old', { created: 0 }), pod('young', { created: NOW - 5000 })])).toEqual(['young']);
  });

  it('does not sort when every Pod goes, and keeps the given order on a full tie', () => {
    expect(first([pod('b', { ready: false }), pod('a')], 2)).toEqual(['b', 'a']);
    expect(first([pod('a', { uid: 'same' }), pod('b', { uid: 'same' })])).toEqual(['a']);
  });
});
