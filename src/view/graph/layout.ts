// The fixed layout of the control plane graph, in flow coordinates. Three rows: the clients of the
// API server above it, kube-apiserver with its stages, the nodes below: in one row, or past
// GRID_FROM nodes in a grid under a centred control plane. Every box's absolute position is known
// here, so links and packets need no measuring.
import type { Edge, Node } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { ComponentId, NodeSpec } from '../../engine/types';
import type { Box, Segment } from './geometry';
import { linkBetween } from './geometry';

export const ROW1_H = 84;
const ROW_GAP = 48;
export const API_Y = ROW1_H + ROW_GAP;
export const API_H = 112;
const GROUP_Y = API_Y + API_H + ROW_GAP;
export const GROUP_H = 168;
const GROUP_GAP = 16;
const MIN_WIDTH = 1050;
const MIN_GROUP_W = 300;
const PAD = 12;
const CHILD_Y = 34;
const CHILD_H = 52;
/** From this many nodes on, one row would be unreadably long: the nodes go into a grid. */
export const GRID_FROM = 9;

export type ComponentKind = 'kubectl' | 'kube-scheduler' | 'kube-controller-manager' | 'etcd' | 'kubelet' | 'containerd';

export interface ComponentData extends Record<string, unknown> {
  id: ComponentId;
  kind: ComponentKind;
  /** For per-node components, the node's name. */
  nodeName?: string;
}

export interface GroupData extends Record<string, unknown> {
  nodeName: string;
  role: NodeSpec['role'];
}

export interface LinkData extends Record<string, unknown> {
  a: ComponentId;
  b: ComponentId;
  segment: Segment;
  /** Drawn only while a message crosses it: a grid of nodes would be a thicket of links. */
  quiet?: boolean;
}

export interface GraphLayout {
  nodes: Node[];
  edges: Edge<LinkData>[];
  /** Absolute boxes of every component, for packets. */
  boxes: Partial<Record<ComponentId, Box>>;
  /** True when the nodes are laid out in a grid (a big cluster): the view pans and zooms. */
  grid: boolean;
}

interface Placement {
  /** Width of the control plane rows (kubectl … etcd, kube-apiserver). */
  width: number;
  /** Left edge of the control plane rows. */
  x0: number;
  groupW: number;
  /** Top-left corner of the i-th node's group. */
  groupAt: (i: number) => { x: number; y: number };
}

function placement(count: number): Placement {
  const n = Math.max(count, 1);
  if (n < GRID_FROM) {
    const groupW = Math.floor(Math.max(MIN_GROUP_W, (MIN_WIDTH - GROUP_GAP * (n - 1)) / n));
    const width = Math.max(MIN_WIDTH, n * groupW + GROUP_GAP * (n - 1));
    return { width, x0: 0, groupW, groupAt: (i) => ({ x: i * (groupW + GROUP_GAP), y: GROUP_Y }) };
  }
  // About 3:2, like the graph's box on a wide screen.
  const cols = Math.ceil(Math.sqrt(n * 1.5));
  const gridW = cols * MIN_GROUP_W + (cols - 1) * GROUP_GAP;
  return {
    width: MIN_WIDTH,
    x0: Math.max(0, Math.round((gridW - MIN_WIDTH) / 2)),
    groupW: MIN_GROUP_W,
    groupAt: (i) => ({ x: (i % cols) * (MIN_GROUP_W + GROUP_GAP), y: GROUP_Y + Math.floor(i / cols) * (GROUP_H + GROUP_GAP) }),
  };
}

export function buildLayout(clusterNodes: readonly Pick<NodeSpec, 'name' | 'role'>[]): GraphLayout {
  const grid = clusterNodes.length >= GRID_FROM;
  const { width, x0, groupW, groupAt } = placement(clusterNodes.length);
  const nodes: Node[] = [];
  const boxes: Partial<Record<ComponentId, Box>> = {};

  // Sizes and handles are given up front (whole pixels, as the DOM measures them), so React Flow
  // can draw edges and fit the view on its first render instead of measuring and rendering again.
  const place = (id: ComponentId, type: string, box: Box, data: Record<string, unknown>, parentId?: string) => {
    const centre = { x: box.w / 2, y: box.h / 2, width: 1, height: 1 };
    const node: Node = {
      id,
      type,
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      measured: { width: box.w, height: box.h },
      handles: [
        { ...centre, type: 'target', position: Position.Top },
        { ...centre, type: 'source', position: Position.Bottom },
      ],
      data,
    };
    if (parentId) node.parentId = parentId;
    nodes.push(node);
  };

  // Row 1: who talks to the API server from outside the nodes, etcd on the storage end.
  const top: [ComponentId & ComponentKind, number, number][] = [
    ['kubectl', 0, 230],
    ['kube-scheduler', 280, 230],
    ['kube-controller-manager', 560, 260],
    ['etcd', width - 220, 220],
  ];
  for (const [id, x, w] of top) {
    const box = { x: x0 + x, y: 0, w, h: ROW1_H };
    boxes[id] = box;
    place(id, 'component', box, { id, kind: id } satisfies ComponentData);
  }

  const apiBox = { x: x0, y: API_Y, w: width, h: API_H };
  boxes['kube-apiserver'] = apiBox;
  place('kube-apiserver', 'apiserver', apiBox, {});

  clusterNodes.forEach((spec, i) => {
    const groupId = `node/${spec.name}`;
    const { x: gx, y: gy } = groupAt(i);
    place(groupId as ComponentId, 'nodeGroup', { x: gx, y: gy, w: groupW, h: GROUP_H }, {
      nodeName: spec.name,
      role: spec.role,
    } satisfies GroupData);
    const childW = Math.floor((groupW - PAD * 3) / 2);
    const children: [ComponentId, 'kubelet' | 'containerd', number][] = [
      [`kubelet/${spec.name}`, 'kubelet', PAD],
      [`containerd/${spec.name}`, 'containerd', PAD * 2 + childW],
    ];
    for (const [id, kind, x] of children) {
      const rel = { x, y: CHILD_Y, w: childW, h: CHILD_H };
      boxes[id] = { ...rel, x: gx + x, y: gy + CHILD_Y };
      place(id, 'component', rel, { id, kind, nodeName: spec.name } satisfies ComponentData, groupId);
    }
  });

  const pairs: [ComponentId, ComponentId][] = [
    ['kubectl', 'kube-apiserver'],
    ['kube-scheduler', 'kube-apiserver'],
    ['kube-controller-manager', 'kube-apiserver'],
    ['kube-apiserver', 'etcd'],
  ];
  for (const spec of clusterNodes) {
    pairs.push(['kube-apiserver', `kubelet/${spec.name}`], [`kubelet/${spec.name}`, `containerd/${spec.name}`]);
  }
  const edges = pairs.flatMap(([a, b]): Edge<LinkData>[] => {
    const ba = boxes[a];
    const bb = boxes[b];
    if (!ba || !bb) return [];
    const quiet = grid && a === 'kube-apiserver' && b.startsWith('kubelet/');
    return [{ id: `${a}--${b}`, source: a, target: b, type: 'link', data: { a, b, segment: linkBetween(ba, bb), ...(quiet ? { quiet } : {}) } }];
  });

  return { nodes, edges, boxes, grid };
}
