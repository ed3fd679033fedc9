import { describe, expect, it } from 'vitest';
import type { ComponentId } from '../../engine/types';
import type { Box } from './geometry';
import { GRID_FROM, buildLayout } from './layout';

const nodes = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `node-${i + 1}`, role: 'worker' as const }));

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('buildLayout', () => {
  it('keeps a small cluster in one row, every link drawn', () => {
    const layout = buildLayout(nodes(GRID_FROM - 1));
    expect(layout.grid).toBe(false);
    const ys = new Set(nodes(GRID_FROM - 1).map((n) => layout.boxes[`kubelet/${n.name}` as ComponentId]?.y));
    expect(ys.size).toBe(1);
    expect(layout.edges.some((e) => e.data?.quiet)).toBe(false);
  });

  it('puts a big cluster in a grid of non-overlapping groups under the control plane', () => {
    const layout = buildLayout(nodes(100));
    expect(layout.grid).toBe(true);
    const groups = layout.nodes.filter((n) => n.type === 'nodeGroup').map((n) => ({ x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 }));
    expect(groups).toHaveLength(100);
    expect(new Set(groups.map((g) => g.y)).size).toBeGreaterThan(5);
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) expect(overlaps(groups[i] as Box, groups[j] as Box)).toBe(false);
    const api = layout.boxes['kube-apiserver'] as Box;
    expect(groups.every((g) => g.y > api.y + api.h)).toBe(true);
    // The control plane is centred over the grid, not stretched across it.
    const right = Math.max(...groups.map((g) => g.x + g.w));
    expect(Math.abs(api.x + api.w / 2 - right / 2)).toBeLessThan(1);
  });

  it('draws the API server to kubelet links of a grid only while a message crosses them', () => {
    const layout = buildLayout(nodes(GRID_FROM));
    const toKubelets = layout.edges.filter((e) => e.source === 'kube-apiserver' && e.target.startsWith('kubelet/'));
    expect(toKubelets).toHaveLength(GRID_FROM);
    expect(toKubelets.every((e) => e.data?.quiet === true)).toBe(true);
    expect(layout.edges.filter((e) => e.target.startsWith('containerd/')).every((e) => !e.data?.quiet)).toBe(true);
  });
});
