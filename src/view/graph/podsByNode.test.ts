import { describe, expect, it } from 'vitest';
import type { PodView } from '../../engine/types';
import { countByPhase, podKeyFields, podKeysOn, podsOn } from './podsByNode';

const pod = (name: string, nodeName: string | null, phase: PodView['phase'] = 'Running'): PodView => ({
  namespace: 'default', name, uid: name, nodeName, phase, status: phase, resourceVersion: '1',
});

describe('podsOn', () => {
  const pods = [pod('a', 'node-1'), pod('b', 'node-2'), pod('c', 'node-1'), pod('d', null)];

  it('finds the Pods bound to a node, in state order, and none for an empty node', () => {
    expect(podsOn(pods, 'node-1').map((p) => p.name)).toEqual(['a', 'c']);
    expect(podsOn(pods, 'node-3')).toEqual([]);
  });

  it('groups once per pods array and again for a new one', () => {
    expect(podsOn(pods, 'node-2')).toBe(podsOn(pods, 'node-2'));
    const next = [...pods, pod('e', 'node-2')];
    expect(podsOn(next, 'node-2').map((p) => p.name)).toEqual(['b', 'e']);
  });
});

describe('countByPhase', () => {
  it('counts in lifecycle order', () => {
    expect(countByPhase(['Running', 'Pending', 'Running', 'Failed'])).toEqual([['Pending', 1], ['Running', 2], ['Failed', 1]]);
  });
});

describe('podKeysOn', () => {
  const pods = [pod('a', 'node-1'), pod('b', 'node-2', 'Pending')];
  it('keys a node’s Pods once per pods array, and the fields come back out', () => {
    const keys = podKeysOn(pods, 'node-2');
    expect(keys).toBe(podKeysOn(pods, 'node-2'));
    expect(keys.map(podKeyFields)).toEqual([['default', 'b', 'Pending', 'Pending']]);
    expect(podKeysOn([...pods], 'node-2')).not.toBe(keys);
  });
});
