import { describe, expect, it } from 'vitest';
import { scenarios } from './registry';

describe('scenario registry', () => {
  it('loads every scenario through the Vite plugin, get-nodes first', () => {
    expect(scenarios.map((s) => s.id).slice(0, 2)).toEqual(['get-nodes', 'create-pod']);
    expect(scenarios.every((s) => s.kubernetesVersion === '1.34' && s.cluster.nodes.length === (s.start === 'control-plane' ? 1 : 3))).toBe(true);
  });
});
