import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { scaleScenario } from './scaleScenario';

describe('scaleScenario', () => {
  it('builds the cluster and commands its id names', () => {
    const s = scaleScenario('scale-4x10');
    expect(s?.cluster.nodes.filter((n) => n.role === 'worker').map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
    expect(s?.commands[1]).toBe('kubectl scale deployment web --replicas=10');
  });

  it('refuses other ids and sizes beyond its limits', () => {
    for (const id of ['create-pod', 'scale-0x10', 'scale-4x0', 'scale-999x10', 'scale-4x9999', 'scale-4x10x']) expect(scaleScenario(id)).toBeNull();
  });

  it('runs: every replica ends up Running on a worker', () => {
    const s = scaleScenario('scale-3x7');
    if (!s) throw new Error('no scenario');
    const end = simulate(s).steps.at(-1)?.state;
    const web = end?.pods.filter((p) => p.name.startsWith('web-')) ?? [];
    expect(web).toHaveLength(7);
    expect(web.every((p) => p.phase === 'Running' && p.nodeName?.startsWith('node-'))).toBe(true);
  });
});
