import { describe, expect, it } from 'vitest';
import { en } from '../../catalog/en';
import { renderTrace } from '../../catalog/render';
import type { Step } from '../../catalog/types';
import { simulate } from '../../engine';
import { scenarios } from '../../scenario/registry';
import { describeEvents, eventsByObject, newestEventTime, storedEvents } from './events';
import { latestDecision, verdictOf } from './scheduling';
import { countsByType, watchRows } from './watches';

function steps(id: string): Step[] {
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return renderTrace(simulate(scenario), en, scenario.notes).steps;
}

const last = <T>(xs: readonly T[]): T => xs[xs.length - 1] as T;

describe('latestDecision', () => {
  const trace = steps('create-pod');
  const filter = trace.find((s) => s.id === 'scheduler.filter') as Step;

  it('is absent before the scheduler has decided anything', () => {
    expect(latestDecision(trace, filter.index - 1)).toBeNull();
  });

  it('gives every node a verdict for each filter plugin, in the order they ran', () => {
    const d = latestDecision(trace, filter.index);
    expect(d?.step.index).toBe(filter.index);
    expect(d?.payload.nodes.map((n) => n.node)).toEqual(['control-plane', 'node-1', 'node-2']);
    expect(d?.filterPlugins.slice(0, 3)).toEqual(['NodeUnschedulable', 'NodeName', 'TaintToleration']);
    const cp = d?.payload.nodes[0];
    if (!cp || !d) throw new Error('no control-plane row');
    expect(verdictOf(cp, 'TaintToleration')).toEqual({ kind: 'failed', reason: expect.stringContaining('untolerated taint') as string });
    // The first failure stops the node: later plugins never ran on it.
    expect(verdictOf(cp, 'NodeResourcesFit')).toEqual({ kind: 'not run' });
    expect(d.scorePlugins.map((p) => p.plugin)).toContain('NodeResourcesFit');
  });

  it('stays on the last decision after it', () => {
    expect(latestDecision(trace, last(trace).index)?.payload.pod).toBe('default/nginx');
  });
});

describe('watchRows', () => {
  const trace = steps('create-pod');
  const end = last(trace);

  it('counts what each open watch received, matched by its field selector', () => {
    const rows = watchRows(trace, end.index, end.state.watches);
    const kubelet1 = rows.find((r) => r.watch.watcher === 'kubelet/node-1');
    const kubelet2 = rows.find((r) => r.watch.watcher === 'kubelet/node-2');
    const scheduler = rows.find((r) => r.watch.watcher === 'kube-scheduler');
    expect(kubelet1?.watch.fieldSelector).toBe('spec.nodeName=node-1');
    // Binding makes the Pod match the kubelet's selector: its first event is ADDED, not MODIFIED.
    expect(kubelet1?.received[0]?.type).toBe('ADDED');
    expect(kubelet2?.received).toEqual([]);
    expect(scheduler?.received[0]?.type).toBe('ADDED');
    expect(scheduler?.received.slice(1).every((r) => r.type === 'MODIFIED')).toBe(true);
    expect(countsByType(scheduler?.received ?? [])).toMatch(/^1 ADDED, \d+ MODIFIED$/);
  });

  it('has received nothing at the first step', () => {
    const first = trace[0] as Step;
    expect(watchRows(trace, 0, first.state.watches).every((r) => r.received.length === 0)).toBe(true);
  });
});

describe('describeEvents', () => {
  it('prints the Events block of kubectl describe for the Pod', () => {
    const trace = steps('create-pod');
    const end = last(trace);
    const stored = storedEvents(trace, end.index, end.state);
    const groups = eventsByObject(stored);
    expect(groups.map((g) => g.regarding)).toEqual(['pod/nginx']);
    const now = newestEventTime(stored) ?? 0;
    const lines = describeEvents(groups[0]?.events ?? [], now);
    expect(lines[0]).toBe('Events:');
    expect(lines[1]).toMatch(/^ {2}Type {4}Reason {5}Age {3}From {15}Message$/);
    expect(lines[3]).toMatch(/^ {2}Normal {2}Scheduled {2}\d+s {4}default-scheduler {2}Successfully assigned default\/nginx to node-\d$/);
    expect(lines.slice(4).map((l) => l.split(/\s{2,}/)[2])).toEqual(['Pulling', 'Pulled', 'Created', 'Started']);
    expect(lines.slice(4).every((l) => l.includes('  kubelet  '))).toBe(true);
  });

  it('shows only events that are in etcd at the step', () => {
    const trace = steps('create-pod');
    const scheduled = trace.find((s) => s.state.etcd.some((r) => r.key.startsWith('/registry/events/'))) as Step;
    expect(storedEvents(trace, scheduled.index - 1, (trace[scheduled.index - 1] as Step).state)).toEqual([]);
    expect(storedEvents(trace, scheduled.index, scheduled.state)).toHaveLength(1);
  });

  it('says <none> without events', () => {
    expect(describeEvents([], 0)).toEqual(['Events:  <none>']);
  });

  it('prints a repeated event as kubectl does: last seen (xN over first seen)', () => {
    const e = { type: 'Warning', reason: 'BackOff', message: ' Back-off pulling image "nginx:1.99" ', source: { component: 'kubelet', host: 'node-1' }, firstTimestamp: '2025-09-15T09:00:00Z', lastTimestamp: '2025-09-15T09:01:10Z', count: 4, eventTime: null };
    const now = Date.parse('2025-09-15T09:03:10Z');
    expect(describeEvents([e], now)[3]).toBe('  Warning  BackOff  2m (x4 over 3m10s)  kubelet  Back-off pulling image "nginx:1.99"');
  });
});
